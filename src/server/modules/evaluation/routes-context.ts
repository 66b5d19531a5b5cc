import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { actorOf } from '../../http/actor.js';
import { errorResponse } from '../../http/pagination.js';
import type { EvaluationContext } from './context.js';

/** Success bodies are documented per route summary; refusals always carry `{error: {code, message}}`. */
export const refusalResponses = { 200: z.unknown(), 201: z.unknown(), 204: z.unknown(), 400: errorResponse, 404: errorResponse, 409: errorResponse };

export function contextFor(deps: AppDeps) {
  return (request: FastifyRequest): EvaluationContext => ({
    db: deps.db,
    actor: actorOf(request),
    user: request.auth?.user ?? null,
    now: new Date(),
  });
}
