/**
 * Dashboard latency on a loaded national data set (`npm run seed:national`), for tuning and for
 * docs/PERFORMANCE.md. In process through Fastify `inject()` (routing, validation, SQL, JSON),
 * the same paths as the `dashboards` bench scenario. Reports wall time and this process's CPU per
 * request (PGlite runs in process, so its CPU is included). Not a test: `npm run bench` owns targets.
 *
 * Usage: DATA_DIR=<dir> (PGlite) or DATABASE_URL=<url> node --import tsx test/dashboards/measure-dashboard-latency.ts [rounds] [uncached]
 * With `uncached` the dashboards' answer cache is dropped before every request (the path after a write).
 */
import { sql } from 'kysely';
import { DASHBOARD_PATHS } from '../../bench/scenarios/dashboards.js';
import { buildApp } from '../../src/server/app.js';
import { readConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/client.js';
import { invalidateDashboards } from '../../src/server/modules/dashboards/cache.js';

const rounds = Number(process.argv[2] ?? 5);
const uncached = process.argv[3] === 'uncached';
const config = readConfig({ ...process.env, LOG_LEVEL: 'silent', NODE_ENV: 'test' });
const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: config.dataDir, poolSize: 1 });
await sql`analyze`.execute(handle.db);
const app = await buildApp({ db: handle.db, dbKind: handle.kind, config, version: 'bench' });
await app.ready();
const regions = await sql<{ code: string }>`
  select code from regions where level = 'province' and code in ('35', '73', '94')
  union all (select code from regions where level = 'regency' order by md5(code) limit 7)`.execute(handle.db);
const paths = [...DASHBOARD_PATHS, ...regions.rows.map((r) => `/api/regions/${r.code}/profile`)];
const count = await sql<{ n: string }>`select count(*)::text as n from innovations where published`.execute(handle.db);
console.log(`${handle.kind}: ${count.rows[0]!.n} published innovations, ${paths.length} paths, ${rounds} rounds after a warm-up${uncached ? ', uncached' : ''}`);

const wall: number[] = [];
const cpu: number[] = [];
const perPath = new Map<string, number[]>();
for (let round = -1; round < rounds; round++) {
  for (const path of paths) {
    if (uncached) invalidateDashboards(handle.db);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const res = await app.inject({ method: 'GET', url: path, headers: { 'accept-language': 'id' } });
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    if (round < 0) continue;
    wall.push(ms);
    cpu.push((c.user + c.system) / 1000);
    perPath.set(path, [...(perPath.get(path) ?? []), ms]);
  }
}
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
for (const [path, xs] of perPath) console.log(`${pct(xs, 50).toFixed(1).padStart(8)} ms p50 ${pct(xs, 95).toFixed(1).padStart(8)} ms p95  ${path}`);
console.log(`all: wall p50 ${pct(wall, 50).toFixed(1)} ms, p95 ${pct(wall, 95).toFixed(1)} ms; CPU p50 ${pct(cpu, 50).toFixed(1)} ms, p95 ${pct(cpu, 95).toFixed(1)} ms`);
await app.close();
await handle.close();
