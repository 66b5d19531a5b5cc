import type { FastifyRequest } from 'fastify';
import type { Actor } from '../audit/audit-log.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { Db } from '../db/types.js';
import type { AppDeps } from '../deps.js';
import { actorOf } from './actor.js';

/**
 * What a service call carries (docs/ARCHITECTURE.md, "Module template"): the database, who acts
 * (for the audit entry), the signed-in user for policies (null for public routes) and the time
 * the request arrived (deadlines are judged on it, not on when a lock was obtained).
 */
export interface RequestContext {
  db: Db;
  actor: Actor;
  user: AuthUser | null;
  now: Date;
}

/** The one factory: call it first thing in a route handler. */
export function requestContext(deps: AppDeps, request: FastifyRequest): RequestContext {
  return { db: deps.db, actor: actorOf(request), user: request.auth?.user ?? null, now: new Date() };
}
