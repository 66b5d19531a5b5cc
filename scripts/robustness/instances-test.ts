/**
 * Several instances: two app processes on one PostgreSQL behind nginx on loopback. Checks that a
 * session made on one instance works on the other, then kills one instance with SIGKILL in the
 * middle of a write load through nginx and checks that the other keeps serving and that no
 * acknowledged write is lost or doubled (audit chain intact).
 *
 *   npm run robustness:instances -- --writers 8 --load-ms 4000
 */
import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../../src/server/audit/audit-log.js';
import { openDatabase } from '../../src/server/db/client.js';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.js';
import { ADMIN, surge, writeReport } from './crash-test.js';
import { freePort } from '../lib/free-port.js';
import { HttpClient } from './lib/http-client.js';
import { Nginx } from './lib/nginx.js';
import { createPostgresCluster } from './lib/postgres-cluster.js';
import { ServerProcess } from './lib/server-process.js';
import { type Ack, WORKLOADS } from './lib/workloads.js';

export interface InstancesReport {
  sessionSharedAcrossInstances: boolean;
  writesAttempted: number;
  writesAcknowledged: number;
  writesVerified: number;
  committedUnacknowledged: number;
  failedBeforeKill: number;
  failedAroundKill: number;
  /** Requests sent more than a second after the kill that failed: the survivor must make this 0. */
  failedAfterKill: number;
  requestsServedAfterKill: number;
  auditChainOk: boolean;
  problems: string[];
  durationMs: number;
}

