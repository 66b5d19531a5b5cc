import { timedRequest } from '../harness/http-client.js';
import type { EngineScenario } from '../harness/scenario.js';
import { round, summarise } from '../harness/stats.js';
import { createLiveSessions } from './deadline-surge/setup.js';

/**
 * The replication network at national scale (issue #14 point 9): 200 mentors at the 19 hubs,
 * 5,000 cases in every state (milestones, log entries, the catalog register for completed ones)
 * and a family of 1,093 records over six generations, then the ministry's M&E list (seven
 * filtered, paged views) and the family's lineage graph, timed over HTTP. Target: p95 < 100 ms.
 */
const CASES = 5_000;
const STATES = `array['requested','accepted','declined','mentor_assigned','agreed','in_progress','in_progress','in_progress','completed','completed','stopped']`;

/** Loads the scenario's network into a database holding the national data set; returns the family's root. */
export async function loadReplicationNetwork(q: <T>(text: string, params?: unknown[]) => Promise<T[]>): Promise<string> {
  const [uni] = await q<{ id: string }>(`insert into agencies (name, type, region_code) values ('Universitas Bench Replikasi', 'perguruan_tinggi', '35.78') returning id`);
  await q(
    `insert into users (email, name, role, agency_id) select 'bench.mentor' || g || '@simpul.test', 'Pendamping ' || g, 'mentor', $1 from generate_series(1, 200) g on conflict do nothing`,
    [uni!.id],
  );
  await q(
    `insert into mentors (user_id, university_agency_id, hub_id, expertise, decree_number, decree_date, max_active_cases)
     select u.id, $1, h.id, '{}', 'Kep/' || u.email, date '2024-01-01', 100
       from (select id, email, row_number() over (order by email) as n from users where email like 'bench.mentor%@simpul.test') u
       join (select id, row_number() over (order by province_code) - 1 as k from hubs) h on h.k = u.n % 19
     on conflict do nothing`,
    [uni!.id],
  );
  await q(
    `with src as (select i.id, i.title, i.agency_id, i.province_code, i.category_id, row_number() over (order by i.id) as n from innovations i where i.workflow_state = 'published'),
          adopters as (select id, region_code, row_number() over (order by id) as n from agencies where region_code like '__.__' and type in ('kota', 'kabupaten')),
          sizes as (select (select count(*) from src) as s, (select count(*) from adopters) as a),
          ms as (select id, row_number() over (order by id) - 1 as k from mentors)
     insert into replication_cases (source_innovation_id, source_title, origin_agency_id, adopter_agency_id, origin_province_code, adopter_province_code, category_id, hub_id,
                                    problem, context, lead_name, state, mentor_id, agreement_number, agreement_date, outcome, stop_reason, requested_at, last_log_on, closed_at)
     select s.id, s.title, s.agency_id, a.id, s.province_code, split_part(a.region_code, '.', 1), s.category_id,
            (select id from hubs h where h.province_code = split_part(a.region_code, '.', 1)),
            'Masalah pelayanan yang ingin diselesaikan', 'Konteks instansi pengadopsi', 'Kepala Dinas',
            (${STATES})[1 + g % 11],
            case when g % 11 between 3 and 9 then (select id from ms where ms.k = g % 200) end,
            case when g % 11 between 4 and 9 then 'PKS/' || g end,
            case when g % 11 between 4 and 9 then date '2024-01-01' + (g % 600) end,
            case when g % 11 in (8, 9) then 'replicated' end,
            case when g % 11 = 10 then 'Anggaran dialihkan' end,
            timestamptz '2022-01-01' + (g % 1400) * interval '1 day',
            case when g % 3 = 0 then date '2024-06-01' + (g % 700) end,
            case when g % 11 in (2, 8, 9, 10) then now() end
       from generate_series(1, ${CASES}) g cross join sizes z
       join src s on s.n = 1 + (g * 13) % z.s
       join adopters a on a.n = 1 + (g * 17) % z.a
      where s.agency_id <> a.id
     on conflict do nothing`,
  );
  await q(
    `insert into replication_milestones (case_id, position, kind, title, due_on, done_at)
     select c.id, k.p, k.kind, k.kind, c.agreement_date + k.p * 90, case when c.state = 'completed' or k.p = 1 then now() end
       from replication_cases c cross join (values (1, 'plan'), (2, 'trial'), (3, 'implementation'), (4, 'evaluation')) k(p, kind)
      where c.state in ('in_progress', 'completed')`,
  );
  await q(
    `insert into replication_logs (case_id, held_on, mode, notes)
     select c.id, coalesce(c.agreement_date, date '2024-01-01') + g * 30, 'visit', 'Kunjungan pendampingan'
       from replication_cases c cross join generate_series(1, 2) g where c.state in ('in_progress', 'completed', 'agreed')`,
  );
  await q(
    `insert into innovation_replications (innovation_id, adopter_agency_id, region_code, started_on)
     select c.source_innovation_id, c.adopter_agency_id, a.region_code, c.agreement_date from replication_cases c join agencies a on a.id = c.adopter_agency_id where c.state = 'completed'
     on conflict do nothing`,
  );
  // One large family: 1,093 published records, each replicated by three others, six generations deep.
  const family = await q<{ id: string }>(
    `with fam as (select i.id, i.agency_id, i.region_code, row_number() over (order by i.id desc) - 1 as k from innovations i where i.workflow_state = 'published' order by i.id desc limit 1093)
     insert into innovation_replications (innovation_id, adopter_agency_id, replica_innovation_id, region_code, started_on)
     select p.id, c.agency_id, c.id, c.region_code, date '2021-01-01' from fam c join fam p on p.k = (c.k - 1) / 3 where c.k > 0 and c.agency_id <> p.agency_id
     on conflict do nothing returning innovation_id as id`,
  );
  if (family.length < 500) throw new Error(`replication: only ${family.length} family links`);
  const [root] = await q<{ id: string }>(`select id from innovations where workflow_state = 'published' order by id desc limit 1`);
  await q('analyze replication_cases');
  await q('analyze replication_milestones');
  await q('analyze innovation_replications');
  return root!.id;
}

