import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { actorOf } from '../../http/actor.js';
import { errors } from '../../http/errors.js';
import { errorResponse } from '../../http/pagination.js';
import { agencyIdParams, agencyView, createAgencyBody, listAgenciesQuery, updateAgencyBody } from './schemas.js';
import { createAgency, findAgency, listAgenciesPage, updateAgency } from './service.js';

export function agencyRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/agencies',
      {
        config: { access: 'agencies.read' },
        schema: { tags: ['agencies'], summary: 'Directory of organisations', querystring: listAgenciesQuery, response: { 200: z.object({ items: z.array(agencyView), total: z.number() }) } },
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
        schema: { tags: ['agencies'], summary: 'One organisation', params: agencyIdParams, response: { 200: agencyView, 404: errorResponse } },
      },
      async (request) => {
        const agency = await findAgency(deps.db, request.params.id);
        if (!agency) throw errors.notFound({ id: 'Instansi', en: 'Agency' });
        return agency;
      },
    );

    app.post(
      '/api/agencies',
      {
        config: { access: 'agencies.manage' },
        schema: { tags: ['agencies'], summary: 'Register an organisation', body: createAgencyBody, response: { 201: agencyView, 400: errorResponse, 409: errorResponse } },
      },
      async (request, reply) => reply.status(201).send(await createAgency(deps.db, actorOf(request), request.body)),
    );

    app.patch(
      '/api/agencies/:id',
      {
        config: { access: 'agencies.manage' },
        schema: { tags: ['agencies'], summary: 'Rename, relocate, deactivate or reactivate an organisation', params: agencyIdParams, body: updateAgencyBody, response: { 200: agencyView, 400: errorResponse, 404: errorResponse } },
      },
      async (request) => updateAgency(deps.db, actorOf(request), request.params.id, request.body),
    );
  };
}
