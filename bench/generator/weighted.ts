import type { Rng } from './rng.js';

/**
 * Draws items with given weights in O(log n) (cumulative weights + binary search). Real term
 * and category frequencies are heavy-tailed, so most lists here are weighted by a Zipf law.
 */
export class Weighted<T> {
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    if (items.length === 0 || items.length !== weights.length) throw new RangeError('items and weights must be non-empty and of equal length');
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    weights.forEach((w, i) => {
      if (!(w >= 0)) throw new RangeError(`weight ${i} must be non-negative`);
      sum += w;
      this.cumulative[i] = sum;
    });
    if (sum <= 0) throw new RangeError('at least one weight must be positive');
    this.total = sum;
  }

  draw(rng: Rng): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }

  /** Share of the total weight carried by item i (used by tests and docs). */
  share(index: number): number {
    const before = index === 0 ? 0 : this.cumulative[index - 1]!;
    return (this.cumulative[index]! - before) / this.total;
  }
}

/** Weights 1/rank^s: a handful of items dominate, a long tail stays rare (s = 1 is Zipf's law). */
export function zipfWeights(count: number, exponent = 1): number[] {
  return Array.from({ length: count }, (_, i) => 1 / (i + 1) ** exponent);
}

/** Items listed most frequent first, weighted by Zipf's law. */
export function zipf<T>(items: readonly T[], exponent = 1): Weighted<T> {
  return new Weighted(items, zipfWeights(items.length, exponent));
}
