import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { actorOf } from '../../http/actor.js';
import { errorResponse } from '../../http/errors.js';
import { fileResponse } from '../../http/file-response.js';
import type { EvaluationContext } from './context.js';

/** What every evaluation route may refuse with: bad input, not signed in, no permission, unseen record, wrong state. */
export const refusals = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse } as const;

/** A 200 answer of `shape` (the shared schema the answer is serialised through) plus the refusals. */
export function answers<S extends z.ZodType>(shape: S) {
  return { 200: shape, ...refusals };
}

/** A 201 answer of `shape` plus the refusals. */
export function created<S extends z.ZodType>(shape: S) {
  return { 201: shape, ...refusals };
}

/** `{items: [shape]}` as a 200 answer plus the refusals. */
export function listOf<S extends z.ZodType>(shape: S) {
  return answers(z.object({ items: z.array(shape) }));
}

/** A file download (CSV, XLSX, PDF): the body is the file; refusals are JSON. */
export const fileAnswer = { 200: fileResponse, ...refusals };

export function contextFor(deps: AppDeps) {
  return (request: FastifyRequest): EvaluationContext => ({
    db: deps.db,
    actor: actorOf(request),
    user: request.auth?.user ?? null,
    now: new Date(),
  });
}
