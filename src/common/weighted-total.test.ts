import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Criterion, computeWeightedTotal, validateCriteria } from './weighted-total.js';

const numeric = (id: string, weight: number, min = 1, max = 5, extra: Partial<Criterion> = {}): Criterion => ({
  id,
  weight,
  scale: { kind: 'numeric', min, max },
  required: true,
  includedInTotal: true,
  ...extra,
});
const levels: Criterion = {
  id: 'sustainability',
  weight: 1,
  scale: { kind: 'levels', levels: ['kurang', 'cukup', 'baik', 'sangat baik'] },
  required: false,
  includedInTotal: true,
};

describe('computeWeightedTotal', () => {
  it('maps every scale onto 0..1 and weights it', () => {
    const criteria = [numeric('novelty', 3), numeric('benefit', 1, 0, 10), levels];
    const result = computeWeightedTotal(criteria, { novelty: 5, benefit: 5, sustainability: 2 });
    // (3 * 1 + 1 * 0.5 + 1 * 2/3) / 5 = 0.8333...
    expect(result.ok && result.total).toBeCloseTo(83.3333, 3);
  });

  it('drops abstained optional criteria and rescales the remaining weights', () => {
    const criteria = [numeric('novelty', 1), levels];
    const result = computeWeightedTotal(criteria, { novelty: 3, sustainability: 'abstain' });
    expect(result).toEqual({
      ok: true,
      total: 50,
      contributions: [{ criterionId: 'novelty', normalised: 0.5, effectiveWeight: 1 }],
      skippedCriterionIds: ['sustainability'],
    });
  });

  it('ignores criteria not included in the total, but still validates them', () => {
    const screening = numeric('screening', 10, 0, 1, { required: false, includedInTotal: false });
    expect(computeWeightedTotal([numeric('novelty', 1), screening], { novelty: 5, screening: 0 })).toMatchObject({
      ok: true,
      total: 100,
    });
    expect(computeWeightedTotal([numeric('novelty', 1), screening], { novelty: 5, screening: 2 })).toMatchObject({
      ok: false,
      errors: [{ code: 'out-of-scale', criterionId: 'screening' }],
    });
  });

  it('reports every problem of a sheet at once', () => {
    const result = computeWeightedTotal([numeric('novelty', 1), numeric('benefit', 1), levels], {
      novelty: 'abstain',
      benefit: 6,
      sustainability: 1.5,
      typo: 3,
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { code: 'unknown-criterion', criterionId: 'typo' },
        { code: 'missing-required', criterionId: 'novelty' },
        {
          code: 'out-of-scale',
          criterionId: 'benefit',
          value: 6,
          min: 1,
          max: 5,
          integerOnly: false,
        },
        {
          code: 'out-of-scale',
          criterionId: 'sustainability',
          value: 1.5,
          min: 0,
          max: 3,
          integerOnly: true,
        },
      ],
    });
  });

  it('refuses a sheet where nothing counted was scored', () => {
    expect(computeWeightedTotal([levels], {})).toEqual({
      ok: false,
      errors: [{ code: 'nothing-to-total' }],
    });
  });

  it('rejects unusable criteria definitions', () => {
    expect(() => validateCriteria([numeric('a', 0)])).toThrow(/weight/);
    expect(() => validateCriteria([numeric('a', 1, 5, 5)])).toThrow(/scale/);
    expect(() => validateCriteria([{ ...levels, scale: { kind: 'levels', levels: ['only'] } }])).toThrow(/scale/);
    expect(() => validateCriteria([numeric('a', 1), numeric('a', 2)])).toThrow(/duplicate/);
  });

  it('always lands in 0..100, monotone in every criterion, and scale-free in the weights', () => {
    const sheetArb = fc.array(
      fc.record({
        weight: fc.integer({ min: 1, max: 50 }),
        min: fc.integer({ min: -5, max: 5 }),
        width: fc.integer({ min: 1, max: 10 }),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(sheetArb, fc.integer({ min: 2, max: 9 }), (rows, factor) => {
        const criteria = rows.map((r, i) => numeric(`c${i}`, r.weight, r.min, r.min + r.width));
        const sheet = Object.fromEntries(rows.map((r, i) => [`c${i}`, r.min + r.at * r.width]));
        const base = computeWeightedTotal(criteria, sheet);
        if (!base.ok) throw new Error('expected a valid sheet');
        expect(base.total).toBeGreaterThanOrEqual(0);
        expect(base.total).toBeLessThanOrEqual(100);

        const heavier = computeWeightedTotal(
          criteria.map((c) => ({ ...c, weight: c.weight * factor })),
          sheet,
        );
        expect(heavier.ok && heavier.total).toBeCloseTo(base.total, 9);

        const top = { ...sheet, c0: rows[0]!.min + rows[0]!.width };
        const better = computeWeightedTotal(criteria, top);
        expect(better.ok && better.total).toBeGreaterThanOrEqual(base.total - 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});
