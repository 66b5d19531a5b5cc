import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../deps.js';
import { actorOf } from '../../../http/actor.js';
import type { CatalogContext } from '../innovation-service.js';

export function catalogContext(deps: AppDeps, request: FastifyRequest): CatalogContext {
  return { db: deps.db, actor: actorOf(request), user: request.auth?.user ?? null };
}
