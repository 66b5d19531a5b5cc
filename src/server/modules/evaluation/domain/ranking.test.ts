import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RankableProposal, rankProposals, tieBreakChain } from './ranking.js';

const p = (proposalNumber: number, fields: Partial<RankableProposal> = {}): RankableProposal => ({
  proposalId: `P${proposalNumber}`,
  proposalNumber,
  mean: 70,
  median: 70,
  normalised: 70,
  max: 80,
  stdDev: 5,
  ...fields,
});

describe('rankProposals', () => {
  it('documents its chain per basis', () => {
    expect(tieBreakChain('mean')).toEqual(['score', 'median', 'maxScore', 'consensus', 'proposalNumber']);
    expect(tieBreakChain('median')).toEqual(['score', 'mean', 'maxScore', 'consensus', 'proposalNumber']);
  });

  it('ranks by the chosen basis and explains each adjacent pair', () => {
    const ranked = rankProposals([p(5, { normalised: 60 }), p(4, { normalised: 90 }), p(3, { median: 75 }), p(2, { max: 95 }), p(1, { stdDev: 1 }), p(7), p(6)], {
      basis: 'normalised',
    });
    expect(ranked.map((r) => [r.rank, r.proposal.proposalNumber, r.decidedBy])).toEqual([
      [1, 4, null],
      [2, 3, 'score'],
      [3, 2, 'median'],
      [4, 1, 'maxScore'],
      [5, 6, 'consensus'],
      [6, 7, 'proposalNumber'],
      [7, 5, 'score'],
    ]);
  });

  it('uses the mean as second key when ranking by median', () => {
    const ranked = rankProposals([p(1, { mean: 60 }), p(2, { mean: 65 })], { basis: 'median' });
    expect(ranked.map((r) => [r.proposal.proposalNumber, r.decidedBy])).toEqual([
      [2, null],
      [1, 'mean'],
    ]);
  });

  it('treats floating-point noise as a tie', () => {
    const ranked = rankProposals([p(2, { mean: 0.1 + 0.2 }), p(1, { mean: 0.3 })], {
      basis: 'mean',
    });
    expect(ranked.map((r) => [r.proposal.proposalNumber, r.decidedBy])).toEqual([
      [1, null],
      [2, 'proposalNumber'],
    ]);
  });

  it('refuses duplicate proposal numbers, which would make the order arbitrary', () => {
    expect(() => rankProposals([p(1), p(1)], { basis: 'mean' })).toThrow(/not unique/);
  });

  it('is a deterministic total order whatever the input order', () => {
    const small = fc.integer({ min: 0, max: 3 }).map((x) => 60 + 10 * x);
    const entries = fc.uniqueArray(
      fc.record({
        proposalNumber: fc.integer({ min: 1, max: 500 }),
        mean: small,
        median: small,
        normalised: small,
        max: small,
        stdDev: small,
      }),
      { selector: (e) => e.proposalNumber, maxLength: 25 },
    );
    fc.assert(
      fc.property(entries, fc.constantFrom('mean', 'median', 'normalised' as const), (rows, basis) => {
        const items = rows.map((r) => p(r.proposalNumber, r));
        const forward = rankProposals(items, { basis });
        const backward = rankProposals([...items].reverse(), { basis });
        expect(backward.map((r) => r.proposal.proposalId)).toEqual(forward.map((r) => r.proposal.proposalId));
        forward.forEach((r, i) => {
          expect(r.rank).toBe(i + 1);
          if (i === 0) return;
          const above = forward[i - 1]!.proposal;
          expect(above[basis]).toBeGreaterThanOrEqual(r.proposal[basis]);
          if (r.decidedBy !== 'score') expect(above[basis]).toBe(r.proposal[basis]);
        });
      }),
      { numRuns: 200 },
    );
  });
});
