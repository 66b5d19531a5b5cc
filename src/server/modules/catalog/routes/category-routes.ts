import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../deps.js';
import { actorOf } from '../../../http/actor.js';
import { refusals } from '../../../http/errors.js';
import { createCategory, updateCategory } from '../categories-service.js';
import { categoryParams, categoryView, createCategoryBody, updateCategoryBody } from '../schemas.js';

/** The ministry configures the category list (kategori/cluster). */
export function categoryRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/innovation-categories',
      {
        config: { access: 'innovations.categories' },
        schema: { tags: ['catalog'], summary: 'Add a category', body: createCategoryBody, response: { 201: categoryView, ...refusals(400, 409) } },
      },
      async (request, reply) => reply.status(201).send(await createCategory(deps.db, actorOf(request), request.body)),
    );
    app.patch(
      '/api/innovation-categories/:id',
      {
        config: { access: 'innovations.categories' },
        schema: {
          tags: ['catalog'],
          summary: 'Rename, reorder, retire or reactivate a category',
          params: categoryParams,
          body: updateCategoryBody,
          response: { 200: categoryView, ...refusals(400, 404) },
        },
      },
      async (request) => updateCategory(deps.db, actorOf(request), request.params.id, request.body),
    );
  };
}
