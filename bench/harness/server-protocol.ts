/**
 * Messages between the benchmark runner and the server under test (a child process, so its
 * memory can be measured alone and the load generator never shares its event loop).
 */
export interface CapturedStatement {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

export type ServerRequest =
  /** Start (on) or stop (off) recording the SQL the app sends; `off` returns what was recorded. */
  | { type: 'capture'; on: boolean }
  /** Runs each batch of statements back to back on the raw driver, `rounds` times; ms per run. */
  | { type: 'replay'; batches: readonly (readonly CapturedStatement[])[]; rounds: number }
  /** A setup query on the raw driver (e.g. picking published innovation ids). */
  | { type: 'query'; sql: string; parameters?: readonly unknown[] }
  /** What the framework-ceiling route answers for `key`: the same size as the real response. */
  | { type: 'ceiling'; key: string; body: string; contentType: string }
  | { type: 'memory' }
  /** Drops the dashboards' answer cache, so the next dashboard request is computed (the uncached path). */
  | { type: 'clear-dashboard-cache' }
  | { type: 'shutdown' };

export interface ServerMemory {
  readonly rssBytes: number;
  /** Peak resident set since the process started (VmHWM), the "server peak memory". */
  readonly peakRssBytes: number;
  readonly heapUsedBytes: number;
  readonly externalBytes: number;
}

export type ServerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

export type ServerEvent = { type: 'ready'; port: number; dbKind: 'pglite' | 'postgres' } | { type: 'failed'; error: string };

/** The path of the framework-ceiling route (registered by the bench server only). */
export const CEILING_PATH = '/api/bench-ceiling';
