import { timedRequest } from '../../harness/http-client.js';
import type { EngineScenario } from '../../harness/scenario.js';
import { round, summarise } from '../../harness/stats.js';
import { createLiveSessions } from '../deadline-surge/setup.js';
import { adaptReplica } from './adapt.js';

/**
 * Issue #15, measured quality: for sampled published innovations, a realistic replica's problem
 * and summary (adapt.ts: adopter's place and agency, paraphrased frames, half renamed) is sent
 * to the problem-first suggestions as the adopter; recall@10 of the true source, against plain
 * catalog search (`GET /api/innovations?q=…`, first page of 10) with the same text. Lineage is
 * hidden: replicas are never written to the database, so nothing links them to their source.
 * Also the suggestions' latency (target p95 < 150 ms at 100,000 innovations).
 */
interface SourceRow {
  id: string;
  title: string;
  summary: string;
  problem: string;
  place_name: string;
  agency_name: string;
  province_code: string;
}

export const matchmakingScenario: EngineScenario = {
  kind: 'engine',
  id: 'matchmaking',
  title: 'Matchmaking: problem-first suggestions, recall@10 of realistic replicas vs catalog search',
  requiresTables: ['innovations', 'match_proposals'],
  async run(ctx) {
    const q = ctx.server.query.bind(ctx.server);
    const count = ctx.profile.requestLimit ?? (ctx.profile.quick ? 40 : 200);
    // A deterministic sample of running published records with a problem written.
    const sources = await q<SourceRow>(
      `select i.id, i.title, i.summary, i.problem, r.name as place_name, a.name as agency_name, i.province_code
         from innovations i join regions r on r.code = i.region_code join agencies a on a.id = i.agency_id
        where i.published and i.status = 'running' and length(i.problem) > 40
        order by md5(i.id::text) limit $1`,
      [count],
    );
    // Adopters: regional governments' admins in other provinces (one per source, deterministic).
    const adopters = await q<{ user_id: string; agency_id: string; agency_name: string; place_name: string; province_code: string }>(
      `select u.id as user_id, a.id as agency_id, a.name as agency_name, r.name as place_name, coalesce(r.province_code, r.code) as province_code
         from users u join agencies a on a.id = u.agency_id join regions r on r.code = a.region_code
        where u.role = 'agency_admin' and a.type in ('kabupaten', 'kota') order by md5(a.id::text) limit 200`,
    );
    const sessions = await createLiveSessions(
      q,
      adopters.map((a) => a.user_id),
    );
    const headerFor = (i: number) => ({ cookie: `simpul_session=${sessions[i]!.sessionToken}`, 'accept-language': 'id' });
    let hits = 0;
    let baselineHits = 0;
    let renamedHits = 0;
    let renamed = 0;
    const ms: number[] = [];
    for (let i = 0; i < sources.length; i++) {
      const s = sources[i]!;
      let k = i % adopters.length;
      while (adopters[k]!.province_code === s.province_code) k = (k + 1) % adopters.length;
      const adopter = adopters[k]!;
      const replica = adaptReplica(
        { title: s.title, summary: s.summary, problem: s.problem, placeName: s.place_name, agencyName: s.agency_name },
        { placeName: adopter.place_name, agencyName: adopter.agency_name },
        i,
      );
      const text = `${replica.problem} ${replica.summary}`.slice(0, 2000);
      const r = await timedRequest(ctx.server.baseUrl, { path: `/api/matchmaking/suggestions?${new URLSearchParams({ problem: text, limit: '10' })}`, headers: headerFor(k) });
      if (r.status !== 200) throw new Error(`suggestions: ${r.status} ${r.body.slice(0, 200)}`);
      if (i > 0) ms.push(r.ms); // the first request warms the caches
      const found = (JSON.parse(r.body) as { items: { innovationId: string }[] }).items.some((x) => x.innovationId === s.id);
      if (found) hits++;
      if (replica.renamed) {
        renamed++;
        if (found) renamedHits++;
      }
      // The search box takes 200 characters: the replica's text cut at a word boundary.
      const typed = text.length <= 200 ? text : text.slice(0, 200).replace(/\s+\S*$/, '');
      const b = await timedRequest(ctx.server.baseUrl, { path: `/api/innovations?${new URLSearchParams({ q: typed, pageSize: '10' })}`, headers: { 'accept-language': 'id' } });
      if (b.status === 200 && (JSON.parse(b.body) as { items: { id: string }[] }).items.some((x) => x.id === s.id)) baselineHits++;
    }
    const latency = summarise(ms);
    const n = sources.length;
    ctx.log(
      `matchmaking (${ctx.engine}): recall@10 ${hits}/${n}, renamed ${renamedHits}/${renamed}, catalog search ${baselineHits}/${n}, p50 ${round(latency.p50, 1)} ms, p95 ${round(latency.p95, 1)} ms`,
    );
    return {
      metrics: [
        { name: 'suggestions recall@10', value: round(hits / n, 3), unit: 'ratio', better: 'higher', note: 'target ≥ 0.8' },
        { name: 'suggestions recall@10, renamed replicas', value: round(renamed ? renamedHits / renamed : 0, 3), unit: 'ratio', better: 'higher' },
        { name: 'catalog search recall@10 (baseline)', value: round(baselineHits / n, 3), unit: 'ratio', better: 'higher' },
        { name: 'suggestions p50', value: round(latency.p50, 1), unit: 'ms', better: 'lower' },
        { name: 'suggestions p95', value: round(latency.p95, 1), unit: 'ms', better: 'lower', note: 'target < 150 ms' },
      ],
      details: { replicas: n, renamed },
    };
  },
};