export async function runInstancesTest(options: { writers: number; loadMs: number; workloads?: string[]; log?: (line: string) => void }): Promise<InstancesReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = Date.now();
  const problems: string[] = [];
  const cluster = createPostgresCluster(await freePort());
  const a = new ServerProcess({ port: await freePort(), databaseUrl: cluster.url, extraEnv: { DATABASE_POOL_SIZE: '8' } });
  const b = new ServerProcess({ port: await freePort(), databaseUrl: cluster.url, extraEnv: { DATABASE_POOL_SIZE: '8' } });
  const proxy = new Nginx(await freePort(), [Number(new URL(a.url).port), Number(new URL(b.url).port)]);
  try {
    // The first start migrates and seeds; the second finds everything in place.
    await a.start();
    await b.start();
    await proxy.start();
    log(`  two instances on :${new URL(a.url).port} and :${new URL(b.url).port}, nginx on :${proxy.port}`);

    // A session made on A, used on B.
    const onA = new HttpClient(a.url);
    await onA.signIn(ADMIN.email, DEMO_PASSWORD);
    const onB = onA.cloneTo(b.url);
    const me = await onB.request('GET', '/api/auth/me');
    const write = await onB.request('POST', '/api/agencies', { name: `Uji Dua Instans ${Date.now()}`, type: 'lembaga' });
    const sessionShared = me.json?.user?.email === ADMIN.email && write.status === 201;
    if (!sessionShared) problems.push(`session from instance A not honoured by B: me=${JSON.stringify(me.json)} write=${write.status}`);

    // Load through nginx; kill A in the middle.
    const viaProxy = onA.cloneTo(proxy.url);
    const workloads = (options.workloads ?? Object.keys(WORKLOADS)).map((name) => {
      const workload = WORKLOADS[name];
      if (!workload) throw new Error(`unknown workload ${name}; known: ${Object.keys(WORKLOADS).join(', ')}`);
      return workload;
    });
    const acks = new Map(workloads.map((w) => [w.name, [] as Ack[]]));
    const counter = { next: 0, attempted: 0 };
    const tag = Math.random().toString(36).slice(2, 8);
    // PostgreSQL takes the prepared entrants and evaluators while both instances run; enough for
    // about 40 writes a second per writer, so the load does not run dry before the kill.
    const setup = await openDatabase({ url: cluster.url, poolSize: 2 });
    try {
      for (const workload of workloads) await workload.prepare?.(setup.db, tag, Math.ceil((options.writers * options.loadMs) / 25));
    } finally {
      await setup.close();
    }
    const timeline: { at: number; ok: boolean }[] = [];
    const tracked = new Proxy(viaProxy, {
      get(target, prop, receiver) {
        if (prop !== 'request') return Reflect.get(target, prop, receiver);
        // Requests are placed on the timeline by when they were sent, not when they ended.
        return async (...args: Parameters<HttpClient['request']>) => {
          const at = Date.now();
          try {
            const response = await target.request(...args);
            timeline.push({ at, ok: response.status < 500 });
            return response;
          } catch (error) {
            timeline.push({ at, ok: false });
            throw error;
          }
        };
      },
    });
    const run = surge(() => tracked, workloads, options.writers, tag, acks, counter);
    await new Promise((r) => setTimeout(r, options.loadMs / 2));
    const killedAt = Date.now();
    await a.kill();
    log('  instance A killed (SIGKILL) under load');
    await new Promise((r) => setTimeout(r, options.loadMs / 2));
    await run.stop();
    const failedBeforeKill = timeline.filter((e) => !e.ok && e.at < killedAt).length;
    const failedAroundKill = timeline.filter((e) => !e.ok && e.at >= killedAt && e.at < killedAt + 1000).length;
    const failedAfterKill = timeline.filter((e) => !e.ok && e.at >= killedAt + 1000).length;
    const servedAfterKill = timeline.filter((e) => e.ok && e.at >= killedAt + 1000).length;
    if (failedAfterKill > 0) problems.push(`${failedAfterKill} requests failed more than a second after the kill`);
    if (servedAfterKill === 0) problems.push('nothing was served after the kill');

    const handle = await openDatabase({ url: cluster.url, poolSize: 2 });
    let verified = 0;
    let committedUnacknowledged = 0;
    let chainOk = false;
    try {
      for (const workload of workloads) {
        const check = await workload.check(handle.db, tag, acks.get(workload.name)!);
        verified += check.verified;
        committedUnacknowledged += check.committedUnacknowledged;
        problems.push(...check.problems.map((p) => `${workload.name}: ${p}`));
      }
      const chain = await verifyAuditChain(handle.db);
      chainOk = chain.ok;
      if (!chain.ok) problems.push(`audit chain broken at ${JSON.stringify(chain.firstBroken)}`);
    } finally {
      await handle.close();
    }
    return {
      sessionSharedAcrossInstances: sessionShared,
      writesAttempted: counter.attempted,
      writesAcknowledged: [...acks.values()].reduce((n, l) => n + l.length, 0),
      writesVerified: verified,
      committedUnacknowledged,
      failedBeforeKill,
      failedAroundKill,
      failedAfterKill,
      requestsServedAfterKill: servedAfterKill,
      auditChainOk: chainOk,
      problems,
      durationMs: Date.now() - started,
    };
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- A ---\n${a.log()}\n--- B ---\n${b.log()}`, { cause: error });
  } finally {
    await proxy.stop();
    await a.kill();
    await b.kill();
    cluster.destroy();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      writers: { type: 'string', default: '8' },
      'load-ms': { type: 'string', default: '4000' },
      workloads: { type: 'string', default: Object.keys(WORKLOADS).join(',') },
    },
  });
  const report = await runInstancesTest({ writers: Number(values.writers), loadMs: Number(values['load-ms']), workloads: values.workloads.split(',') });
  writeReport('instances', report);
  console.log(
    `Two instances behind nginx: session shared ${report.sessionSharedAcrossInstances ? 'yes' : 'NO'}; ${report.writesAcknowledged} acknowledged writes, ` +
      `${report.writesVerified} verified; failed requests before/around/after the kill: ${report.failedBeforeKill}/${report.failedAroundKill}/${report.failedAfterKill}; ` +
      `${report.requestsServedAfterKill} served by the survivor; audit chain ${report.auditChainOk ? 'intact' : 'BROKEN'}; ${report.problems.length} problems.`,
  );
  for (const problem of report.problems.slice(0, 20)) console.log(`  PROBLEM: ${problem}`);
  process.exitCode = report.problems.length > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
