/**
 * Catalog search latency on a loaded national data set (`npm run seed:national`), for tuning and
 * for the figures in docs/ARCHITECTURE.md. In process through Fastify `inject()`, so it includes
 * routing, validation, SQL and JSON. Besides wall time it reports CPU per request (this process,
 * plus the PostgreSQL backend's own CPU from /proc/<pid>/schedstat), which a busy machine
 * inflates far less than wall time. Not a test and not a target: `npm run bench` owns those.
 *
 * Usage: DATA_DIR=<dir> (PGlite) or DATABASE_URL=<url> node --import tsx test/catalog/measure-search-latency.ts [rounds]
 * QUERY_SET=mine uses the short list below instead of the benchmark's 50 queries.
 */
import { sql } from 'kysely';
import { buildApp } from '../../src/server/app.js';
import { readConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/client.js';

import { CATALOG_QUERIES } from '../../bench/scenarios/catalog-queries.js';
const MINE = [
  '',
  'q=pelayanan',
  'q=layanan%20kesehatan',
  'q=kesehatan%20ibu%20hamil',
  'q=sampah',
  'q=stunting',
  'q=puskesmas',
  'q=administrasi%20kependudukan',
  'q=pengaduan%20masyarakat',
  'q=berinovasi',
  'q=puskesmes',
  'q=kependudukkan',
  'province=35',
  'province=35&category=kesehatan',
  'sdg=3',
  'year=2020&status=stopped',
  'agencyType=kabupaten&sdg=4',
  'q=layanan&province=33&sdg=3',
  'q=digital&sort=newest',
  'q=layanan&page=10',
  'sort=replicated',
  'q=desa&sort=replicated&province=32',
  'regency=35.78',
  'award=top_45',
];
export const QUERIES = process.env.QUERY_SET === 'mine' ? MINE : CATALOG_QUERIES.map((q) => new URLSearchParams(q).toString());

const rounds = Number(process.argv[2] ?? 10);
const config = readConfig({ ...process.env, LOG_LEVEL: 'silent', NODE_ENV: 'test' });
const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: config.dataDir, poolSize: 1 });
await sql`analyze`.execute(handle.db);
const app = await buildApp({ db: handle.db, dbKind: handle.kind, config, version: 'bench' });
await app.ready();
const count = await sql<{ n: string }>`select count(*)::text as n from innovations where published`.execute(handle.db);
console.log(`${handle.kind}: ${count.rows[0]!.n} published innovations`);

// One connection: its backend's CPU time (/proc/<pid>/schedstat, ns) is the server's share of each request.
const backendPid = handle.kind === 'postgres' ? (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db)).rows[0]!.pid : null;
const fs = await import('node:fs');
const backendCpuMs = () => (backendPid ? Number(fs.readFileSync(`/proc/${backendPid}/schedstat`, 'utf8').split(' ')[0]) / 1e6 : 0);
const perQuery = new Map<string, number[]>();
const perQueryCpu = new Map<string, number[]>();
const all: number[] = [];
/** Process CPU per request: for PGlite (in process) the work itself, less inflated by other load on the machine. */
const cpuAll: number[] = [];
for (let round = 0; round <= rounds; round++) {
  for (const q of QUERIES) {
    const started = performance.now();
    const cpu0 = process.cpuUsage();
    const server0 = backendCpuMs();
    const response = await app.inject({ method: 'GET', url: `/api/innovations?${q}` });
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpu0);
    const serverCpu = backendCpuMs() - server0;
    if (response.statusCode !== 200) throw new Error(`${q}: ${response.statusCode} ${response.body}`);
    if (round === 0) {
      const body = response.json();
      console.log(`  ${q || '(all)'}: total ${body.total}${body.approximate ? ' (approx)' : ''} ${body.matchMode}`);
      continue; // warm-up
    }
    all.push(ms);
    cpuAll.push((cpu.user + cpu.system) / 1000 + serverCpu);
    perQueryCpu.set(q, [...(perQueryCpu.get(q) ?? []), (cpu.user + cpu.system) / 1000 + serverCpu]);
    perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
  }
}
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
console.log('heaviest by CPU p50:');
for (const [q, xs] of [...perQueryCpu].sort((a, b) => pct(b[1], 50) - pct(a[1], 50)).slice(0, 10))
  console.log(`  cpu ${(q || '(all)').padEnd(40)} p50 ${pct(xs, 50).toFixed(1)} ms`);
for (const [q, xs] of perQuery) console.log(`${(q || '(all)').padEnd(40)} p50 ${pct(xs, 50).toFixed(1).padStart(7)} ms  p95 ${pct(xs, 95).toFixed(1).padStart(7)} ms`);
console.log(
  `CPU per request (this process${handle.kind === 'pglite' ? ', includes PGlite' : ', plus the PostgreSQL backend'}): p50 ${pct(cpuAll, 50).toFixed(1)} ms, p95 ${pct(cpuAll, 95).toFixed(1)} ms`,
);
console.log(
  `load average at end: ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`ALL ${all.length} requests: p50 ${pct(all, 50).toFixed(1)} ms, p95 ${pct(all, 95).toFixed(1)} ms, max ${Math.max(...all).toFixed(1)} ms`);
await app.close();
await handle.close();
