import { performance } from 'node:perf_hooks';
import type { ScenarioResult } from './results.js';
import type { EngineContext, EngineScenario, StandaloneContext, StandaloneScenario } from './scenario.js';

/**
 * Runs scenarios one after another; a failing scenario is recorded with its error and the
 * others still run, so one broken feature never hides every other figure.
 */
export async function runEngineScenarios(scenarios: readonly EngineScenario[], ctx: EngineContext): Promise<ScenarioResult[]> {
  const tables = new Set((await ctx.server.query<{ tablename: string }>("select tablename from pg_tables where schemaname = 'public'")).map((r) => r.tablename));
  const out: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    const missing = (scenario.requiresTables ?? []).filter((t) => !tables.has(t));
    if (missing.length > 0) {
      out.push({ id: scenario.id, title: scenario.title, engine: ctx.engine, metrics: [], error: `tables not in this schema yet: ${missing.join(', ')}`, durationMs: 0 });
      continue;
    }
    ctx.log(`${ctx.engine}: ${scenario.id}`);
    out.push(await timed(scenario, ctx.engine, () => scenario.run(ctx), ctx.log));
  }
  return out;
}

export async function runStandalone(scenarios: readonly StandaloneScenario[], ctx: StandaloneContext): Promise<ScenarioResult[]> {
  const out: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    ctx.log(scenario.id);
    out.push(await timed(scenario, null, () => scenario.run(ctx), ctx.log));
  }
  return out;
}

async function timed(
  scenario: { id: string; title: string },
  engine: ScenarioResult['engine'],
  run: () => Promise<{ metrics: ScenarioResult['metrics']; details?: Record<string, unknown> }>,
  log: (m: string) => void,
): Promise<ScenarioResult> {
  const started = performance.now();
  try {
    const output = await run();
    return { id: scenario.id, title: scenario.title, engine, metrics: output.metrics, details: output.details, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`${scenario.id}${engine ? ` (${engine})` : ''} failed: ${message}`);
    return { id: scenario.id, title: scenario.title, engine, metrics: [], error: message, durationMs: Math.round(performance.now() - started) };
  }
}
