/**
 * Replication M&E list and lineage latency at national scale (issue #14: 19 hubs, ~200 mentors,
 * ~5,000 cases in all states with milestones and log entries, a large family of replications),
 * in process through Fastify `inject()` (routing, validation, policy, SQL, JSON). Not a test and
 * not a target (`npm run bench` owns those): a measurement for docs and the report.
 *
 * Usage: node --import tsx test/replication/measure-scale.ts [rounds]   (in-memory PGlite)
 *        DATABASE_URL=<url> node --import tsx test/replication/measure-scale.ts   (PostgreSQL; a fresh database)
 */
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { buildApp } from '../../src/server/app.js';
import { readConfig } from '../../src/server/config.js';
import { openDatabase, PGLITE_EXTENSIONS } from '../../src/server/db/client.js';
import { prepareDatabase } from '../../src/server/db/prepare.js';
import { Agent } from '../helpers/agent.js';
import { buildUser, TEST_PASSWORD } from '../helpers/factories.js';

const rounds = Number(process.argv[2] ?? 20);
const handle = process.env.DATABASE_URL
  ? await openDatabase({ url: process.env.DATABASE_URL, poolSize: 4 })
  : await openDatabase({ pglite: new PGlite({ extensions: PGLITE_EXTENSIONS }) });
const db = handle.db;
await prepareDatabase(db);
const started = Date.now();

// 3,000 published innovations of regional governments, 200 mentor accounts at the 19 hubs, 5,000 cases.
await sql`
  insert into innovations (agency_id, region_code, title, summary, start_date, category_id, sdgs, workflow_state, published_at)
  select a.id, a.region_code, 'Inovasi skala ' || g, 'Ringkasan inovasi skala nasional nomor ' || g, date '2018-01-01' + (g % 1500), 1 + g % 10, array[1 + g % 17]::smallint[], 'published', now()
    from generate_series(1, 3000) g
    join lateral (select id, region_code from agencies where region_code is not null and type in ('kota','kabupaten','provinsi') order by id offset (g * 7) % 500 limit 1) a on true`.execute(
  db,
);
const uni = (await db.insertInto('agencies').values({ name: 'Universitas Skala', type: 'perguruan_tinggi', region_code: '35.78' }).returning('id').executeTakeFirstOrThrow()).id;
await sql`insert into users (email, name, role, agency_id) select 'mentor' || g || '@skala.test', 'Pendamping ' || g, 'mentor', ${uni} from generate_series(1, 200) g`.execute(db);
await sql`
  insert into mentors (user_id, university_agency_id, hub_id, expertise, decree_number, decree_date, max_active_cases)
  select u.id, ${uni}, h.id, '{}', 'Kep/' || u.email, date '2024-01-01', 100
    from (select id, email, row_number() over (order by email) as n from users where email like 'mentor%@skala.test') u
    join (select id, row_number() over (order by province_code) - 1 as k from hubs) h on h.k = u.n % 19`.execute(db);
await sql`
  with src as (select i.id, i.title, i.agency_id, i.province_code, i.category_id, row_number() over (order by i.id) as n from innovations i),
       adopters as (select id, region_code, row_number() over (order by id) as n from agencies where region_code is not null and type in ('kota','kabupaten'))
  insert into replication_cases (source_innovation_id, source_title, origin_agency_id, adopter_agency_id, origin_province_code, adopter_province_code, category_id, hub_id,
                                 problem, context, lead_name, state, mentor_id, agreement_number, agreement_date, outcome, stop_reason, requested_at, last_log_on, closed_at)
  select s.id, s.title, s.agency_id, a.id, s.province_code, split_part(a.region_code, '.', 1), s.category_id,
         (select id from hubs h where h.province_code = split_part(a.region_code, '.', 1)),
         'Masalah pelayanan yang ingin diselesaikan', 'Konteks instansi pengadopsi', 'Kepala Dinas',
         (array['requested','accepted','declined','mentor_assigned','agreed','in_progress','in_progress','in_progress','completed','completed','stopped'])[1 + g % 11],
         case when g % 11 between 3 and 9 then (select id from mentors order by id offset g % 200 limit 1) end,
         case when g % 11 between 4 and 9 then 'PKS/' || g end,
         case when g % 11 between 4 and 9 then date '2024-01-01' + (g % 600) end,
         case when g % 11 in (8, 9) then 'replicated' end,
         case when g % 11 = 10 then 'Anggaran dialihkan' end,
         timestamptz '2022-01-01' + (g % 1400) * interval '1 day',
         case when g % 3 = 0 then date '2024-06-01' + (g % 900) end,
         case when g % 11 in (2, 8, 9, 10) then now() end
    from generate_series(1, 5000) g
    join src s on s.n = 1 + (g * 13) % 3000
    join adopters a on a.n = 1 + (g * 17) % 500
   where s.agency_id <> a.id
  on conflict do nothing`.execute(db);