export const replicationScenario: EngineScenario = {
  kind: 'engine',
  id: 'replication',
  title: 'Replication network: M&E list and lineage (5,000 cases, 1,093-record family)',
  requiresTables: ['replication_cases', 'innovation_replications'],
  async run(ctx) {
    const q = ctx.server.query.bind(ctx.server);
    const [existing] = await q<{ n: string }>('select count(*) as n from replication_cases');
    const root =
      Number(existing!.n) >= CASES / 2
        ? (await q<{ id: string }>(`select id from innovations where workflow_state = 'published' order by id desc limit 1`))[0]!.id
        : await loadReplicationNetwork(q);
    const [admin] = await q<{ id: string }>(`select id from users where role = 'ministry_admin' order by created_at limit 1`);
    const adminId =
      admin?.id ?? (await q<{ id: string }>(`insert into users (email, name, role) values ('bench.ministry@simpul.test', 'Bench ministry', 'ministry_admin') returning id`))[0]!.id;
    const [session] = await createLiveSessions(q, [adminId]);
    const headers = { cookie: `simpul_session=${session!.sessionToken}`, 'accept-language': 'id' };
    const [jatim] = await q<{ id: string }>(`select id from hubs where province_code = '35'`);
    const views = [
      '/api/replications',
      '/api/replications?state=in_progress',
      '/api/replications?flag=overdue',
      '/api/replications?flag=silent',
      `/api/replications?hubId=${jatim!.id}&state=completed`,
      '/api/replications?province=35&year=2023',
      '/api/replications?categoryId=3&page=5',
    ];
    const passes = ctx.profile.requestLimit ?? (ctx.profile.quick ? 5 : 20);
    const listMs: number[] = [];
    const lineageMs: number[] = [];
    let nodes = 0;
    let total = 0;
    for (let pass = 0; pass <= passes; pass++) {
      for (const path of views) {
        const r = await timedRequest(ctx.server.baseUrl, { path, headers });
        if (r.status !== 200) throw new Error(`${path}: ${r.status} ${r.body.slice(0, 200)}`);
        if (pass > 0) listMs.push(r.ms);
        else if (path === '/api/replications') total = (JSON.parse(r.body) as { total: number }).total;
      }
      const r = await timedRequest(ctx.server.baseUrl, { path: `/api/innovations/${root}/lineage`, headers });
      if (r.status !== 200) throw new Error(`lineage: ${r.status} ${r.body.slice(0, 200)}`);
      if (pass > 0) lineageMs.push(r.ms);
      else nodes = (JSON.parse(r.body) as { nodes: unknown[] }).nodes.length;
    }
    const list = summarise(listMs);
    const lineage = summarise(lineageMs);
    return {
      metrics: [
        { name: 'M&E list p50', value: round(list.p50, 1), unit: 'ms', better: 'lower' },
        { name: 'M&E list p95', value: round(list.p95, 1), unit: 'ms', better: 'lower', note: 'target < 100 ms' },
        { name: 'lineage p50', value: round(lineage.p50, 1), unit: 'ms', better: 'lower' },
        { name: 'lineage p95', value: round(lineage.p95, 1), unit: 'ms', better: 'lower', note: 'target < 100 ms' },
      ],
      details: { cases: total, familyNodes: nodes, passes },
    };
  },
};
