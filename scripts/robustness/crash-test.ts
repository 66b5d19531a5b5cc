/**
 * Crash safety: SIGKILL the server in the middle of a surge of writes, restart it, and verify
 * that every acknowledged write is present exactly once and complete, nothing is half-written,
 * and the audit hash chain verifies. For the embedded PGlite folder and for a PostgreSQL cluster
 * with production durability (fsync on); with `--kill-postgres` PostgreSQL itself is crashed
 * (immediate stop) on every other round too.
 *
 *   npm run robustness:crash -- --database pglite,postgres --rounds 10 --writers 8 --surge-ms 2000
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../../src/server/audit/audit-log.js';
import { openDatabase } from '../../src/server/db/client.js';
import { prepareDatabase } from '../../src/server/db/prepare.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.js';
import { seedDemo } from '../../src/server/seed/demo.js';
import { freePort } from '../lib/free-port.js';
import { HttpClient } from './lib/http-client.js';
import { createPostgresCluster, type PostgresCluster } from './lib/postgres-cluster.js';
import { ServerProcess } from './lib/server-process.js';
import { type Ack, WORKLOADS, type WriteWorkload } from './lib/workloads.js';

export interface CrashOptions {
  database: 'pglite' | 'postgres';
  rounds: number;
  writers: number;
  surgeMs: number;
  workloads: string[];
  killPostgres?: boolean;
  log?: (line: string) => void;
}

export interface CrashReport {
  database: string;
  kills: number;
  postgresCrashes: number;
  writesAttempted: number;
  writesAcknowledged: number;
  writesVerified: number;
  committedUnacknowledged: number;
  /** Acknowledged and verified writes per workload. */
  byWorkload: Record<string, { acknowledged: number; verified: number }>;
  auditEntries: number;
  auditChainOk: boolean;
  problems: string[];
  durationMs: number;
}

export const ADMIN = DEMO_ACCOUNTS.find((a) => a.role === 'ministry_admin')!;

