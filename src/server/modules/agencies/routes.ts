import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { refusals } from '../../http/errors.js';
import { requestContext } from '../../http/request-context.js';
import { agencyIdParams, agencyView, createAgencyBody, listAgenciesQuery, refused, updateAgencyBody } from './schemas.js';
import { createAgency, getAgency, listAgenciesPage, updateAgency } from './service.js';

/**
 * The reference module (docs/ARCHITECTURE.md, "Module template"): each route declares its
 * permission, its request schemas and a response schema for every status it answers, then calls
 * the service. No queries, no role checks, no transactions here.
 */
export function agencyRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/agencies',
      {
        config: { access: 'agencies.read' },
        schema: {
          tags: ['agencies'],
          summary: 'Directory of organisations',
          querystring: listAgenciesQuery,
          response: { 200: z.object({ items: z.array(agencyView), total: z.number() }), ...refused },
        },
      },
      async (request) => {
        const { active, ...rest } = request.query;
        return listAgenciesPage(deps.db, { ...rest, ...(active ? { active: active === 'true' } : {}) });
      },
    );

    app.get(
      '/api/agencies/:id',
      {
        config: { access: 'agencies.read' },
        schema: { tags: ['agencies'], summary: 'One organisation', params: agencyIdParams, response: { 200: agencyView, ...refused, ...refusals(404) } },
      },
      async (request) => getAgency(deps.db, request.params.id),
    );

    app.post(
      '/api/agencies',
      {
        config: { access: 'agencies.manage' },
        schema: { tags: ['agencies'], summary: 'Register an organisation', body: createAgencyBody, response: { 201: agencyView, ...refused, ...refusals(409) } },
      },
      async (request, reply) => reply.status(201).send(await createAgency(requestContext(deps, request), request.body)),
    );

    app.patch(
      '/api/agencies/:id',
      {
        config: { access: 'agencies.manage' },
        schema: {
          tags: ['agencies'],
          summary: 'Rename, relocate, deactivate or reactivate an organisation',
          params: agencyIdParams,
          body: updateAgencyBody,
          response: { 200: agencyView, ...refused, ...refusals(404, 409) },
        },
      },
      async (request) => updateAgency(requestContext(deps, request), request.params.id, request.body),
    );
  };
}
