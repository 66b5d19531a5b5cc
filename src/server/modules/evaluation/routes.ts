import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.js';
import { evaluationAdminRoutes } from './routes-admin.js';
import { evaluationPublicRoutes } from './routes-public.js';
import { evaluationResultsRoutes } from './routes-results.js';
import { evaluationReviewRoutes } from './routes-review.js';

/** Every route of the evaluation module. */
export function evaluationRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(evaluationAdminRoutes(deps));
    await app.register(evaluationResultsRoutes(deps));
    await app.register(evaluationReviewRoutes(deps));
    await app.register(evaluationPublicRoutes(deps));
  };
}
