import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance, FastifyReply, FastifyRequest, onSendHookHandler } from 'fastify';

/**
 * Compresses `/api` answers (JSON, CSV, Markdown) for clients that ask with `accept-encoding`, so
 * the one-command embedded setup, which has no reverse proxy, does not send catalog pages and
 * admin lists raw. The web build is left alone: its files are compressed once at build time and
 * sent from their .br/.gz siblings (web-app.ts); compressing them again per request would only
 * cost CPU.
 */

/** Below this many bytes compression saves less than it costs (headers, CPU). */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Brotli's default quality 11 takes tens of milliseconds per catalog page; 4 compresses a JSON
 * page about as fast as gzip's default level and still smaller (docs/PERFORMANCE.md).
 */
export const BROTLI_QUALITY = 4;

/**
 * Only text gains: XLSX is a zip, PDFs and images are compressed already, and stored files of
 * other types go out as opaque `application/octet-stream` (storage/download-headers.ts).
 */
const COMPRESSIBLE = /^(?:text\/(?!event-stream)|application\/(?:[\w.-]+\+)?json(?:;|$))/i;

export function isCompressibleType(contentType: string): boolean {
  return COMPRESSIBLE.test(contentType.trim());
}

const isApiRoute = (url: string) => url === '/api' || url.startsWith('/api/');

/**
 * Answers that carry the session's CSRF token (sign-in, `me`) are never compressed, whatever their
 * size: a compressed secret next to text an attacker can influence leaks through the length
 * (BREACH). They are small, so nothing is lost.
 */
const carriesSessionSecret = (url: string) => url.startsWith('/api/auth/');

/**
 * Every `/api` answer may come in another encoding depending on `accept-encoding` (small ones and
 * binary types do not, but that is the server's choice per response), so caches must key on it.
 */
const varyOnAcceptEncoding: onSendHookHandler = async (_request: FastifyRequest, reply: FastifyReply, payload) => {
  const vary = reply.getHeader('vary');
  const given = (Array.isArray(vary) ? vary.join(',') : String(vary ?? '')).toLowerCase();
  if (!given.includes('accept-encoding') && !given.includes('*')) reply.header('vary', given ? `${String(vary)}, accept-encoding` : 'accept-encoding');
  return payload;
};

/** Register before any route: the plugin attaches its hook to each route as the route is added. */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  // Runs before the plugin's own onRoute hook (hooks run in the order they were added): routes
  // outside /api are marked `compress: false`, so the plugin leaves them untouched.
  app.addHook('onRoute', (route) => {
    if (!isApiRoute(route.url) || carriesSessionSecret(route.url)) {
      route.compress ??= false;
      if (!isApiRoute(route.url)) return;
    }
    const onSend = route.onSend === undefined ? [] : Array.isArray(route.onSend) ? route.onSend : [route.onSend];
    route.onSend = [...onSend, varyOnAcceptEncoding];
  });
  await app.register(fastifyCompress, {
    global: true,
    // Request bodies are never decompressed: a small gzip body could inflate far past the body
    // limit, and no client of ours sends one.
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: COMPRESSION_THRESHOLD_BYTES,
    customTypes: isCompressibleType,
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
    zlibOptions: { level: 6 },
  });
}
