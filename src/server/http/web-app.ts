import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built React app (dist/web) with an SPA fallback: any non-API GET that is not a
 * file returns index.html so deep links work. Hashed assets are cached for a year and sent
 * pre-compressed (brotli or gzip) when the browser accepts it.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string): Promise<boolean> {
  const indexFile = path.join(webDir, 'index.html');
  if (!fs.existsSync(indexFile)) return false;
  const indexHtml = fs.readFileSync(indexFile);
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: false,
    // `npm run build` writes .br/.gz siblings (scripts/precompress-web.mjs); send those when the
    // browser accepts them instead of compressing on every request.
    preCompressed: true,
    setHeaders(reply, filePath) {
      if (filePath.includes(`${path.sep}assets${path.sep}`)) reply.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  app.get('/*', { config: { access: 'public' } }, async (request, reply) => {
    // An unknown API address is an API error (JSON 404), not the web app's page.
    const pathname = request.url.split('?')[0] ?? '/';
    if (pathname === '/api' || pathname.startsWith('/api/')) return reply.callNotFound();
    const wanted = path.join(webDir, path.normalize(decodeURIComponent(request.url.split('?')[0] ?? '/')));
    if (wanted.startsWith(webDir + path.sep) && fs.existsSync(wanted) && fs.statSync(wanted).isFile()) {
      return reply.sendFile(path.relative(webDir, wanted));
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
  });
  return true;
}
