import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateCluster, largestRemainder } from './allocation.js';

const bn = (x: number) => BigInt(Math.round(x * 1_000)) * 1_000_000n; // x billion rupiah
const claimants = (weights: Record<string, number>) => Object.entries(weights).map(([key, w]) => ({ key, weight: BigInt(w) }));

describe('largestRemainder', () => {
  it('splits exactly and gives the rounding rupiah to the largest remainders', () => {
    // 5,000,000,000 × 100/175, 50/175, 25/175 = 2,857,142,857.14 · 1,428,571,428.57 · 714,285,714.29
    const out = largestRemainder(bn(5), claimants({ K1: 100, K2: 50, K3: 25 }));
    expect(out.get('K1')).toBe(2_857_142_857n);
    expect(out.get('K2')).toBe(1_428_571_429n);
    expect(out.get('K3')).toBe(714_285_714n);
  });
  it('breaks equal remainders by the larger weight, then the key', () => {
    const out = largestRemainder(2n, claimants({ b: 1, a: 1, c: 1 }));
    expect([out.get('a'), out.get('b'), out.get('c')]).toEqual([1n, 1n, 0n]);
  });
});

describe('allocateCluster (hand-computed tables)', () => {
  it('is proportional when nobody reaches a bound', () => {
    const { amounts, unallocated } = allocateCluster(bn(3.5), claimants({ C1: 100, C3: 25 }), bn(0.5), bn(3));
    expect(amounts.get('C1')).toBe(bn(2.8));
    expect(amounts.get('C3')).toBe(bn(0.7));
    expect(unallocated).toBe(0n);
  });
  it('holds regions at the maximum and spreads the rest (5 bn, max 1.8 bn → 1.8 / 1.8 / 1.4)', () => {
    const { amounts } = allocateCluster(bn(5), claimants({ K1: 100, K2: 50, K3: 25 }), 0n, bn(1.8));
    expect([amounts.get('K1'), amounts.get('K2'), amounts.get('K3')]).toEqual([bn(1.8), bn(1.8), bn(1.4)]);
  });
  it('lifts regions to the minimum and spreads the rest (5 bn, min 1.5 bn → 2 / 1.5 / 1.5)', () => {
    const { amounts } = allocateCluster(bn(5), claimants({ K1: 100, K2: 50, K3: 25 }), bn(1.5), null);
    expect([amounts.get('K1'), amounts.get('K2'), amounts.get('K3')]).toEqual([bn(2), bn(1.5), bn(1.5)]);
  });
  it('leaves out the lowest index when the minimum cannot be paid to all (5 bn, min 2 bn → 3 / 2 / none)', () => {
    const { amounts, droppedForMinimum } = allocateCluster(bn(5), claimants({ K1: 100, K2: 50, K3: 25 }), bn(2), null);
    expect([amounts.get('K1'), amounts.get('K2'), amounts.get('K3')]).toEqual([bn(3), bn(2), undefined]);
    expect(droppedForMinimum).toEqual(['K3']);
  });
  it('reports what is left when everyone is at the maximum', () => {
    const { amounts, unallocated } = allocateCluster(bn(10), claimants({ a: 3, b: 1 }), 0n, bn(3));
    expect([amounts.get('a'), amounts.get('b')]).toEqual([bn(3), bn(3)]);
    expect(unallocated).toBe(bn(4));
  });
});

describe('allocateCluster (properties)', () => {
  const input = fc
    .record({
      weights: fc.array(fc.integer({ min: 1, max: 100_000_000 }), { minLength: 1, maxLength: 40 }),
      pool: fc.bigInt({ min: 1n, max: 10n ** 13n }),
      minShare: fc.integer({ min: 0, max: 60 }),
      maxShare: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
    })
    .map(({ weights, pool, minShare, maxShare }) => {
      const n = BigInt(weights.length);
      const min = (pool * BigInt(minShare)) / (100n * n);
      const max = maxShare === null ? null : (pool * BigInt(maxShare)) / (50n * n) + min;
      return { list: weights.map((w, i) => ({ key: `r${String(i).padStart(2, '0')}`, weight: BigInt(w) })), pool, min, max };
    });

  it('spends the pool exactly, within the bounds, and never gives a better index less', () => {
    fc.assert(
      fc.property(input, ({ list, pool, min, max }) => {
        const { amounts, droppedForMinimum, unallocated } = allocateCluster(pool, list, min, max);
        let sum = 0n;
        for (const a of amounts.values()) {
          sum += a;
          expect(a >= min).toBe(true);
          if (max !== null) expect(a <= max).toBe(true);
        }
        expect(sum + unallocated).toBe(pool);
        if (max === null || BigInt(amounts.size) * max > pool) expect(unallocated).toBe(0n);
        for (const key of droppedForMinimum) expect(amounts.has(key)).toBe(false);
        const paid = list.filter((c) => amounts.has(c.key));
        for (const a of paid) for (const b of paid) if (a.weight > b.weight) expect(amounts.get(a.key)! >= amounts.get(b.key)!).toBe(true);
        for (const d of droppedForMinimum) for (const p of paid) expect(list.find((c) => c.key === d)!.weight <= p.weight).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
