import type { FastifyRequest } from 'fastify';
import type { Actor } from '../audit/audit-log.js';

/** The audit identity of a request. */
export function actorOf(request: FastifyRequest): Actor {
  return { userId: request.auth?.user.id ?? null, role: request.auth?.user.role ?? null, requestId: request.id };
}
