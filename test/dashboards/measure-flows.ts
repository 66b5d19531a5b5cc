/**
 * The replication flows, a region's replications in/out and the KIPP proposal history: the queries
 * the dashboards ran before migration 2026_12_04_0200 (whole tables per request, kept here
 * verbatim) against the read models now (the trigger-kept tables), alternately in one process on
 * the same data, with this process's CPU per call and EXPLAIN (ANALYZE, BUFFERS) totals. For
 * docs/PERFORMANCE.md; not a test (`npm run bench` owns targets).
 *
 * Usage: DATA_DIR=<dir> (PGlite) or DATABASE_URL=<url> node --import tsx test/dashboards/measure-flows.ts [rounds]
 */
import { type RawBuilder, sql } from 'kysely';
import { readConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/client.js';
import { replicationCountsOfRegion, replicationFlows } from '../../src/server/modules/catalog/replications-service.js';
import { proposalHistory } from '../../src/server/modules/proposals/figures-service.js';

const rounds = Number(process.argv[2] ?? 5);
const config = readConfig({ ...process.env, LOG_LEVEL: 'silent', NODE_ENV: 'test' });
const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: config.dataDir, poolSize: 1 });
const db = handle.db;
await sql`analyze`.execute(db);
const year = (await sql<{ y: number }>`select max(year)::int as y from dashboard_replication_flows`.execute(db)).rows[0]?.y ?? 2024;

const before = {
  flows: (y?: number) => sql`
    select src.province_code as from_province, fp.name as from_name, split_part(rep.region_code, '.', 1) as to_province, tp.name as to_name, count(*) as n
      from innovation_replications rep
      join innovations src on src.id = rep.innovation_id
      join regions fp on fp.code = src.province_code
      join regions tp on tp.code = split_part(rep.region_code, '.', 1)
     where rep.region_code is not null ${y === undefined ? sql`` : sql`and extract(year from coalesce(rep.started_on, rep.created_at::date)) = ${y}`}
     group by 1, 2, 3, 4
     order by count(*) desc, 1, 3`,
  region: (code: string, level: 'province' | 'regency') => {
    const inRegion = level === 'province' ? sql`split_part(rep.region_code, '.', 1) = ${code}` : sql`rep.region_code = ${code}`;
    const fromRegion = level === 'province' ? sql`src.province_code = ${code}` : sql`src.region_code = ${code}`;
    return sql`
      select (select count(*) from innovation_replications rep where ${inRegion}) as replicated_in,
             (select count(*) from innovation_replications rep join innovations src on src.id = rep.innovation_id where ${fromRegion}) as replicated_out`;
  },
  proposals: (provinceCode?: string) => sql`
    select p.competition_id, count(*) as submitted, count(*) filter (where ac.status = 'passed') as passed
      from proposals p
      left join proposal_admin_checks ac on ac.proposal_id = p.id
     where p.status = 'submitted' ${provinceCode ? sql`and exists (select 1 from agencies a where a.id = p.agency_id and (a.region_code = ${provinceCode} or a.region_code like ${`${provinceCode}.%`}))` : sql``}
     group by p.competition_id`,
};
const afterSql = {
  flows: (y?: number) => sql`
    select f.from_province, fp.name as from_name, f.to_province, tp.name as to_name, f.n
      from dashboard_replication_flows f join regions fp on fp.code = f.from_province join regions tp on tp.code = f.to_province
     where f.year = ${y ?? 0} and f.n <> 0 order by f.n desc, 1, 3`,
  region: (code: string) => sql`select replicated_in, replicated_out from dashboard_replication_region_counts where region_code = ${code}`,
  proposals: (provinceCode?: string) =>
    sql`select competition_id, submitted, passed_check from dashboard_proposal_counts where province_code = ${provinceCode ?? ''} and (submitted <> 0 or passed_check <> 0)`,
};

interface Case {
  name: string;
  before: RawBuilder<unknown>;
  after: () => Promise<unknown>;
  afterPlan: RawBuilder<unknown>;
}
const cases: Case[] = [
  { name: 'flows, all years', before: before.flows(), after: () => replicationFlows(db), afterPlan: afterSql.flows() },
  { name: `flows, ${year}`, before: before.flows(year), after: () => replicationFlows(db, { year }), afterPlan: afterSql.flows(year) },
  {
    name: 'region 35 in/out',
    before: before.region('35', 'province'),
    after: () => replicationCountsOfRegion(db, { code: '35', level: 'province' }),
    afterPlan: afterSql.region('35'),
  },
  {
    name: 'region 35.78 in/out',
    before: before.region('35.78', 'regency'),
    after: () => replicationCountsOfRegion(db, { code: '35.78', level: 'regency' }),
    afterPlan: afterSql.region('35.78'),
  },
  { name: 'KIPP history, nation', before: before.proposals(), after: () => proposalHistory(db, undefined), afterPlan: afterSql.proposals() },
  { name: 'KIPP history, province 35', before: before.proposals('35'), after: () => proposalHistory(db, '35'), afterPlan: afterSql.proposals('35') },
];

async function timed(run: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await run();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/** Rows read and shared buffers touched over the whole plan (EXPLAIN ANALYZE, BUFFERS). */
async function planTotals(query: RawBuilder<unknown>): Promise<string> {
  const { rows } = await sql<{ 'QUERY PLAN': unknown }>`explain (analyze, buffers, format json) ${query}`.execute(db);
  const raw = rows[0]!['QUERY PLAN'];
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: Record<string, unknown> }[];
  let scanned = 0;
  let buffers = 0;
  const walk = (node: Record<string, unknown>) => {
    if (String(node['Node Type']).includes('Scan')) scanned += Number(node['Actual Rows'] ?? 0) * Number(node['Actual Loops'] ?? 1);
    buffers += Number(node['Shared Hit Blocks'] ?? 0) + Number(node['Shared Read Blocks'] ?? 0);
    for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
  };
  walk(plan[0]!.Plan);
  return `${scanned} rows scanned, ${Number(plan[0]!.Plan['Shared Hit Blocks'] ?? 0) + Number(plan[0]!.Plan['Shared Read Blocks'] ?? 0)} buffers (top node; ${buffers} summed)`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`${handle.kind}, ${rounds} rounds after a warm-up, before/after alternately`);
for (const c of cases) {
  const results = { before: { wall: [] as number[], cpu: [] as number[] }, after: { wall: [] as number[], cpu: [] as number[] } };
  for (let round = -1; round < rounds; round++) {
    const b = await timed(() => c.before.execute(db));
    const a = await timed(c.after);
    if (round < 0) continue;
    results.before.wall.push(b.wall);
    results.before.cpu.push(b.cpu);
    results.after.wall.push(a.wall);
    results.after.cpu.push(a.cpu);
  }
  console.log(
    `${c.name.padEnd(26)} before: wall ${median(results.before.wall).toFixed(1)} ms, CPU ${median(results.before.cpu).toFixed(1)} ms | after: wall ${median(results.after.wall).toFixed(1)} ms, CPU ${median(results.after.cpu).toFixed(1)} ms`,
  );
  console.log(`${''.padEnd(26)} before plan: ${await planTotals(c.before)}; after plan: ${await planTotals(c.afterPlan)}`);
}
await handle.close();
