import type { FastifyInstance } from 'fastify';
import { Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics of one app instance: its own registry (tests build many apps in one
 * process, so nothing goes to prom-client's global registry), request latency per route, and
 * the gauges `GET /metrics` fills in at scrape time (modules/metrics).
 */
export interface AppMetrics {
  registry: Registry;
  requestDuration: Histogram<'route' | 'method' | 'status_class'>;
}

/** Seconds; from a cached read (~5 ms) to a large export (10 s). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createAppMetrics(): AppMetrics {
  const registry = new Registry();
  const requestDuration = new Histogram({
    name: 'simpul_http_request_duration_seconds',
    help: 'Time from request received to response sent, by route pattern, method and status class.',
    labelNames: ['route', 'method', 'status_class'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  return { registry, requestDuration };
}

/**
 * Observes every answered request. The label is the route *pattern* (`/api/proposals/:id`), never
 * the URL, so the number of series stays bounded; unmatched paths share one label.
 */
export function registerRequestMetrics(app: FastifyInstance, metrics: AppMetrics): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.is404 ? 'unmatched' : (request.routeOptions.url ?? 'unmatched');
    metrics.requestDuration.observe({ route, method: request.method, status_class: `${Math.floor(reply.statusCode / 100)}xx` }, reply.elapsedTime / 1000);
  });
}
