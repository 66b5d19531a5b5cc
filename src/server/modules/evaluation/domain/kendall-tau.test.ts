import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kendallTauB, kendallTauOfOrders } from './kendall-tau.js';

/** Direct O(n^2) definition of tau-b, the reference for the fast version. */
function naiveTauB(x: readonly number[], y: readonly number[]): number {
  let concordant = 0;
  let discordant = 0;
  let onlyX = 0;
  let onlyY = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const dx = Math.sign(x[i]! - x[j]!);
      const dy = Math.sign(y[i]! - y[j]!);
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) onlyX++;
      else if (dy === 0) onlyY++;
      else if (dx === dy) concordant++;
      else discordant++;
    }
  }
  const denominator = Math.sqrt((concordant + discordant + onlyY) * (concordant + discordant + onlyX));
  return denominator === 0 ? Number.NaN : (concordant - discordant) / denominator;
}

describe('kendallTauB', () => {
  it('is 1 for identical orders and -1 for reversed ones', () => {
    expect(kendallTauB([1, 2, 3, 4], [10, 20, 30, 40])).toBe(1);
    expect(kendallTauB([1, 2, 3, 4], [40, 30, 20, 10])).toBe(-1);
    expect(kendallTauOfOrders(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(1);
    expect(kendallTauOfOrders(['a', 'b', 'c'], ['c', 'b', 'a'])).toBe(-1);
  });

  it('matches a textbook value with ties', () => {
    // One discordant pair out of six, no ties: (5 - 1) / 6.
    expect(kendallTauB([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(2 / 3, 12);
    expect(kendallTauB([1, 1, 2], [1, 2, 3])).toBeCloseTo(2 / Math.sqrt(6), 12);
  });

  it('is undefined (NaN) when one side is constant', () => {
    expect(kendallTauB([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(kendallTauB([], [])).toBeNaN();
  });

  it('equals the O(n^2) definition, ties included', () => {
    const value = fc.integer({ min: 0, max: 6 });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { maxLength: 60 }), (rows) => {
        const x = rows.map((r) => r[0]);
        const y = rows.map((r) => r[1]);
        const fast = kendallTauB(x, y);
        const slow = naiveTauB(x, y);
        if (Number.isNaN(slow)) expect(fast).toBeNaN();
        else expect(fast).toBeCloseTo(slow, 12);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects mismatched inputs', () => {
    expect(() => kendallTauB([1], [1, 2])).toThrow(RangeError);
    expect(() => kendallTauOfOrders(['a', 'b'], ['a', 'c'])).toThrow(RangeError);
  });
});