/** Keeps `writers` requests in flight until stopped; records what the server acknowledged. */
export function surge(client: () => HttpClient, workloads: WriteWorkload[], writers: number, tag: string, acks: Map<string, Ack[]>, counter: { next: number; attempted: number }) {
  // An object, so the loops see the flag change made by stop() while they await.
  const state = { stopped: false };
  const loops = Array.from({ length: writers }, async () => {
    while (!state.stopped) {
      const seq = counter.next++;
      const workload = workloads[seq % workloads.length]!;
      counter.attempted++;
      try {
        const ack = await workload.write(client(), tag, seq);
        if (ack) acks.get(workload.name)!.push(ack);
        // A workload with nothing left to send answers at once; without a macrotask turn this loop
        // would starve the timers that decide when to kill the server.
        else await new Promise((r) => setImmediate(r));
      } catch {
        // Connection refused or reset: the write was not acknowledged.
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  });
  return {
    acknowledged: () => [...acks.values()].reduce((n, list) => n + list.length, 0),
    async stop() {
      state.stopped = true;
      await Promise.all(loops);
    },
  };
}

export async function runCrashTest(options: CrashOptions): Promise<CrashReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = Date.now();
  const workloads = options.workloads.map((name) => {
    const workload = WORKLOADS[name];
    if (!workload) throw new Error(`unknown workload ${name}; known: ${Object.keys(WORKLOADS).join(', ')}`);
    return workload;
  });
  const tag = Math.random().toString(36).slice(2, 8);
  const acks = new Map(workloads.map((w) => [w.name, [] as Ack[]]));
  const counter = { next: 0, attempted: 0 };
  const problems: string[] = [];
  let cluster: PostgresCluster | undefined;
  let dataDir: string | undefined;
  let postgresCrashes = 0;
  if (options.database === 'postgres') cluster = createPostgresCluster(await freePort());
  else dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-crash-'));
  const server = new ServerProcess({ port: await freePort(), dataDir, databaseUrl: cluster?.url });
  try {
    for (let round = 1; round <= options.rounds; round++) {
      await prepareWorkloads(workloads, cluster ? { url: cluster.url, poolSize: 2 } : { dataDir }, tag, options.writers * (cluster ? 60 : 30));
      await server.start();
      const client = new HttpClient(server.url);
      await client.signIn(ADMIN.email, DEMO_PASSWORD);
      if (round > 1) {
        const chain = await client.request('GET', '/api/audit/verify');
        if (!chain.json?.ok) problems.push(`after kill ${round - 1}: audit chain does not verify: ${JSON.stringify(chain.json)}`);
      }
      const before = [...acks.values()].reduce((n, list) => n + list.length, 0);
      const run = surge(() => client, workloads, options.writers, tag, acks, counter);
      // Kill at a random moment, but only once writes are flowing.
      const killAt = Date.now() + options.surgeMs * (0.5 + Math.random());
      while (Date.now() < killAt || run.acknowledged() - before < options.writers) {
        await new Promise((r) => setTimeout(r, 25));
        if (Date.now() > killAt + 60_000) break;
      }
      const crashPostgres = cluster && options.killPostgres && round % 2 === 0;
      await server.kill();
      if (crashPostgres) {
        cluster!.stop('immediate');
        postgresCrashes++;
      }
      await run.stop();
      if (crashPostgres) cluster!.start();
      log(`  ${options.database}: kill ${round}/${options.rounds} after ${run.acknowledged() - before} acknowledged writes${crashPostgres ? ' (and PostgreSQL crashed)' : ''}`);
    }
    // The restart after the last kill: it must come up and serve, then stop cleanly for the check.
    await server.start();
    const client = new HttpClient(server.url);
    await client.signIn(ADMIN.email, DEMO_PASSWORD);
    const served = await client.request('GET', `/api/agencies?q=${encodeURIComponent(`Uji Krash ${tag}`)}&pageSize=1`);
    if (served.status !== 200) problems.push(`restarted server does not serve reads: ${served.status}`);
    await server.stop();

    const handle = await openDatabase(cluster ? { url: cluster.url, poolSize: 2 } : { dataDir });
    try {
      let verified = 0;
      let committedUnacknowledged = 0;
      const byWorkload: CrashReport['byWorkload'] = {};
      for (const workload of workloads) {
        const check = await workload.check(handle.db, tag, acks.get(workload.name)!);
        byWorkload[workload.name] = { acknowledged: check.acknowledged, verified: check.verified };
        verified += check.verified;
        committedUnacknowledged += check.committedUnacknowledged;
        problems.push(...check.problems.map((p) => `${workload.name}: ${p}`));
      }
      const chain = await verifyAuditChain(handle.db);
      if (!chain.ok) problems.push(`audit chain broken at ${JSON.stringify(chain.firstBroken)}`);
      return {
        database: options.database,
        kills: options.rounds,
        postgresCrashes,
        writesAttempted: counter.attempted,
        writesAcknowledged: [...acks.values()].reduce((n, list) => n + list.length, 0),
        writesVerified: verified,
        committedUnacknowledged,
        byWorkload,
        auditEntries: chain.entries,
        auditChainOk: chain.ok,
        problems,
        durationMs: Date.now() - started,
      };
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- server log ---\n${server.log()}`, { cause: error });
  } finally {
    await server.kill();
    cluster?.destroy();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Gives workloads their data while the server is down (the embedded database is one process's). */
async function prepareWorkloads(workloads: WriteWorkload[], target: Parameters<typeof openDatabase>[0], tag: string, count: number): Promise<void> {
  const needing = workloads.filter((w) => w.prepare);
  if (needing.length === 0) return;
  const handle = await openDatabase(target);
  try {
    // What the server does on its first start, done first so the prepared data is not mistaken
    // for an existing installation (the demo seed runs only on an empty one).
    await prepareDatabase(handle.db);
    await seedDemo(handle.db);
    for (const workload of needing) await workload.prepare!(handle.db, tag, count);
  } finally {
    await handle.close();
  }
}

export function writeReport(name: string, report: unknown): void {
  // The long runs write elsewhere (ROBUSTNESS_REPORT_DIR), so a quick `npm test` cannot overwrite their figures.
  const file = path.resolve(process.env.ROBUSTNESS_REPORT_DIR ?? '.tmp/robustness', `${name}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(report, null, 2));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      database: { type: 'string', default: 'pglite,postgres' },
      rounds: { type: 'string', default: '5' },
      writers: { type: 'string', default: '8' },
      'surge-ms': { type: 'string', default: '1500' },
      workloads: { type: 'string', default: Object.keys(WORKLOADS).join(',') },
      'kill-postgres': { type: 'boolean', default: true },
    },
  });
  let failed = false;
  for (const database of values.database.split(',') as ('pglite' | 'postgres')[]) {
    console.log(`Crash test on ${database}…`);
    const report = await runCrashTest({
      database,
      rounds: Number(values.rounds),
      writers: Number(values.writers),
      surgeMs: Number(values['surge-ms']),
      workloads: values.workloads.split(','),
      killPostgres: values['kill-postgres'],
    });
    writeReport(`crash-${database}`, report);
    console.log(
      `${database}: ${report.kills} kills, ${report.writesAcknowledged} acknowledged writes, ${report.writesVerified} verified exactly once and complete, ` +
        `${report.committedUnacknowledged} in-flight writes committed (complete), audit chain ${report.auditChainOk ? 'intact' : 'BROKEN'} (${report.auditEntries} entries), ` +
        `${report.problems.length} problems in ${(report.durationMs / 1000).toFixed(0)} s`,
    );
    for (const [name, counts] of Object.entries(report.byWorkload)) console.log(`  ${name}: ${counts.verified}/${counts.acknowledged} verified`);
    for (const problem of report.problems.slice(0, 20)) console.log(`  PROBLEM: ${problem}`);
    failed ||= report.problems.length > 0;
  }
  process.exitCode = failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
