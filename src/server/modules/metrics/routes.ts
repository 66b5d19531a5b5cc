import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { safeEqual } from '../../auth/tokens.js';
import type { AppDeps } from '../../deps.js';
import { AppError, errors } from '../../http/errors.js';
import type { AppMetrics } from '../../http/request-metrics.js';
import { createMetricsService } from './service.js';

/**
 * `GET /metrics`: Prometheus text format for operators. Guarded by a bearer token (config
 * METRICS_TOKEN), not by a session: a scraper has no account. Without METRICS_TOKEN the endpoint
 * does not exist (404); with it, a request without the exact token is 401. Outside /api, so the
 * session hooks skip it; hidden from the OpenAPI document (not JSON).
 */
export function metricsRoutes(deps: AppDeps, metrics: AppMetrics): FastifyPluginAsyncZod {
  const service = createMetricsService(deps.db, metrics);
  const token = deps.config.METRICS_TOKEN;
  return async (app) => {
    app.get('/metrics', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
      if (!token) throw errors.notFound({ id: 'Halaman', en: 'Page' });
      const header = request.headers.authorization ?? '';
      const sent = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
      if (!sent || !safeEqual(sent, token)) {
        throw new AppError(
          401,
          'METRICS_TOKEN_REQUIRED',
          { id: 'Metrik hanya untuk operator: kirim token METRICS_TOKEN sebagai Bearer.', en: 'Metrics are for operators: send the METRICS_TOKEN as a Bearer token.' },
          undefined,
          { 'www-authenticate': 'Bearer realm="metrics"' },
        );
      }
      return reply
        .header('content-type', service.contentType)
        .header('cache-control', 'no-store')
        .send(await service.render());
    });
  };
}
