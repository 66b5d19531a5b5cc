import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../deps.js';
import { actorOf } from '../../../http/actor.js';
import { refusals } from '../../../http/errors.js';
import { synonymGroupBody, synonymGroupParams, synonymGroupView } from '../schemas.js';
import { createSynonymGroup, deleteSynonymGroup, listSynonymGroups, updateSynonymGroup } from '../synonyms-service.js';

/** The ministry maintains the search's synonym and variant dictionary (issue #13.4). */
export function synonymRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/search-synonyms',
      {
        config: { access: 'innovations.categories' },
        schema: {
          tags: ['catalog'],
          summary: 'The synonym and variant groups catalog search expands queries with',
          response: { 200: z.object({ items: z.array(synonymGroupView) }) },
        },
      },
      async () => ({ items: await listSynonymGroups(deps.db) }),
    );
    app.post(
      '/api/search-synonyms',
      {
        config: { access: 'innovations.categories' },
        schema: {
          tags: ['catalog'],
          summary: 'Add a group of equivalent search terms',
          body: synonymGroupBody,
          response: { 201: synonymGroupView, ...refusals(400, 409) },
        },
      },
      async (request, reply) => reply.status(201).send(await createSynonymGroup(deps.db, actorOf(request), request.body)),
    );
    app.put(
      '/api/search-synonyms/:id',
      {
        config: { access: 'innovations.categories' },
        schema: {
          tags: ['catalog'],
          summary: 'Change a group of equivalent search terms',
          params: synonymGroupParams,
          body: synonymGroupBody,
          response: { 200: synonymGroupView, ...refusals(400, 404, 409) },
        },
      },
      async (request) => updateSynonymGroup(deps.db, actorOf(request), request.params.id, request.body),
    );
    app.delete(
      '/api/search-synonyms/:id',
      {
        config: { access: 'innovations.categories' },
        schema: { tags: ['catalog'], summary: 'Remove a group of equivalent search terms', params: synonymGroupParams, response: { 204: z.null(), ...refusals(404) } },
      },
      async (request, reply) => {
        await deleteSynonymGroup(deps.db, actorOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
