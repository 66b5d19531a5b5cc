import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { actorOf } from '../../http/actor.js';
import { refusals } from '../../http/errors.js';
import { fileResponse } from '../../http/file-response.js';
import type { EvaluationContext } from './context.js';

/** What every evaluation route may refuse with: bad input, not signed in, no permission, unseen record, wrong state. */
export const refused = refusals(400, 401, 403, 404, 409);

/** A 200 answer of `shape` (the shared schema the answer is serialised through) plus the refused. */
export function answers<S extends z.ZodType>(shape: S) {
  return { 200: shape, ...refused };
}

/** A 201 answer of `shape` plus the refused. */
export function created<S extends z.ZodType>(shape: S) {
  return { 201: shape, ...refused };
}

/** `{items: [shape]}` as a 200 answer plus the refused. */
export function listOf<S extends z.ZodType>(shape: S) {
  return answers(z.object({ items: z.array(shape) }));
}

/** A file download (CSV, XLSX, PDF): the body is the file; refused are JSON. */
export const fileAnswer = { 200: fileResponse, ...refused };

export function contextFor(deps: AppDeps) {
  return (request: FastifyRequest): EvaluationContext => ({
    db: deps.db,
    actor: actorOf(request),
    user: request.auth?.user ?? null,
    now: new Date(),
  });
}
