import { timedRequest } from '../harness/http-client.js';
import type { EngineScenario } from '../harness/scenario.js';
import { round, summarise } from '../harness/stats.js';
import { createLiveSessions } from './deadline-surge/setup.js';

/**
 * Issue #16 at national scale: One Agency One Innovation coverage over every government agency
 * of the data set (realisation from every published innovation, five years) and the update
 * campaign's live progress page (per province, and one page of the agencies, over every
 * published record), each timed over HTTP as the ministry's browser asks: the first page and a
 * filtered page (province, status, name, sort). Creating the campaign (fixing ~100,000 records
 * in one insert) is reported once. Target: p95 under 100 ms for both pages.
 */
const CAMPAIGN_YEAR = 2099;

export const oaoiCampaignsScenario: EngineScenario = {
  kind: 'engine',
  id: 'oaoi-campaigns',
  title: 'OAOI coverage and update campaign progress (every agency, every published record)',
  requiresTables: ['update_campaigns', 'oaoi_default_targets'],
  async run(ctx) {
    const q = ctx.server.query.bind(ctx.server);
    const [admin] = await q<{ id: string }>(`select id from users where role = 'ministry_admin' order by created_at limit 1`);
    const adminId =
      admin?.id ?? (await q<{ id: string }>(`insert into users (email, name, role) values ('bench.oaoi@simpul.test', 'Bench ministry', 'ministry_admin') returning id`))[0]!.id;
    await q('delete from update_campaigns where year = $1', [CAMPAIGN_YEAR]);
    const [session] = await createLiveSessions(q, [adminId]);
    const headers = { cookie: `simpul_session=${session!.sessionToken}`, 'x-csrf-token': session!.csrfToken, 'content-type': 'application/json', 'accept-language': 'id' };
    const base = ctx.server.baseUrl;
    const now = Date.now();
    const created = await timedRequest(base, {
      method: 'POST',
      path: '/api/campaigns',
      headers,
      body: JSON.stringify({
        year: CAMPAIGN_YEAR,
        title: 'Pemutakhiran bench',
        opensAt: new Date(now - 86_400_000).toISOString(),
        closesAt: new Date(now + 30 * 86_400_000).toISOString(),
        recordScope: 'all',
      }),
    });
    if (created.status !== 201) throw new Error(`campaign: ${created.status} ${created.body.slice(0, 200)}`);
    const campaign = JSON.parse(created.body) as { id: string; result: { asked: number } };
    // Answer about a third of the records, spread over agencies, as a campaign in progress would be.
    await q(
      `update update_campaign_records set answer = case when abs(hashtext(innovation_id::text)) % 9 = 0 then 'stopped' else 'continuing' end,
               note = 'bench', confirmed_at = now() where campaign_id = $1 and abs(hashtext(innovation_id::text)) % 3 = 0`,
      [campaign.id],
    );
    const [agencies] = await q<{ n: string }>(`select count(*) as n from agencies where active and type in ('kementerian','lembaga','provinsi','kabupaten','kota')`);

    const rounds = ctx.profile.requestLimit ?? (ctx.profile.quick ? 10 : 30);
    const get = headers.cookie;
    const time = async (path: string) => {
      const ms: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const r = await timedRequest(base, { path, headers: { cookie: get, 'accept-language': 'id' } });
        if (r.status !== 200) throw new Error(`${path}: ${r.status} ${r.body.slice(0, 200)}`);
        ms.push(r.ms);
      }
      return summarise(ms);
    };
    // The pages as the ministry's browser asks for them: the first page of agencies, and a
    // filtered page (one province, a status, a name fragment, another sort).
    const [province] = await q<{ code: string }>(`select code from regions where level = 'province' order by code limit 1 offset 10`);
    const p = province?.code ?? '35';
    const coverage = await time('/api/oaoi/coverage?page=1&pageSize=25');
    const coverageFiltered = await time(`/api/oaoi/coverage?province=${p}&status=unmet&q=kab&sort=realisation&page=1&pageSize=25`);
    const progress = await time(`/api/campaigns/${campaign.id}/progress?page=1&pageSize=25`);
    const progressFiltered = await time(`/api/campaigns/${campaign.id}/progress?province=${p}&status=silent&q=kab&sort=name&page=1&pageSize=25`);
    await q('delete from update_campaigns where id = $1', [campaign.id]);
    return {
      metrics: [
        { name: 'OAOI coverage p50', value: round(coverage.p50, 1), unit: 'ms', better: 'lower' },
        { name: 'OAOI coverage p95', value: round(coverage.p95, 1), unit: 'ms', better: 'lower', note: 'target < 100 ms' },
        { name: 'OAOI coverage filtered p95', value: round(coverageFiltered.p95, 1), unit: 'ms', better: 'lower', note: 'target < 100 ms' },
        { name: 'campaign progress p50', value: round(progress.p50, 1), unit: 'ms', better: 'lower' },
        { name: 'campaign progress p95', value: round(progress.p95, 1), unit: 'ms', better: 'lower', note: 'target < 100 ms' },
        { name: 'campaign progress filtered p95', value: round(progressFiltered.p95, 1), unit: 'ms', better: 'lower', note: 'target < 100 ms' },
        { name: 'campaign creation', value: round(created.ms, 0), unit: 'ms', better: 'lower' },
      ],
      details: { agencies: Number(agencies!.n), records: campaign.result.asked, rounds, filteredProvince: p },
    };
  },
};
