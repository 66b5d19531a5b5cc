import { timedRequest } from '../harness/http-client.js';
import { runLoad } from '../harness/load.js';
import type { Metric } from '../harness/results.js';
import type { EngineScenario } from '../harness/scenario.js';
import { summarise } from '../harness/stats.js';
import { queryStream } from '../relevance/query-stream.js';
import { catalogSearchPath } from './catalog-queries.js';

/**
 * Issue #13.6: catalog search under a realistic query stream (3,000 distinct queries + the 50
 * fixed ones, Zipf popularity), cold and warm. "Cold" starts right after the search generation
 * is bumped (every cached answer is void, as after a publish); "warm" runs the same stream
 * again. Single-user latency is reported for the stream's first occurrences (answers that had
 * to be computed) and for all requests.
 */
export const searchStreamScenario: EngineScenario = {
  kind: 'engine',
  id: 'search-stream',
  title: 'Catalog search: realistic query stream (3,050 distinct, Zipf), cold and warm',
  requiresTables: ['innovations'],
  async run(ctx) {
    const { profile, server } = ctx;
    const { distinct, stream } = queryStream(ctx.dataset.seed, profile.quick ? 500 : 3000, 40_000);
    const requests = stream.map((q) => ({ path: catalogSearchPath(q), headers: { 'accept-language': 'id' } }));
    const invalidate = () => server.query("select nextval('catalog_search_generation')");

    // Single user, cold: the first requests of the stream after an invalidation.
    await invalidate();
    const firstSeen = new Set<string>();
    const missMs: number[] = [];
    const allMs: number[] = [];
    const singleCount = Math.min(requests.length, profile.requestLimit ?? (profile.quick ? 150 : 400));
    for (const request of requests.slice(0, singleCount)) {
      const response = await timedRequest(server.baseUrl, request);
      if (response.status !== 200) throw new Error(`${request.path} answered ${response.status}: ${response.body.slice(0, 200)}`);
      allMs.push(response.ms);
      if (!firstSeen.has(request.path)) {
        firstSeen.add(request.path);
        missMs.push(response.ms);
      }
    }
    const miss = summarise(missMs);
    const all = summarise(allMs);

    ctx.log(`search-stream: ${profile.connections} connections for ${profile.loadSeconds} s, cold then warm`);
    await invalidate();
    const cold = await runLoad(server.baseUrl, requests, { connections: profile.connections, durationSeconds: profile.loadSeconds });
    // Requests still queued from the cold run (PGlite serves one at a time) must not count against the warm one.
    await timedRequest(server.baseUrl, requests[0]!);
    const warm = await runLoad(server.baseUrl, requests, { connections: profile.connections, durationSeconds: profile.loadSeconds });
    const metrics: Metric[] = [
      { name: 'single-user uncached p50', value: miss.p50, unit: 'ms', better: 'lower' },
      { name: 'single-user uncached p95', value: miss.p95, unit: 'ms', better: 'lower' },
      { name: 'single-user stream p95', value: all.p95, unit: 'ms', better: 'lower' },
      { name: `throughput cold @${profile.connections}`, value: cold.requestsPerSecond, unit: 'req/s', better: 'higher' },
      { name: `latency cold @${profile.connections} p95`, value: cold.latency.p95, unit: 'ms', better: 'lower' },
      { name: `throughput warm @${profile.connections}`, value: warm.requestsPerSecond, unit: 'req/s', better: 'higher' },
      { name: `latency warm @${profile.connections} p95`, value: warm.latency.p95, unit: 'ms', better: 'lower' },
    ];
    return {
      metrics,
      details: { distinctQueries: distinct.length, singleUserRequests: singleCount, singleUserMisses: missMs.length, cold, warm },
    };
  },
};
