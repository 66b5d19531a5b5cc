import { timedRequest } from '../harness/http-client.js';
import type { EngineScenario } from '../harness/scenario.js';
import { round, summarise } from '../harness/stats.js';
import { createLiveSessions } from './deadline-surge/setup.js';

/**
 * The regional incentive at national scale: facts for every regional government (38 provinces and
 * every regency/city of the reference data), a published rule set scoring the data set's newest
 * KIPP awards, then scenario runs (read every input, evaluate, allocate exactly, store with the
 * inputs' hash, audit) and side-by-side comparisons, each timed over HTTP as the ministry's
 * browser sends them. Targets (issue #18): a run under 1 s, a comparison under 300 ms.
 */
const FISCAL_YEAR = 2099;

export const incentiveScenario: EngineScenario = {
  kind: 'engine',
  id: 'incentive',
  title: 'Regional incentive: scenario run and comparison (every regional government)',
  requiresTables: ['incentive_rule_sets', 'innovation_awards'],
  async run(ctx) {
    const q = ctx.server.query.bind(ctx.server);
    const [admin] = await q<{ id: string }>(`select id from users where role = 'ministry_admin' order by created_at limit 1`);
    const adminId =
      admin?.id ?? (await q<{ id: string }>(`insert into users (email, name, role) values ('bench.ministry@simpul.test', 'Bench ministry', 'ministry_admin') returning id`))[0]!.id;
    const [{ year }] = (await q<{ year: number | null }>('select max(year)::int as year from innovation_awards')) as [{ year: number | null }];
    // Deterministic facts per region: most meet the conditions, some fail one (by a hash of the code).
    await q(`delete from incentive_region_facts where fiscal_year = $1`, [FISCAL_YEAR]);
    await q(
      `insert into incentive_region_facts (fiscal_year, region_code, fact, value, source)
       select $1, r.code, f.fact,
              case f.fact
                when 'audit_opinion' then case when abs(hashtext(r.code)) % 10 < 8 then 'WTP' else 'WDP' end
                when 'budget_on_time' then case when abs(hashtext(r.code || 'b')) % 10 < 9 then 'ya' else 'tidak' end
                else case when abs(hashtext(r.code || 'p')) % 20 < 19 then 'ya' else 'tidak' end
              end,
              'bench'
       from regions r cross join (values ('audit_opinion'), ('budget_on_time'), ('ptsp')) as f(fact)`,
      [FISCAL_YEAR],
    );
    const [regions] = await q<{ n: string }>('select count(*) as n from regions');
    const [session] = await createLiveSessions(q, [adminId]);
    const headers = { cookie: `simpul_session=${session!.sessionToken}`, 'x-csrf-token': session!.csrfToken, 'content-type': 'application/json', 'accept-language': 'id' };
    const base = ctx.server.baseUrl;
    const config = {
      resultsYear: year ?? 2024,
      conditions: [
        { code: 'wtp', fact: 'audit_opinion', passes: ['WTP'] },
        { code: 'apbd', fact: 'budget_on_time', passes: ['ya'] },
        { code: 'ptsp', fact: 'ptsp', passes: ['ya'] },
      ],
      categories: [
        { code: 'top5', name: 'Top 5 KIPP', measure: 'kipp_top5', weight: 20 },
        { code: 'top45', name: 'Top 45 KIPP', measure: 'kipp_top45', weight: 50 },
        { code: 'top99', name: 'Top 99 KIPP', measure: 'kipp_top99', weight: 30 },
      ],
      clusters: [
        { code: 'prov', name: 'Provinsi', by: 'kind', values: ['provinsi'], shareBasisPoints: 1500 },
        { code: 'kab', name: 'Kabupaten', by: 'kind', values: ['kabupaten'], shareBasisPoints: 5000 },
        { code: 'kota', name: 'Kota', by: 'kind', values: ['kota'], shareBasisPoints: 3500 },
      ],
      pool: '4000000000000',
      minPerRegion: '3500000000',
      maxPerRegion: '60000000000',
    };
    const created = await timedRequest(base, {
      method: 'POST',
      path: '/api/incentive/rule-sets',
      headers,
      body: JSON.stringify({ fiscalYear: FISCAL_YEAR, name: `Bench ${Date.now()}`, config }),
    });
    if (created.status !== 201) throw new Error(`rule set: ${created.status} ${created.body.slice(0, 200)}`);
    const ruleSetId = (JSON.parse(created.body) as { id: string }).id;
    // One published rule set per year: retire an earlier bench run's by publishing only when none is.
    await q(`update incentive_rule_sets set status = 'draft', published_at = null where fiscal_year = $1 and status = 'published'`, [FISCAL_YEAR]);
    const published = await timedRequest(base, {
      method: 'POST',
      path: `/api/incentive/rule-sets/${ruleSetId}/publish`,
      headers: { ...headers, 'content-type': 'application/json' },
      body: '{}',
    });
    if (published.status !== 200) throw new Error(`publish: ${published.status} ${published.body.slice(0, 200)}`);

    const runs = ctx.profile.requestLimit ?? (ctx.profile.quick ? 4 : 12);
    const runMs: number[] = [];
    const ids: string[] = [];
    let eligible = 0;
    for (let i = 0; i < runs; i++) {
      const pool = String(4_000_000_000_000 + i * 100_000_000_000);
      const r = await timedRequest(base, {
        method: 'POST',
        path: `/api/incentive/rule-sets/${ruleSetId}/scenarios`,
        headers,
        body: JSON.stringify({ name: `Bench ${i}`, overrides: { pool } }),
      });
      if (r.status !== 201) throw new Error(`scenario: ${r.status} ${r.body.slice(0, 200)}`);
      const body = JSON.parse(r.body) as { id: string; eligibleCount: number; allocated: string };
      if (body.allocated !== pool && eligible === 0) ctx.log(`incentive: allocated ${body.allocated} of ${pool} (regions at the maximum)`);
      eligible = body.eligibleCount;
      ids.push(body.id);
      runMs.push(r.ms);
    }
    const compareMs: number[] = [];
    for (let i = 0; i + 1 < ids.length; i++) {
      const r = await timedRequest(base, { path: `/api/incentive/scenarios/compare?a=${ids[i]}&b=${ids[i + 1]}`, headers: { cookie: headers.cookie, 'accept-language': 'id' } });
      if (r.status !== 200) throw new Error(`compare: ${r.status}`);
      compareMs.push(r.ms);
    }
    const run = summarise(runMs);
    const compare = summarise(compareMs);
    return {
      metrics: [
        { name: 'scenario run p50', value: round(run.p50, 1), unit: 'ms', better: 'lower' },
        { name: 'scenario run p95', value: round(run.p95, 1), unit: 'ms', better: 'lower', note: 'target < 1,000 ms' },
        { name: 'comparison p50', value: round(compare.p50, 1), unit: 'ms', better: 'lower' },
        { name: 'comparison p95', value: round(compare.p95, 1), unit: 'ms', better: 'lower', note: 'target < 300 ms' },
      ],
      details: { regions: Number(regions!.n), eligible, runs, resultsYear: config.resultsYear },
    };
  },
};
