import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.js';
import { errorResponse } from '../../http/pagination.js';
import { dashboardFilters, nationalDashboard, regionCodeParams, regionProfile } from './schemas.js';
import { nationalDashboard as loadNational, regionProfile as loadRegion } from './service.js';

/** Public dashboards over published records (issue #19). */
export function dashboardRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/dashboard/national',
      {
        config: { access: 'public' },
        schema: {
          tags: ['dashboards'],
          summary: 'National figures: innovations by province, category, SDG and start year; KIPP history and special calls',
          description: 'Published records only. `year` filters innovations by start year and competitions by year; `province` (Kemendagri code) by province.',
          querystring: dashboardFilters,
          response: { 200: nationalDashboard, 400: errorResponse },
        },
      },
      async (request) => loadNational({ db: deps.db, now: new Date() }, request.query),
    );

    app.get(
      '/api/regions/:code/profile',
      {
        config: { access: 'public' },
        schema: {
          tags: ['dashboards'],
          summary: 'A province or regency/city profile: innovations, awards, newest records, peers',
          description: 'An unknown code answers `region: null` with empty figures.',
          params: regionCodeParams,
          response: { 200: regionProfile, 400: errorResponse },
        },
      },
      async (request) => loadRegion({ db: deps.db, now: new Date() }, request.params.code),
    );
  };
}