await sql`
  insert into replication_milestones (case_id, position, kind, title, due_on, done_at)
  select c.id, k.p, k.kind, k.kind, c.agreement_date + k.p * 90, case when c.state = 'completed' or k.p = 1 then now() end
    from replication_cases c cross join (values (1, 'plan'), (2, 'trial'), (3, 'implementation'), (4, 'evaluation')) k(p, kind)
   where c.state in ('in_progress', 'completed')`.execute(db);
await sql`
  insert into replication_logs (case_id, held_on, mode, notes)
  select c.id, coalesce(c.agreement_date, date '2024-01-01') + g * 30, 'visit', 'Kunjungan pendampingan'
    from replication_cases c cross join generate_series(1, 2) g where c.state in ('in_progress', 'completed', 'agreed')`.execute(db);
// The register for completed cases, plus a large family: one root replicated down 6 generations (3 replicas each, 1,092 records).
await sql`
  insert into innovation_replications (innovation_id, adopter_agency_id, region_code, started_on)
  select c.source_innovation_id, c.adopter_agency_id, a.region_code, c.agreement_date from replication_cases c join agencies a on a.id = c.adopter_agency_id where c.state = 'completed'`.execute(
  db,
);
const root = (await db.selectFrom('innovations').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow()).id;
let generation = [root];
for (let g = 1; g <= 6; g += 1) {
  const next: string[] = [];
  for (const parent of generation) {
    const rows = await sql<{ id: string; agency_id: string; region_code: string }>`
      insert into innovations (agency_id, region_code, title, summary, start_date, category_id, sdgs, workflow_state, published_at)
      select a.id, a.region_code, 'Replika generasi ' || ${g}, 'Replika dalam keluarga besar', date '2020-01-01', 1, array[3]::smallint[], 'published', now()
        from (select id, region_code from agencies where type = 'kabupaten' order by random() limit 3) a
      returning id, agency_id, region_code`.execute(db);
    for (const r of rows.rows) {
      await db
        .insertInto('innovation_replications')
        .values({ innovation_id: parent, adopter_agency_id: r.agency_id, replica_innovation_id: r.id, region_code: r.region_code })
        .execute();
      next.push(r.id);
    }
  }
  generation = next;
}
await sql`analyze`.execute(db);
const counts = await sql<{
  cases: string;
  mentors: string;
  register: string;
}>`select (select count(*) from replication_cases) as cases, (select count(*) from mentors) as mentors, (select count(*) from innovation_replications) as register`.execute(db);
console.log(`loaded in ${((Date.now() - started) / 1000).toFixed(1)} s:`, counts.rows[0]);

const app = await buildApp({ db, dbKind: handle.kind, config: readConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '.tmp/measure-replication' }), version: 'measure' });
await app.ready();
const ministry = await buildUser(db, { role: 'ministry_admin' });
const agent = new Agent(app);
await agent.signIn(ministry.email, TEST_PASSWORD);
const jatim = (await db.selectFrom('hubs').select('id').where('province_code', '=', '35').executeTakeFirstOrThrow()).id;
const queries = [
  '/api/replications',
  '/api/replications?state=in_progress',
  '/api/replications?flag=overdue',
  '/api/replications?flag=silent',
  `/api/replications?hubId=${jatim}&state=completed`,
  '/api/replications?province=35&year=2023',
  '/api/replications?categoryId=3&page=5',
  `/api/innovations/${root}/lineage`,
];
const timings = new Map<string, number[]>();
for (let r = 0; r <= rounds; r += 1) {
  for (const q of queries) {
    const t0 = performance.now();
    const response = await agent.get(q);
    const ms = performance.now() - t0;
    if (response.statusCode !== 200) throw new Error(`${q}: ${response.statusCode} ${response.body.slice(0, 200)}`);
    if (r > 0) timings.set(q, [...(timings.get(q) ?? []), ms]);
    if (r === 1 && q.includes('lineage')) console.log(`lineage: ${response.json().nodes.length} nodes, ${response.json().edges.length} edges`);
  }
}
if (process.env.PROFILE) {
  const { listCaseRows } = await import('../../src/server/modules/replication/cases-repository.js');
  const scope = { all: true, agencyId: null, mentorId: null, provinceCodes: [] };
  for (let i = 0; i < 5; i += 1) {
    const t0 = performance.now();
    await listCaseRows(db, scope, {}, '2026-12-02', { limit: 25, offset: 0 });
    const t1 = performance.now();
    await sql`select 1`.execute(db);
    const t2 = performance.now();
    await agent.get('/api/auth/me');
    const t3 = performance.now();
    console.log(`listCaseRows ${(t1 - t0).toFixed(1)} ms · select 1 ${(t2 - t1).toFixed(1)} ms · /api/auth/me ${(t3 - t2).toFixed(1)} ms`);
  }
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
for (const [q, xs] of timings) console.log(`${q.replace(jatim, ':jatim').replace(root, ':root').padEnd(52)} p50 ${pct(xs, 50).toFixed(1)} ms  p95 ${pct(xs, 95).toFixed(1)} ms`);
await app.close();
await handle.close();
