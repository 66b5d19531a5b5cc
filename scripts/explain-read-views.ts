/**
 * `bash scripts/with-postgres.sh npx tsx scripts/explain-read-views.ts` (env SIZE=national|quick, INNOVATIONS, ROUNDS; LOAD=0
 * on a database already loaded): loads the national data set into the throw-away PostgreSQL, runs the list queries that join
 * another module through a read view (docs/ARCHITECTURE.md "Read views"), and EXPLAIN ANALYZEs each as written (view) and
 * with the view replaced by the plain table (the join before #11.2), alternately: plan shape, rows, buffers, median times.
 */
import { Kysely, PostgresDialect, sql, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { prepareDatabase } from '../src/server/db/prepare.js';
import type { Database } from '../src/server/db/schema.js';
import { datasetOptions } from '../bench/generator/dataset-options.js';
import { loadNationalDataset } from '../bench/generator/load/load-national.js';
import { listSummaries } from '../src/server/modules/proposals/repository.js';
import { listCheckRows } from '../src/server/modules/proposals/admin-check/repository.js';
import { countBy } from '../src/server/modules/proposals/admin-check/stats-repository.js';
import { submittedWithStaleSignals } from '../src/server/modules/proposals/admin-check/signals-repository.js';
import { workloadByStatus } from '../src/server/modules/proposals/figures-repository.js';
import { pageOfRoundProposals } from '../src/server/modules/evaluation/assignment-listing-repository.js';
import { listMyAssignmentRows } from '../src/server/modules/evaluation/repository.js';
import { listOpenSelections } from '../src/server/modules/evaluation/selection-repository.js';
import { waitingReviews, secretariatQueue } from '../src/server/modules/evaluation/figures-repository.js';

const url = process.env.DATABASE_URL!;
const captured: CompiledQuery[] = [];
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }),
  log: (e) => {
    if (e.level === 'query') captured.push(e.query);
  },
});
const size = (process.env.SIZE ?? 'national') as 'national' | 'quick';
if (process.env.LOAD !== '0') {
  await prepareDatabase(db as never);
  const s = await loadNationalDataset(db as never, datasetOptions(size, { innovations: Number(process.env.INNOVATIONS ?? 20000) }), (l) => console.error(l));
  console.error(JSON.stringify(s.counts));
}
captured.length = 0;
const comp = (await sql<{ competition_id: string; n: number }>`select competition_id, count(*)::int n from proposals group by 1 order by 2 desc limit 1`.execute(db)).rows[0]!;
const round = (
  await sql<any>`select r.id, r.competition_id, r.source_selection_id, r.reviewers_per_proposal from evaluation_rounds r join evaluation_assignments a on a.round_id = r.id group by r.id order by count(*) desc limit 1`.execute(
    db,
  )
).rows[0]!;
const evaluator = (await sql<{ evaluator_id: string }>`select evaluator_id from evaluation_assignments where published group by 1 order by count(*) desc limit 1`.execute(db))
  .rows[0]!;
console.error(`competition ${comp.competition_id} with ${comp.n} proposals; round ${round?.id}; evaluator ${evaluator?.evaluator_id}`);
const cases: Array<[string, () => Promise<unknown>]> = [
  [
    'proposals list (secretariat, one competition, page 1)',
    () => listSummaries(db as never, { kind: 'all' } as never, { competitionId: comp.competition_id, limit: 50, offset: 0 }),
  ],
  ['proposals list (secretariat, all competitions, page 1)', () => listSummaries(db as never, { kind: 'all' } as never, { limit: 50, offset: 0 })],
  ['admin-check queue page 1', () => listCheckRows(db as never, { competitionId: comp.competition_id }, { limit: 50, offset: 0 })],
  ['admin-check stats by group', () => countBy(db, comp.competition_id, 'group')],
  ['admin-check stats by category', () => countBy(db, comp.competition_id, 'category')],
  ['admin-check stale signals', () => submittedWithStaleSignals(db as never, comp.competition_id, 'x')],
  ['proposals workload by status', () => workloadByStatus(db as never, { kind: 'all' } as never, ['submitted', 'withdrawn'], new Date('2026-01-01'))],
  ['evaluation assignment overview page 1', () => pageOfRoundProposals(db as never, round, {} as never, { limit: 50, offset: 0 })],
  ['evaluation my assignments', () => listMyAssignmentRows(db as never, evaluator.evaluator_id)],
  ['evaluation open selections', () => listOpenSelections(db as never)],
  ['evaluation waiting reviews', () => waitingReviews(db as never, evaluator.evaluator_id, new Date('2026-01-01'))],
  ['evaluation secretariat queue', () => secretariatQueue(db as never, new Date('2026-01-01'))],
];
const VIEW = /\(select (?:"[a-z_]+"(?:, )?)+ from "([a-z_]+)"\) as "(\w+)"/g;
const shape = (p: any): string =>
  `${p['Node Type']}${p['Relation Name'] ? `(${p['Relation Name']})` : ''}${p['Index Name'] ? `[${p['Index Name']}]` : ''}${p.Plans ? `{${p.Plans.map(shape).join(',')}}` : ''}`;
const buffers = (p: any): number => (p['Shared Hit Blocks'] ?? 0) + (p['Shared Read Blocks'] ?? 0);
const ROUNDS = Number(process.env.ROUNDS ?? 7);
console.log('| query | plan identical | rows | buffers old/new | exec ms old/new (median) | planning ms old/new (median) |');
console.log('|---|---|---|---|---|---|');
for (const [name, run] of cases) {
  captured.length = 0;
  await run();
  for (const q of captured.filter((c) => c.sql.replace(VIEW, '') !== c.sql)) {
    const variants = { old: q.sql.replace(VIEW, '"$1" as "$2"'), new: q.sql };
    const stats: Record<string, { exec: number[]; plan: number[]; shape: string; rows: number; buf: number }> = {};
    for (let i = 0; i < ROUNDS; i++) {
      for (const v of (i % 2 ? ['new', 'old'] : ['old', 'new']) as Array<'old' | 'new'>) {
        const r = await db.executeQuery<any>({ ...q, sql: `explain (analyze, buffers, format json) ${variants[v]}` } as CompiledQuery);
        const top = (r.rows[0] as any)['QUERY PLAN'][0];
        const s = (stats[v] ??= { exec: [], plan: [], shape: shape(top.Plan), rows: top.Plan['Actual Rows'], buf: 0 });
        s.buf = buffers(top.Plan);
        if (shape(top.Plan) !== s.shape) s.shape += ' (changed between runs)';
        s.exec.push(top['Execution Time']);
        s.plan.push(top['Planning Time']);
      }
    }
    const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!.toFixed(2);
    const o = stats.old!,
      n = stats.new!;
    console.log(`| ${name} | ${o.shape === n.shape ? 'yes' : 'NO'} | ${n.rows} | ${o.buf}/${n.buf} | ${med(o.exec)}/${med(n.exec)} | ${med(o.plan)}/${med(n.plan)} |`);
    if (o.shape !== n.shape) console.error(`${name}\n old ${o.shape}\n new ${n.shape}`);
  }
}
await db.destroy();
