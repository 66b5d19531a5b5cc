/**
 * Percentiles by linear interpolation between closest ranks (the definition most tools use,
 * e.g. numpy's default), over a copy so callers keep their sample order.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be in [0, 100], got ${p}`);
  const sorted = Float64Array.from(values).sort();
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly mean: number;
  readonly max: number;
}

export function summarise(samples: readonly number[]): LatencySummary {
  let sum = 0;
  // A loop, not Math.max(...samples): a load test collects more samples than the call stack holds.
  let max = Number.NaN;
  for (const x of samples) {
    sum += x;
    if (!(x <= max)) max = x;
  }
  return {
    count: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    mean: sum / (samples.length || 1),
    max,
  };
}

/** Rounds for reports: 3 significant digits is all a noisy 2-core machine can promise. */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** Math.max(0, digits - 1 - magnitude);
  return Math.round(value * factor) / factor;
}
