/**
 * Descriptive statistics shared by aggregation, ranking and simulation.
 * All take non-empty arrays; callers decide what an empty group means.
 */

export function mean(values: readonly number[]): number {
  requireValues(values);
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Middle value; for an even count the average of the two middle values. */
export function median(values: readonly number[]): number {
  requireValues(values);
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Population standard deviation (divides by n). The evaluators' scores are the whole population
 * being described, not a sample, and n = 1 then gives 0 instead of undefined.
 * Two-pass to avoid the cancellation error of the sum-of-squares formula.
 */
export function populationStdDev(values: readonly number[]): number {
  const m = mean(values);
  let squares = 0;
  for (const v of values) squares += (v - m) * (v - m);
  return Math.sqrt(squares / values.length);
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function requireValues(values: readonly number[]): void {
  if (values.length === 0) throw new RangeError('statistics of an empty list are undefined');
}
