import { timedRequest } from '../harness/http-client.js';
import type { EngineScenario } from '../harness/scenario.js';
import { round, summarise } from '../harness/stats.js';
import { createLiveSessions } from './deadline-surge/setup.js';

/**
 * The regional innovation index at national scale (issue #17): every region of the reference data
 * (552) sends a 2026 report, 40,000 reported innovations in all (≈ 72 per region, taken from the
 * data set's innovations), every SPD row and 19 SID rows per innovation with one piece of evidence
 * each (≈ 770,000 rows and as many evidence records), four in five rows verified. Timed over HTTP:
 * the full national recomputation (target < 5 s), a region's report card and the verification
 * queue with filters (p95 < 200 ms each).
 */
const REPORTED_INNOVATIONS = 40_000;

export const innovationIndexScenario: EngineScenario = {
  kind: 'engine',
  id: 'innovation-index',
  title: 'Regional innovation index: national recomputation, report card, verification queue',
  requiresTables: ['index_models', 'index_rows'],
  async run(ctx) {
    const q = ctx.server.query.bind(ctx.server);
    const user = async (role: string) =>
      (await q<{ id: string }>(`select id from users where role = $1 order by created_at limit 1`, [role]))[0]?.id ??
      (await q<{ id: string }>(`insert into users (email, name, role) values ($1, $2, $3) returning id`, [`bench.${role}@simpul.test`, `Bench ${role}`, role]))[0]!.id;
    const [adminSession, verifierSession] = await createLiveSessions(q, [await user('index_admin'), await user('index_verifier')]);
    const headersOf = (s: { sessionToken: string; csrfToken: string }) => ({
      cookie: `simpul_session=${s.sessionToken}`,
      'x-csrf-token': s.csrfToken,
      'content-type': 'application/json',
      'accept-language': 'id',
    });
    const admin = headersOf(adminSession!);
    const verifier = headersOf(verifierSession!);
    const base = ctx.server.baseUrl;

    // The 2026 model through the API (created and published once; a later run reuses it).
    const created = await timedRequest(base, { method: 'POST', path: '/api/index/models', headers: admin, body: JSON.stringify({ year: 2026 }) });
    if (created.status !== 201 && created.status !== 409) throw new Error(`model: ${created.status} ${created.body.slice(0, 200)}`);
    const published = await timedRequest(base, { method: 'POST', path: '/api/index/models/2026/publish', headers: admin, body: '{}' });
    if (published.status !== 200) throw new Error(`publish: ${published.status} ${published.body.slice(0, 200)}`);
    const model = JSON.parse(published.body) as { id: string; config: { indicators: { code: string; aspect: string }[] } };
    const spd = model.config.indicators.filter((i) => i.aspect === 'spd').map((i) => i.code);
    const sid = model.config.indicators.filter((i) => i.aspect === 'sid').map((i) => i.code);

    const seedStart = Date.now();
    await q(`delete from index_results where model_id = $1`, [model.id]);
    await q(`delete from index_reports where model_id = $1`, [model.id]);
    await q(
      `insert into index_reports (model_id, region_code, agency_id, status, sent_at)
       select $1, r.code, coalesce((select a.id from agencies a where a.region_code = r.code order by a.type limit 1), (select id from agencies order by id limit 1)),
              case when abs(hashtext(r.code)) % 10 < 6 then 'verified' else 'sent' end, now()
       from regions r`,
      [model.id],
    );
    const [{ n: regions }] = (await q<{ n: string }>(`select count(*) as n from index_reports where model_id = $1`, [model.id])) as [{ n: string }];
    const perRegion = Math.ceil(REPORTED_INNOVATIONS / Number(regions));
    const affairs = ['pendidikan', 'kesehatan', 'pekerjaan_umum', 'perumahan', 'trantibum', 'sosial', 'perhubungan', 'pariwisata'];
    await q(
      `with inn as (select id, row_number() over (order by id) - 1 as k from innovations),
            total as (select count(*) as n from innovations),
            rep as (select id, row_number() over (order by region_code) - 1 as j from index_reports where model_id = $1),
            pick as (select rep.id as report_id, rep.j, s.i, (rep.j * $2::int + s.i) % (select n from total) as k
                     from rep cross join generate_series(0, $2::int - 1) as s(i) where rep.j * $2::int + s.i < $3::int)
       insert into index_report_innovations (report_id, innovation_id, government_affair)
       select pick.report_id, inn.id, ($4::text[])[1 + ((pick.j + pick.i) % 8)]
       from pick join inn on inn.k = pick.k
       on conflict do nothing`,
      [model.id, perRegion, REPORTED_INNOVATIONS, affairs],
    );
    await q(
      `insert into index_rows (report_id, indicator_code, innovation_id, claimed_level, status, verified_level, evidence_count)
       select p.id, c.code, null, 1 + abs(hashtext(p.region_code || c.code)) % 3,
              case when abs(hashtext(c.code || p.region_code)) % 5 = 0 then 'pending' else 'accepted' end, null, 1
       from index_reports p cross join unnest($2::text[]) as c(code) where p.model_id = $1`,
      [model.id, spd],
    );
    await q(
      `insert into index_rows (report_id, indicator_code, innovation_id, claimed_level, status, verified_level, evidence_count)
       select i.report_id, c.code, i.innovation_id, 1 + abs(hashtext(i.innovation_id::text || c.code)) % 3,
              case when abs(hashtext(c.code || i.innovation_id::text)) % 5 = 0 then 'rejected' else 'accepted' end, null, 1
       from index_report_innovations i join index_reports p on p.id = i.report_id
       cross join unnest($2::text[]) as c(code) where p.model_id = $1`,
      [model.id, sid],
    );
    await q(
      `insert into index_evidence (row_id, evidence_type, kind, url)
       select r.id, 'tautan', 'link', 'https://bukti.test/' || r.indicator_code
       from index_rows r join index_reports p on p.id = r.report_id where p.model_id = $1`,
      [model.id],
    );
    await q('analyze index_rows');
    await q('analyze index_evidence');
    const [{ rows, innovations }] = (await q<{ rows: string; innovations: string }>(
      `select (select count(*) from index_rows r join index_reports p on p.id = r.report_id where p.model_id = $1) as rows,
              (select count(*) from index_report_innovations i join index_reports p on p.id = i.report_id where p.model_id = $1) as innovations`,
      [model.id],
    )) as [{ rows: string; innovations: string }];
    ctx.log(`innovation-index: ${regions} reports, ${innovations} innovations, ${rows} rows seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);

    const recomputeMs: number[] = [];
    for (let i = 0; i < (ctx.profile.quick ? 2 : 3); i++) {
      const r = await timedRequest(base, { method: 'POST', path: '/api/index/2026/results/compute', headers: admin, body: '{}' });
      if (r.status !== 200) throw new Error(`compute: ${r.status} ${r.body.slice(0, 200)}`);
      recomputeMs.push(r.ms);
    }
    const codes = (
      await q<{ region_code: string }>(`select region_code from index_reports where model_id = $1 order by abs(hashtext(region_code)) limit $2`, [
        model.id,
        ctx.profile.requestLimit ?? 40,
      ])
    ).map((r) => r.region_code);
    const cardMs: number[] = [];
    const queueMs: number[] = [];
    const reportMs: number[] = [];
    const reportIds = (await q<{ id: string }>(`select id from index_reports where model_id = $1 order by id limit $2`, [model.id, Math.min(10, codes.length)])).map((r) => r.id);
    const filters = ['', '?province=35', '?cluster=kota', '?status=sent', '?cluster=kabupaten&page=2', '?province=11&status=verified'];
    for (let round = 0; round < ctx.profile.rounds; round++) {
      for (const code of codes) {
        const r = await timedRequest(base, { path: `/api/index/2026/results/${code}`, headers: { cookie: admin.cookie } });
        if (r.status !== 200) throw new Error(`card: ${r.status} ${r.body.slice(0, 200)}`);
        if (round > 0) cardMs.push(r.ms);
      }
      for (const f of filters) {
        const r = await timedRequest(base, { path: `/api/index/2026/queue${f}`, headers: { cookie: verifier.cookie } });
        if (r.status !== 200) throw new Error(`queue: ${r.status} ${r.body.slice(0, 200)}`);
        if (round > 0) queueMs.push(r.ms);
      }
      for (const id of reportIds) {
        const r = await timedRequest(base, { path: `/api/index/reports/${id}`, headers: { cookie: verifier.cookie } });
        if (r.status !== 200) throw new Error(`report: ${r.status} ${r.body.slice(0, 200)}`);
        if (round > 0) reportMs.push(r.ms);
      }
    }
    const recompute = summarise(recomputeMs);
    const card = summarise(cardMs);
    const queue = summarise(queueMs);
    const report = summarise(reportMs);
    return {
      metrics: [
        { name: 'national recomputation p50', value: round(recompute.p50, 1), unit: 'ms', better: 'lower', note: 'target < 5,000 ms' },
        { name: 'national recomputation max', value: round(Math.max(...recomputeMs), 1), unit: 'ms', better: 'lower' },
        { name: 'report card p95', value: round(card.p95, 1), unit: 'ms', better: 'lower', note: 'target < 200 ms' },
        { name: 'verification queue p95', value: round(queue.p95, 1), unit: 'ms', better: 'lower', note: 'target < 200 ms' },
        { name: 'sent report (verifier view) p95', value: round(report.p95, 1), unit: 'ms', better: 'lower' },
      ],
      details: { regions: Number(regions), innovations: Number(innovations), rows: Number(rows) },
    };
  },
};
