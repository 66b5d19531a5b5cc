import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clamp, mean, median, populationStdDev } from './statistics.js';

describe('statistics', () => {
  it('computes mean, median and population standard deviation', () => {
    expect(mean([2, 4, 9])).toBe(5);
    expect(median([9, 2, 4])).toBe(4);
    expect(median([1, 9, 2, 4])).toBe(3);
    expect(populationStdDev([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    expect(populationStdDev([7])).toBe(0);
    expect(clamp(120, 0, 100)).toBe(100);
    expect(() => mean([])).toThrow(RangeError);
  });

  it('keeps mean and median between the smallest and largest value', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }), (xs) => {
        const lo = Math.min(...xs);
        const hi = Math.max(...xs);
        for (const stat of [mean(xs), median(xs)]) {
          expect(stat).toBeGreaterThanOrEqual(lo - 1e-9);
          expect(stat).toBeLessThanOrEqual(hi + 1e-9);
        }
        expect(populationStdDev(xs)).toBeLessThanOrEqual((hi - lo) / 2 + 1e-6);
      }),
      { numRuns: 200 },
    );
  });
});
