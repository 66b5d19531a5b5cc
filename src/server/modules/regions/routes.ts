import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.js';
import { requestContext } from '../../http/request-context.js';
import { managedRefusals, refused, regenciesQuery, regionCodeParams, regionList, regionView, set3tBody } from './schemas.js';
import { listProvinces, listRegencies, setRegion3t } from './service.js';

/** Public reference data: the 38 provinces and 514 regencies/cities (Kemendagri codes). */
export function regionRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/regions/provinces',
      { config: { access: 'public' }, schema: { tags: ['regions'], summary: 'All provinces', response: { 200: regionList } } },
      async (_request, reply) => {
        reply.header('cache-control', 'public, max-age=3600');
        return { items: await listProvinces(deps.db) };
      },
    );
    app.get(
      '/api/regions/regencies',
      {
        config: { access: 'public' },
        schema: { tags: ['regions'], summary: 'Regencies and cities, optionally of one province', querystring: regenciesQuery, response: { 200: regionList, ...refused } },
      },
      async (request, reply) => {
        reply.header('cache-control', 'public, max-age=3600');
        return { items: await listRegencies(deps.db, request.query.province) };
      },
    );

    app.patch(
      '/api/regions/:code',
      {
        config: { access: 'regions.manage' },
        schema: {
          tags: ['regions'],
          summary: 'Mark or unmark a region as 3T (remote, frontier, outermost) for selection quotas',
          params: regionCodeParams,
          body: set3tBody,
          response: { 200: regionView, ...managedRefusals },
        },
      },
      async (request) => setRegion3t(requestContext(deps, request), request.params.code, request.body.is3t),
    );
  };
}
