import { describe, expect, it } from 'vitest';
import { computeWeightedTotal } from '../../src/common/weighted-total.js';
import { reviewPosition, runningTotal } from '../../src/web/features/evaluation/score-progress.js';

const criteria = [
  { id: 'a', weight: 30, required: true, includedInTotal: true, scale: { kind: 'numeric' as const, min: 0, max: 10 } },
  { id: 'b', weight: 20, required: true, includedInTotal: true, scale: { kind: 'levels' as const, levels: ['kurang', 'cukup', 'baik'] } },
  { id: 'c', weight: 50, required: false, includedInTotal: true, scale: { kind: 'numeric' as const, min: 1, max: 5 } },
];

describe('runningTotal (#20.5)', () => {
  it('grows as criteria are filled and ends at the stored total when all are', () => {
    expect(runningTotal(criteria, {})).toEqual({ points: 0, filled: 0, total: 3, requiredMissing: 2 });
    expect(runningTotal(criteria, { a: 8 })).toMatchObject({ points: 24, filled: 1, requiredMissing: 1 });
    expect(runningTotal(criteria, { a: 8, b: 2 })).toMatchObject({ points: 44, filled: 2, requiredMissing: 0 });
    const full = { a: 8, b: 2, c: 4 } as const;
    const exact = computeWeightedTotal(criteria, full);
    expect(exact.ok && exact.total).toBeCloseTo(runningTotal(criteria, full).points, 10);
  });

  it('counts an abstention as filled but not as a required value', () => {
    expect(runningTotal(criteria, { c: 'abstain' })).toMatchObject({ points: 0, filled: 1, requiredMissing: 2 });
  });
});

describe('reviewPosition', () => {
  const items = ['p1', 'p2', 'p3', 'p4'].map((proposalId, i) => ({ roundId: 'r', proposalId, myStatus: i === 0 || i === 2 ? 'submitted' : 'draft' }));
  it('says how many are done and which unsubmitted one comes next, wrapping round', () => {
    expect(reviewPosition(items, 'r', 'p2')).toMatchObject({ done: 2, total: 4, next: { proposalId: 'p4' } });
    expect(reviewPosition(items, 'r', 'p4')).toMatchObject({ next: { proposalId: 'p2' } });
    expect(
      reviewPosition(
        items.map((i) => ({ ...i, myStatus: 'submitted' })),
        'r',
        'p1',
      ).next,
    ).toBeNull();
  });
});
