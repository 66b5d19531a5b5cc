/**
 * Deadline surge (issue #4, point 8): 3,000 proposals — a KIPP year — submitted by distinct
 * coordinator sessions within one minute, against PostgreSQL and PGlite. Reports throughput,
 * p50/p99 latency, and checks that every acknowledged submission is stored exactly once (no
 * loss, no duplicates), including under double clicks.
 *
 * Two ways to run it:
 * - inside the benchmark suite: `deadlineSurgeScenario` has the shape of the harness's
 *   `EngineScenario` (bench/harness/scenario.ts); add it to the suite's scenario list. It only
 *   needs `ctx.server.baseUrl`, `ctx.server.query` (the raw driver), `ctx.profile.quick`,
 *   `ctx.engine` and `ctx.log`.
 * - standalone: `node --import tsx bench/scenarios/deadline-surge.ts [--count 3000] [--window 60]`
 *   starts its own server (PGlite in a temporary folder, or PostgreSQL when DATABASE_URL is set)
 *   and prints the report as JSON.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CompiledQuery } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../../src/server/db/client.js';
import { prepareDatabase } from '../../src/server/db/prepare.js';
import { prepareSurge, type Query } from './deadline-surge/setup.js';
import { runSurge, type SurgeReport } from './deadline-surge/surge.js';
import { freePort } from '../../scripts/lib/free-port.js';

interface SurgeContext {
  readonly engine: 'pglite' | 'postgres';
  readonly server: { readonly baseUrl: string; query<T>(sql: string, parameters?: readonly unknown[]): Promise<T[]> };
  readonly profile: { readonly quick: boolean; readonly requestLimit?: number };
  readonly log: (message: string) => void;
}

interface SurgeMetric {
  name: string;
  value: number;
  unit: string;
  better: 'lower' | 'higher' | 'none';
  note?: string;
}

export const FULL_SURGE = { count: 3000, windowSeconds: 60 };
export const QUICK_SURGE = { count: 300, windowSeconds: 10 };
/** The test suite's `--tiny` runs prove the scenario works, not how fast. */
export const TINY_SURGE = { count: 40, windowSeconds: 2 };

export function surgeMetrics(report: SurgeReport): SurgeMetric[] {
  return [
    {
      name: 'acknowledged submissions',
      value: report.acknowledged,
      unit: 'count',
      better: 'none',
      note: `of ${report.entrants} entrants, ${report.requests} requests incl. double clicks`,
    },
    {
      name: 'throughput',
      value: report.throughputPerSecond,
      unit: 'submissions/s',
      better: 'higher',
      note: `over ${report.elapsedSeconds.toFixed(1)} s (arrivals spread over the window)`,
    },
    { name: 'submit latency p50', value: report.latencyMs.p50, unit: 'ms', better: 'lower' },
    { name: 'submit latency p99', value: report.latencyMs.p99, unit: 'ms', better: 'lower' },
    { name: 'acknowledged but not stored', value: report.lost, unit: 'count', better: 'lower', note: 'must be 0' },
    { name: 'duplicate submissions', value: report.duplicateAuditEntries, unit: 'count', better: 'lower', note: 'submit audit entries beyond one per proposal; must be 0' },
    ...(report.auditLockWaiters
      ? [
          {
            name: 'audit-chain lock waiters (mean)',
            value: report.auditLockWaiters.mean,
            unit: 'sessions',
            better: 'lower' as const,
            note: `max ${report.auditLockWaiters.max}; ${(report.auditLockWaiters.shareWithWaiters * 100).toFixed(0)}% of samples had a waiter`,
          },
        ]
      : []),
  ];
}

/** Fails loudly when the surge lost or doubled anything: a benchmark must not hide a broken invariant. */
export function assertExactlyOnce(report: SurgeReport): void {
  const problems: string[] = [];
  if (report.lost > 0) problems.push(`${report.lost} acknowledged submissions are not stored`);
  if (report.duplicateAuditEntries > 0) problems.push(`${report.duplicateAuditEntries} duplicate submit entries`);
  if (report.stored !== report.acknowledged) problems.push(`stored ${report.stored} ≠ acknowledged ${report.acknowledged}`);
  if (report.receiptsInOutbox !== report.stored) problems.push(`receipts ${report.receiptsInOutbox} ≠ stored ${report.stored}`);
  if (report.adminChecks !== report.stored) problems.push(`admin checks ${report.adminChecks} ≠ stored ${report.stored}`);
  if (problems.length > 0) throw new Error(`deadline surge broke exactly-once: ${problems.join('; ')}`);
}

