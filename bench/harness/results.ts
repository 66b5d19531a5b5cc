/**
 * The shape of a benchmark run as written to bench/results/<timestamp>.json. Figures are plain
 * numbers with a unit and a direction, so any later run can be compared with any earlier one.
 */
export type Engine = 'pglite' | 'postgres';
/** Which way is better for a figure; `none` for facts that are not better or worse (counts). */
export type Better = 'lower' | 'higher' | 'none';
/**
 * framework: the same server answering a precomputed body of the same size;
 * database: the scenario's SQL run directly on the driver;
 * browser: the same page served as static HTML without scripts.
 */
export type CeilingKind = 'framework' | 'database' | 'browser';

export interface Metric {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly better: Better;
  readonly ceilings?: readonly { kind: CeilingKind; value: number }[];
  readonly note?: string;
}

export interface ScenarioResult {
  readonly id: string;
  readonly title: string;
  /** null for scenarios that do not touch a database (pure algorithms, the web build). */
  readonly engine: Engine | null;
  readonly metrics: readonly Metric[];
  readonly details?: Record<string, unknown>;
  /** Set when the scenario could not run; its figures are then absent. */
  readonly error?: string;
  readonly durationMs: number;
}

export interface Regression {
  readonly key: string;
  readonly previous: number;
  readonly current: number;
  readonly unit: string;
  /** Relative change in the bad direction (0.25 = 25% worse). */
  readonly worseBy: number;
}

export interface BenchResults {
  readonly version: 1;
  readonly mode: 'full' | 'quick' | 'tiny';
  readonly startedAt: string;
  finishedAt: string;
  readonly machine: Record<string, unknown>;
  /** The data set the figures were measured on; runs are only compared on the same one. */
  readonly dataset: { seed: number; innovations: number; proposalScale: number };
  readonly engines: Partial<Record<Engine, Record<string, unknown>>>;
  readonly scenarios: ScenarioResult[];
  comparison?: { previousFile: string | null; regressions: Regression[]; compared: number };
}

export function metricKey(scenario: Pick<ScenarioResult, 'id' | 'engine'>, metric: Pick<Metric, 'name'>): string {
  return `${scenario.id} · ${scenario.engine ?? '-'} · ${metric.name}`;
}

/** ours / ceiling; a latency ratio of 4 means four times the ceiling's time. */
export function ceilingRatio(metric: Metric, kind: CeilingKind): number | null {
  const ceiling = metric.ceilings?.find((c) => c.kind === kind);
  if (!ceiling || ceiling.value === 0) return null;
  return metric.value / ceiling.value;
}
