import type { ProposalAggregate } from './aggregation.js';

/**
 * Orders proposals by a chosen aggregate with a fixed, published tie-break chain, so that two
 * runs on the same scores always give the same list and every adjacent pair can be explained to
 * a participant ("ranked above because of a higher median").
 *
 * The chain, each step used only when all previous ones are equal:
 *   1. `score`          higher chosen aggregate (mean, median or normalised);
 *   2. `median`         higher median: the robust centre, insensitive to one outlier evaluator
 *                       (`mean` instead when the chosen aggregate already is the median);
 *   3. `maxScore`       higher best single-evaluator score: at least one evaluator was convinced;
 *   4. `consensus`      lower standard deviation among evaluators: a steadier judgement;
 *   5. `proposalNumber` lower registration number (earlier submission): unique, so the order is
 *                       total and deterministic.
 *
 * Scores are compared after rounding to `decimals` places (default 6) so that floating-point
 * noise from different summation orders never decides a rank; rounding (rather than an epsilon)
 * keeps "equal" transitive, which a sort requires.
 */

export type RankingBasis = 'mean' | 'median' | 'normalised';

export type TieBreak = 'score' | 'median' | 'mean' | 'maxScore' | 'consensus' | 'proposalNumber';

export type RankableProposal = Pick<ProposalAggregate, 'proposalId' | 'mean' | 'median' | 'normalised' | 'max' | 'stdDev'> & {
  /** Registration number, unique within the competition. */
  readonly proposalNumber: number;
};

export interface RankedProposal<T extends RankableProposal> {
  /** 1-based and unique. */
  readonly rank: number;
  readonly proposal: T;
  /** The step of the chain that put this proposal below the previous one (null for rank 1). */
  readonly decidedBy: TieBreak | null;
}

export interface RankingOptions {
  readonly basis: RankingBasis;
  readonly decimals?: number;
}

interface Step {
  readonly name: TieBreak;
  /** Negative when `a` ranks above `b`. */
  readonly compare: (a: RankableProposal, b: RankableProposal) => number;
}

export function tieBreakChain(basis: RankingBasis, decimals = 6): readonly TieBreak[] {
  return buildChain(basis, decimals).map((step) => step.name);
}

export function rankProposals<T extends RankableProposal>(proposals: readonly T[], options: RankingOptions): RankedProposal<T>[] {
  const numbers = new Set<number>();
  for (const p of proposals) {
    if (numbers.has(p.proposalNumber)) {
      throw new RangeError(`proposal number ${p.proposalNumber} is not unique`);
    }
    numbers.add(p.proposalNumber);
  }
  const chain = buildChain(options.basis, options.decimals ?? 6);
  const decidingStep = (a: T, b: T): Step | undefined => chain.find((step) => step.compare(a, b) !== 0);
  const sorted = [...proposals].sort((a, b) => decidingStep(a, b)?.compare(a, b) ?? 0);
  return sorted.map((proposal, i) => ({
    rank: i + 1,
    proposal,
    decidedBy: i === 0 ? null : (decidingStep(sorted[i - 1]!, proposal)?.name ?? null),
  }));
}

function buildChain(basis: RankingBasis, decimals: number): Step[] {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 12) {
    throw new RangeError('decimals must be an integer between 0 and 12');
  }
  const factor = 10 ** decimals;
  const rounded = (x: number) => Math.round(x * factor);
  const higher = (value: (p: RankableProposal) => number) => (a: RankableProposal, b: RankableProposal) => rounded(value(b)) - rounded(value(a));
  const secondary: Step = basis === 'median' ? { name: 'mean', compare: higher((p) => p.mean) } : { name: 'median', compare: higher((p) => p.median) };
  return [
    { name: 'score', compare: higher((p) => p[basis]) },
    secondary,
    { name: 'maxScore', compare: higher((p) => p.max) },
    { name: 'consensus', compare: (a, b) => rounded(a.stdDev) - rounded(b.stdDev) },
    { name: 'proposalNumber', compare: (a, b) => a.proposalNumber - b.proposalNumber },
  ];
}
