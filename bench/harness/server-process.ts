/**
 * The server under test, run as a child process by the benchmark (see server-handle.ts).
 *
 * It is the real app from `buildApp` over the same Kysely + pg.Pool path as `openDatabase`, with
 * three benchmark-only additions: a Kysely `log` hook that can record the SQL a request sends
 * (to replay it on the raw driver: the database ceiling), one extra public route answering a
 * precomputed body (the framework ceiling: same server, same hooks, no work), and an IPC channel
 * for the runner's commands.
 *
 * Environment: BENCH_DATABASE_URL (PostgreSQL) or BENCH_DATA_DIR (PGlite), BENCH_WEB_DIR
 * (optional built web app), BENCH_POOL_SIZE.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, type LogEvent, PostgresDialect } from 'kysely';
import pg from 'pg';
import { buildApp } from '../../src/server/app.js';
import { readConfig } from '../../src/server/config.js';
import { PGLITE_EXTENSIONS, pgliteSharedBuffers, pgliteStartParams } from '../../src/server/db/client.js';
import { lockDataDir } from '../../src/server/db/data-dir-lock.js';
import type { Database } from '../../src/server/db/schema.js';
import { invalidateDashboards } from '../../src/server/modules/dashboards/cache.js';
import { VERSION } from '../../src/server/version.js';
import { CEILING_PATH, type CapturedStatement, type ServerEvent, type ServerMemory, type ServerReply, type ServerRequest } from './server-protocol.js';
// pg's own parameter encoding, so a replay sends exactly what the app's driver sent.
import pgUtils from 'pg/lib/utils.js';

interface RawDriver {
  run(sql: string, parameters: readonly unknown[]): Promise<unknown[]>;
  close(): Promise<void>;
}

const capture = { on: false, statements: [] as CapturedStatement[] };
const ceilings = new Map<string, { body: string; contentType: string }>();

function onLog(event: LogEvent): void {
  if (capture.on && event.level === 'query') capture.statements.push({ sql: event.query.sql, parameters: [...event.query.parameters] });
}

async function openDatabase(): Promise<{ db: Kysely<Database>; kind: 'pglite' | 'postgres'; raw: RawDriver; close(): Promise<void> }> {
  const url = process.env.BENCH_DATABASE_URL;
  const poolSize = Number(process.env.BENCH_POOL_SIZE ?? 10);
  const prepare = (values: readonly unknown[]) => values.map((v) => pgUtils.prepareValue(v));
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: poolSize });
    pool.on('error', () => {});
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: onLog });
    return {
      db,
      kind: 'postgres',
      raw: { run: async (sql, p) => (await client.query(sql, prepare(p))).rows, close: () => client.end() },
      close: () => db.destroy(),
    };
  }
  const dataDir = process.env.BENCH_DATA_DIR;
  if (!dataDir) throw new Error('BENCH_DATABASE_URL or BENCH_DATA_DIR is required');
  const lock = lockDataDir(dataDir);
  // The same engine settings as the platform's openDatabase (db/client.ts).
  const engine = new PGlite(path.join(dataDir, 'pglite'), { extensions: PGLITE_EXTENSIONS, startParams: pgliteStartParams(pgliteSharedBuffers(path.join(dataDir, 'pglite'))) });
  await engine.waitReady;
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool(createPgConfig(engine)) }), log: onLog });
  return {
    db,
    kind: 'pglite',
    raw: { run: async (sql, p) => (await engine.query(sql, prepare(p) as unknown[])).rows, close: async () => {} },
    async close() {
      await db.destroy();
      await engine.close();
      lock.release();
    },
  };
}

function memory(): ServerMemory {
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  const usage = process.memoryUsage();
  return { rssBytes: kb('VmRSS'), peakRssBytes: kb('VmHWM'), heapUsedBytes: usage.heapUsed, externalBytes: usage.external };
}

async function main(): Promise<void> {
  const handle = await openDatabase();
  const config = readConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', DATA_DIR: process.env.BENCH_DATA_DIR ?? '.tmp/bench/unused', SEED_DEMO: 'false' });
  const webDir = process.env.BENCH_WEB_DIR;
  const app = await buildApp({ db: handle.db, dbKind: handle.kind, config, version: VERSION }, { logger: false, ...(webDir ? { webDir } : {}) });
  const answerCeiling = async (request: { params: unknown }, reply: { type(t: string): unknown; send(b: string): unknown }) => {
    const found = ceilings.get((request.params as { key: string }).key);
    if (!found) return reply.send('{}');
    reply.type(found.contentType);
    return reply.send(found.body);
  };
  app.get(`${CEILING_PATH}/:key`, { config: { access: 'public' }, schema: { hide: true } }, answerCeiling);
  app.post(`${CEILING_PATH}/:key`, { config: { access: 'public' }, schema: { hide: true } }, answerCeiling);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const handlers: Record<ServerRequest['type'], (m: any) => Promise<unknown>> = {
    capture: async (m: { on: boolean }) => {
      if (m.on) {
        capture.statements = [];
        capture.on = true;
        return null;
      }
      capture.on = false;
      return capture.statements;
    },
    replay: async (m: { batches: CapturedStatement[][]; rounds: number }) => {
      const times: number[] = [];
      for (let round = 0; round < m.rounds; round++) {
        for (const batch of m.batches) {
          const started = performance.now();
          for (const s of batch) await handle.raw.run(s.sql, s.parameters);
          times.push(performance.now() - started);
        }
      }
      return times;
    },
    query: async (m: { sql: string; parameters?: unknown[] }) => handle.raw.run(m.sql, m.parameters ?? []),
    ceiling: async (m: { key: string; body: string; contentType: string }) => {
      ceilings.set(m.key, { body: m.body, contentType: m.contentType });
      return null;
    },
    memory: async () => memory(),
    'clear-dashboard-cache': async () => {
      invalidateDashboards(handle.db);
      return null;
    },
    shutdown: async () => {
      await app.close();
      await handle.raw.close();
      await handle.close();
      setImmediate(() => process.exit(0));
      return null;
    },
  };

  process.on('message', (message: ServerRequest & { id: number }) => {
    handlers[message.type](message).then(
      (result) => process.send!({ id: message.id, ok: true, result } satisfies ServerReply),
      (error: unknown) => process.send!({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies ServerReply),
    );
  });
  process.send!({ type: 'ready', port, dbKind: handle.kind } satisfies ServerEvent);
}

main().catch((error: unknown) => {
  process.send?.({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ServerEvent);
  process.exitCode = 1;
});
