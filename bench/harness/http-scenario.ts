import { CEILING_PATH, type CapturedStatement } from './server-protocol.js';
import { type HttpRequestSpec, sequentialLatencies, timedRequest } from './http-client.js';
import { runLoad } from './load.js';
import type { Metric } from './results.js';
import type { EngineContext, ScenarioOutput } from './scenario.js';
import { summarise } from './stats.js';

/**
 * The measurement every HTTP scenario shares, so their figures mean the same thing:
 *
 * 1. single-user latency: each request of the set in turn over one keep-alive connection,
 *    `rounds` passes after a warm-up pass (p50 / p95 / p99);
 * 2. the framework ceiling: the same requests sent to a route of the same server that answers
 *    the body the real route returned for that request (same size, same hooks), measured alike;
 * 3. the database ceiling (read-only scenarios): the SQL each request sent, recorded through
 *    Kysely's log hook, replayed back to back on the raw driver (pg.Client / PGlite) in the server
 *    process; no HTTP, no validation, no serialisation;
 * 4. throughput with `connections` concurrent connections (autocannon), ours and the ceiling's.
 */
export interface HttpScenarioSpec {
  /** Prefix for the ceiling keys. */
  readonly key: string;
  readonly requests: readonly HttpRequestSpec[];
  readonly expectStatus?: number;
  /** Replay the recorded SQL on the driver (only for requests that do not write). */
  readonly databaseCeiling: boolean;
  /** Requests for the load test, when they must differ from the latency set (e.g. more accounts). */
  readonly loadRequests?: readonly HttpRequestSpec[];
}

export async function measureHttpScenario(ctx: EngineContext, spec: HttpScenarioSpec): Promise<ScenarioOutput & { statements: CapturedStatement[][] }> {
  const { server, profile } = ctx;
  if (profile.requestLimit !== undefined) spec = { ...spec, requests: spec.requests.slice(0, profile.requestLimit) };
  const status = spec.expectStatus ?? 200;
  const base = server.baseUrl;

  // The bodies to precompute, and the SQL of each request.
  const statements: CapturedStatement[][] = [];
  const ceilingRequests: HttpRequestSpec[] = [];
  for (const [i, request] of spec.requests.entries()) {
    await server.startCapture();
    const response = await timedRequest(base, request);
    statements.push(await server.stopCapture());
    if (response.status !== status) throw new Error(`${request.method ?? 'GET'} ${request.path} answered ${response.status}: ${response.body.slice(0, 300)}`);
    const key = `${spec.key}-${i}`;
    await server.setCeiling(key, response.body, String(response.headers['content-type'] ?? 'application/json; charset=utf-8'));
    ceilingRequests.push({ ...request, path: `${CEILING_PATH}/${key}` });
  }
  if (spec.databaseCeiling) {
    // Reads only: replaying an insert or update would measure a different database state.
    const writes = statements.flat().filter((s) => !/^\s*(\(?\s*select|with|explain|show)\b/i.test(s.sql));
    if (writes.length > 0) throw new Error(`database ceiling asked for a scenario that writes: ${writes[0]!.sql.slice(0, 80)}`);
  }

  ctx.log(`${spec.key}: single-user latency (${spec.requests.length} requests × ${profile.rounds})`);
  const ours = await sequentialLatencies(base, spec.requests, profile.rounds, status);
  const framework = await sequentialLatencies(base, ceilingRequests, profile.rounds, status);
  const database = spec.databaseCeiling ? await server.replay(statements, profile.rounds) : null;

  ctx.log(`${spec.key}: ${profile.connections} connections for ${profile.loadSeconds} s, then the ceiling`);
  const loaded = await runLoad(base, spec.loadRequests ?? spec.requests, { connections: profile.connections, durationSeconds: profile.loadSeconds });
  const loadedCeiling = await runLoad(
    base,
    spec.loadRequests ? spec.loadRequests.map((r, i) => ({ ...r, path: ceilingRequests[i % ceilingRequests.length]!.path })) : ceilingRequests,
    {
      connections: profile.connections,
      durationSeconds: profile.loadSeconds,
    },
  );

  const single = summarise(ours.ms);
  const singleFramework = summarise(framework.ms);
  const singleDatabase = database ? summarise(database) : null;
  const ceilings = (frameworkValue: number, databaseValue?: number) => [
    { kind: 'framework' as const, value: frameworkValue },
    ...(databaseValue !== undefined ? [{ kind: 'database' as const, value: databaseValue }] : []),
  ];
  const metrics: Metric[] = [
    { name: 'latency p50', value: single.p50, unit: 'ms', better: 'lower', ceilings: ceilings(singleFramework.p50, singleDatabase?.p50) },
    { name: 'latency p95', value: single.p95, unit: 'ms', better: 'lower', ceilings: ceilings(singleFramework.p95, singleDatabase?.p95) },
    { name: 'latency p99', value: single.p99, unit: 'ms', better: 'lower', ceilings: ceilings(singleFramework.p99, singleDatabase?.p99) },
    {
      name: `throughput @${profile.connections}`,
      value: loaded.requestsPerSecond,
      unit: 'req/s',
      better: 'higher',
      ceilings: ceilings(loadedCeiling.requestsPerSecond),
    },
    { name: `p50 under load @${profile.connections}`, value: loaded.latency.p50, unit: 'ms', better: 'lower', ceilings: ceilings(loadedCeiling.latency.p50) },
    { name: `p95 under load @${profile.connections}`, value: loaded.latency.p95, unit: 'ms', better: 'lower', ceilings: ceilings(loadedCeiling.latency.p95) },
    { name: `p99 under load @${profile.connections}`, value: loaded.latency.p99, unit: 'ms', better: 'lower', ceilings: ceilings(loadedCeiling.latency.p99) },
    { name: 'response size', value: ours.bytes.reduce((a, b) => a + b, 0) / (ours.bytes.length || 1), unit: 'bytes', better: 'none' },
  ];
  if (loaded.errors + loaded.non2xx > 0) {
    metrics.push({ name: 'failed requests under load', value: loaded.errors + loaded.non2xx, unit: 'count', better: 'lower' });
  }
  return {
    metrics,
    statements,
    details: {
      requests: spec.requests.length,
      rounds: profile.rounds,
      slowest: slowest(spec.requests, ours.ms),
      statementsPerRequest: statements.reduce((n, s) => n + s.length, 0) / (statements.length || 1),
      load: { requests: loaded.requests, errors: loaded.errors, non2xx: loaded.non2xx, ceilingRequests: loadedCeiling.requests },
    },
  };
}

/** Per-request medians, to name the slowest requests of a set in the report. */
export function slowest(requests: readonly HttpRequestSpec[], ms: readonly number[], count = 5): { path: string; ms: number }[] {
  const per = new Map<string, number[]>();
  ms.forEach((t, i) => {
    const path = requests[i % requests.length]!.path;
    per.set(path, [...(per.get(path) ?? []), t]);
  });
  return [...per]
    .map(([path, times]) => ({ path, ms: summarise(times).p50 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}
