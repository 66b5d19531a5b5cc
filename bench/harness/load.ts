import autocannon from 'autocannon';
import type { HttpRequestSpec } from './http-client.js';
import { type LatencySummary, summarise } from './stats.js';

/**
 * Throughput under concurrency with autocannon. Every response's time is collected from
 * autocannon's `response` event, so p95 is exact (autocannon's own table stops at p97.5/p99).
 */
export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly latency: LatencySummary;
  readonly requests: number;
  readonly errors: number;
  readonly non2xx: number;
}

export interface LoadOptions {
  readonly connections: number;
  readonly durationSeconds: number;
}

export async function runLoad(baseUrl: string, specs: readonly HttpRequestSpec[], options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  let index = 0;
  // Each request takes the next spec, so all connections share one rotation through the set.
  const rotating = {
    setupRequest: (request: Record<string, unknown>) => {
      const spec = specs[index++ % specs.length]!;
      return { ...request, method: spec.method ?? 'GET', path: spec.path, headers: { ...spec.headers }, body: spec.body };
    },
  };
  const instance = autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: [rotating as never],
    timeout: 30,
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
  });
  const result = await instance;
  return {
    requestsPerSecond: result.requests.total / options.durationSeconds,
    latency: summarise(times),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
