import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isRouteAccess, type RouteAccess, roleHas } from '../auth/permissions.js';
import { findSession, type SessionPolicy } from '../auth/session-repository.js';
import { safeEqual } from '../auth/tokens.js';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { CSRF_COOKIE, SESSION_COOKIE } from './cookies.js';
import { errors, pickLanguage } from './errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Deny by default: every /api route must declare `config.access`, checked when routes are
 * registered, so a forgotten rule is a start-up failure, not an open door.
 */
export interface RouteEntry {
  method: string;
  url: string;
  access: RouteAccess;
}

/** Every API route with its access rule, for the authorization walk and docs/SECURITY.md. */
export const routeCatalog = new WeakMap<FastifyInstance, RouteEntry[]>();

export function requireAccessDeclarations(app: FastifyInstance): void {
  const entries: RouteEntry[] = [];
  routeCatalog.set(app, entries);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    const access = (route.config as { access?: unknown } | undefined)?.access;
    if (!isRouteAccess(access)) {
      throw new Error(`Route ${route.method} ${route.url} declares no valid config.access`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') entries.push({ method, url: route.url, access });
    }
  });
}

export function registerAuthHooks(app: FastifyInstance, db: Kysely<Database>, policy: SessionPolicy): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('language', 'id');

  app.addHook('onRequest', async (request) => {
    request.language = pickLanguage(request.headers['accept-language']);
    request.auth = null;
    // Only API routes use the session: web assets and unknown paths skip the database lookup.
    // Routing is done before onRequest, so the rule is known before any body is parsed.
    if (!request.url.startsWith('/api') || request.is404) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token && token.length <= 200) request.auth = await findSession(db, token, policy);
    const config = request.routeOptions.config;
    const access = config.access;
    if (access === undefined) throw errors.forbidden();

    if (access !== 'public') {
      if (!request.auth) throw errors.unauthenticated();
      if (access !== 'signedIn' && !roleHas(request.auth.user.role, access)) throw errors.forbidden();
    }
    if (!SAFE_METHODS.has(request.method) && !config.csrfExempt) checkCsrf(request);
  });
}

/**
 * Signed in: the header must equal the token bound to the session (rotated at login).
 * Anonymous: double-submit — the header must equal the `simpul_csrf` cookie, which a page on
 * another site can neither read nor set.
 */
function checkCsrf(request: FastifyRequest): void {
  const header = request.headers['x-csrf-token'];
  const sent = Array.isArray(header) ? header[0] : header;
  if (!sent) throw errors.csrf();
  const expected = request.auth ? request.auth.csrfToken : request.cookies[CSRF_COOKIE];
  if (!expected || !safeEqual(sent, expected)) throw errors.csrf();
}
