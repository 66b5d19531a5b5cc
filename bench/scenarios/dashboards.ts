import { timedRequest } from '../harness/http-client.js';
import { measureHttpScenario, slowest } from '../harness/http-scenario.js';
import type { Metric } from '../harness/results.js';
import type { EngineContext, EngineScenario } from '../harness/scenario.js';
import { summarise } from '../harness/stats.js';

/**
 * Issue #19: the public dashboards over the national data set — the national view unfiltered,
 * by start year, by province and both, and region profiles of provinces and regencies/cities
 * (a fixed spread-out sample). Target: p95 under 150 ms on both databases, **uncached**.
 *
 * Measured twice: as the shared harness does (a warm-up pass fills the dashboards' answer cache,
 * so those are the cached figures), then uncached — the cache dropped before every request, as
 * after any write — single-user p50/p95/p99 over the same paths and rounds.
 */
export const DASHBOARD_PATHS: readonly string[] = [
  '/api/dashboard/national',
  '/api/dashboard/national?year=2019',
  '/api/dashboard/national?year=2022',
  '/api/dashboard/national?province=35',
  '/api/dashboard/national?province=91',
  '/api/dashboard/national?province=33&year=2020',
  '/api/dashboard/national?province=11&year=1990',
];

export const dashboardsScenario: EngineScenario = {
  kind: 'engine',
  id: 'dashboards',
  title: 'Dashboards: national view with filters, region profiles',
  requiresTables: ['innovations', 'proposals'],
  async run(ctx) {
    const regions = await ctx.server.query<{ code: string }>(
      `select code from regions where level = 'province' and code in ('35', '73', '94')
       union all (select code from regions where level = 'regency' order by md5(code) limit $1)`,
      [ctx.profile.quick ? 3 : 7],
    );
    const paths = [...DASHBOARD_PATHS, ...regions.map((r) => `/api/regions/${r.code}/profile`)];
    const requests = paths.map((path) => ({ path, headers: { 'accept-language': 'id' } }));
    const { metrics, details } = await measureHttpScenario(ctx, { key: 'dashboards', requests, databaseCeiling: true });
    const uncached = await uncachedLatencies(ctx, requests);
    return { metrics: [...metrics, ...uncached.metrics], details: { ...details, paths, uncachedSlowest: uncached.slowest } };
  },
};

async function uncachedLatencies(
  ctx: EngineContext,
  requests: { path: string; headers: Record<string, string> }[],
): Promise<{ metrics: Metric[]; slowest: { path: string; ms: number }[] }> {
  ctx.log(`dashboards: uncached single-user latency (${requests.length} requests × ${ctx.profile.rounds}, cache dropped before each)`);
  const ms: number[] = [];
  for (let round = 0; round < ctx.profile.rounds; round++) {
    for (const request of requests) {
      await ctx.server.clearDashboardCache();
      const r = await timedRequest(ctx.server.baseUrl, request);
      if (r.status !== 200) throw new Error(`${request.path} answered ${r.status}: ${r.body.slice(0, 300)}`);
      ms.push(r.ms);
    }
  }
  const s = summarise(ms);
  return {
    metrics: [
      { name: 'uncached latency p50', value: s.p50, unit: 'ms', better: 'lower' },
      { name: 'uncached latency p95', value: s.p95, unit: 'ms', better: 'lower' },
      { name: 'uncached latency p99', value: s.p99, unit: 'ms', better: 'lower' },
    ],
    slowest: slowest(requests, ms),
  };
}
