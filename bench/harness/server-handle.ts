import { type ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CapturedStatement, ServerEvent, ServerMemory, ServerReply, ServerRequest } from './server-protocol.js';

/** The runner's side of the server under test: start, command over IPC, measure, stop. */
export interface BenchServerOptions {
  /** PostgreSQL URL; without it the PGlite data folder is used. */
  readonly databaseUrl?: string;
  readonly dataDir?: string;
  readonly webDir?: string;
  readonly poolSize?: number;
}

const SERVER_ENTRY = fileURLToPath(new URL('./server-process.ts', import.meta.url));

export class BenchServer {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
    readonly dbKind: 'pglite' | 'postgres',
  ) {
    child.on('message', (message: ServerReply) => {
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.ok) waiter.resolve(message.result);
      else waiter.reject(new Error(message.error));
    });
    child.on('exit', () => {
      for (const waiter of this.pending.values()) waiter.reject(new Error('the bench server exited'));
      this.pending.clear();
    });
  }

  static async start(options: BenchServerOptions): Promise<BenchServer> {
    const env: NodeJS.ProcessEnv = { ...process.env, BENCH_POOL_SIZE: String(options.poolSize ?? 10) };
    delete env.DATABASE_URL;
    if (options.databaseUrl) env.BENCH_DATABASE_URL = options.databaseUrl;
    if (options.dataDir) env.BENCH_DATA_DIR = options.dataDir;
    if (options.webDir) env.BENCH_WEB_DIR = options.webDir;
    const child = fork(SERVER_ENTRY, [], { execArgv: ['--import', 'tsx'], env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const ready = await new Promise<ServerEvent>((resolve, reject) => {
      const onMessage = (m: ServerEvent) => {
        if ('type' in m && (m.type === 'ready' || m.type === 'failed')) {
          child.off('message', onMessage);
          resolve(m);
        }
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`bench server exited with code ${code} before it was ready`)));
    });
    if (ready.type === 'failed') {
      child.kill();
      throw new Error(`bench server failed to start: ${ready.error}`);
    }
    return new BenchServer(child, `http://127.0.0.1:${ready.port}`, ready.dbKind);
  }

  get pid(): number {
    return this.child.pid!;
  }

  private call<T>(request: ServerRequest): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.send({ ...request, id });
    });
  }

  startCapture(): Promise<void> {
    return this.call({ type: 'capture', on: true });
  }

  stopCapture(): Promise<CapturedStatement[]> {
    return this.call({ type: 'capture', on: false });
  }

  replay(batches: readonly (readonly CapturedStatement[])[], rounds: number): Promise<number[]> {
    return this.call({ type: 'replay', batches, rounds });
  }

  query<T = Record<string, unknown>>(sql: string, parameters: readonly unknown[] = []): Promise<T[]> {
    return this.call({ type: 'query', sql, parameters });
  }

  setCeiling(key: string, body: string, contentType = 'application/json; charset=utf-8'): Promise<void> {
    return this.call({ type: 'ceiling', key, body, contentType });
  }

  clearDashboardCache(): Promise<void> {
    return this.call({ type: 'clear-dashboard-cache' });
  }

  memory(): Promise<ServerMemory> {
    return this.call({ type: 'memory' });
  }

  /** Peak resident set of the server process, read from outside (works even if it is busy). */
  peakRssBytes(): number {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      await Promise.race([this.call({ type: 'shutdown' }), new Promise((r) => setTimeout(r, 15_000))]);
    } catch {
      // Exiting while answering is fine.
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}
