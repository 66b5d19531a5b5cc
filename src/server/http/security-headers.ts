import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Headers on every response. The CSP allows no inline script; styles may be inline because the
 * component library sets style attributes at run time.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The headers that do not depend on the request; also written by raw early refusals (`client-errors.ts`). */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * Also used directly by replies that bypass the hooks (router-level errors). A CSP the route set
 * itself is kept: only `safeDownloadHeaders` sets one, and it is stricter than the app's (no
 * sources at all, `sandbox`), so a stored file or generated document can never run script.
 */
export function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) {
    if (name === 'content-security-policy' && reply.hasHeader(name)) continue;
    reply.header(name, value);
  }
  reply.header('x-request-id', request.id);
  if (request.url.startsWith('/api') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
}

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    setSecurityHeaders(request, reply);
    return payload;
  });
}