export const deadlineSurgeScenario = {
  kind: 'engine' as const,
  id: 'deadline-surge',
  title: 'Deadline surge: proposals submitted by distinct coordinator sessions within one minute',
  requiresTables: ['proposals', 'competitions'] as const,
  async run(ctx: SurgeContext) {
    const size = ctx.profile.requestLimit !== undefined ? TINY_SURGE : ctx.profile.quick ? QUICK_SURGE : FULL_SURGE;
    const query: Query = (sql, parameters) => ctx.server.query(sql, parameters ?? []);
    ctx.log(`deadline surge: preparing ${size.count} ready proposals`);
    const setup = await prepareSurge(query, size.count);
    ctx.log(`deadline surge: ${size.count} submissions over ${size.windowSeconds} s`);
    const report = await runSurge(ctx.server.baseUrl, query, setup, { windowSeconds: size.windowSeconds, doubleClickShare: 0.05, sampleAuditLock: ctx.engine === 'postgres' });
    assertExactlyOnce(report);
    return { metrics: surgeMetrics(report), details: { ...report } as Record<string, unknown> };
  },
};

// ------------------------------------------------------------------ standalone

async function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; baseUrl: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: 'false', DATABASE_POOL_SIZE: '20' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 400; i++) {
    if (child.exitCode !== null) throw new Error('server exited early');
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { child, baseUrl };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start');
}

async function stopServer(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

async function standalone(): Promise<void> {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: String(FULL_SURGE.count) }, window: { type: 'string', default: String(FULL_SURGE.windowSeconds) } },
  });
  const count = Number(values.count);
  const windowSeconds = Number(values.window);
  const url = process.env.DATABASE_URL || undefined;
  const log = (m: string) => console.error(`[deadline-surge] ${m}`);
  let report: SurgeReport;
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    const query: Query = async (sql, parameters) => (await pool.query(sql, [...(parameters ?? [])])).rows;
    const handle = await openDatabase({ url, poolSize: 2 });
    await prepareDatabase(handle.db);
    await handle.close();
    const setup = await prepareSurge(query, count);
    const { child, baseUrl } = await startServer({ DATABASE_URL: url });
    log(`PostgreSQL: ${count} submissions over ${windowSeconds} s`);
    try {
      report = await runSurge(baseUrl, query, setup, { windowSeconds, doubleClickShare: 0.05, sampleAuditLock: true });
    } finally {
      await stopServer(child);
      await pool.end();
    }
  } else {
    // PGlite allows one process per data folder: set up, hand the folder to the server, then verify.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-surge-'));
    const open = async () => {
      const handle = await openDatabase({ dataDir });
      const query: Query = async (sql, parameters) => (await handle.db.executeQuery(CompiledQuery.raw(sql, [...(parameters ?? [])]))).rows as never;
      return { handle, query };
    };
    let db = await open();
    await prepareDatabase(db.handle.db);
    const setup = await prepareSurge(db.query, count);
    await db.handle.close();
    const { child, baseUrl } = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '' });
    log(`PGlite: ${count} submissions over ${windowSeconds} s`);
    // Verification queries must wait until the server has released the folder.
    const pending: { sql: string; parameters: readonly unknown[]; resolve(rows: unknown[]): void }[] = [];
    const deferred: Query = (sql, parameters) => new Promise((resolve) => pending.push({ sql, parameters: parameters ?? [], resolve: resolve as never }));
    const surge = runSurge(baseUrl, deferred, setup, { windowSeconds, doubleClickShare: 0.05, sampleAuditLock: false });
    // runSurge only queries after the load is over; wait for the first query, then stop the server.
    while (pending.length === 0) await new Promise((r) => setTimeout(r, 200));
    await stopServer(child);
    db = await open();
    let drained = 0;
    while (drained < 5) {
      const next = pending.shift();
      if (!next) {
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      next.resolve(await db.query(next.sql, next.parameters));
      drained++;
    }
    report = await surge;
    await db.handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  assertExactlyOnce(report);
  console.log(JSON.stringify({ engine: url ? 'postgres' : 'pglite', ...report, metrics: surgeMetrics(report) }, null, 2));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  standalone().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
