import { measureHttpScenario } from '../harness/http-scenario.js';
import type { EngineScenario } from '../harness/scenario.js';

/**
 * Issue #19: the public dashboards over the national data set — the national view unfiltered,
 * by start year, by province and both, and region profiles of provinces and regencies/cities
 * (a fixed spread-out sample). Target: p95 under 150 ms on both databases.
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
    return { metrics, details: { ...details, paths } };
  },
};
