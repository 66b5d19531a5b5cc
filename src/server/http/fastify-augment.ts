import type { RequestAuth } from '../auth/auth-user.js';
import type { RouteAccess } from '../auth/permissions.js';
import type { Language } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in session, or null for an anonymous visitor. */
    auth: RequestAuth | null;
    language: Language;
  }
  interface FastifyContextConfig {
    /** Required on every /api route; a route without it makes the app refuse to start. */
    access?: RouteAccess;
    /** Skip the CSRF check (only for routes that change nothing despite their method). */
    csrfExempt?: boolean;
  }
}
