import { aggregateScores, type EvaluatorScore, type ScoreScale } from './aggregation.js';
import { kendallTauOfOrders } from './kendall-tau.js';
import { type RankingBasis, rankProposals } from './ranking.js';
import { SeededRandom } from './seeded-random.js';
import { clamp } from './statistics.js';

/**
 * A synthetic jury to answer "which aggregation should the ministry publish?" with evidence.
 *
 * Each proposal has a hidden true quality; each evaluator has a personal harshness offset (a
 * harsh evaluator scores everything lower) and random noise. Each proposal is scored by k
 * evaluators drawn at random with balanced loads, the scores go through the real pipeline
 * (aggregateScores, rankProposals), and each aggregation's order is compared with the true order
 * by Kendall's tau. Everything is driven by a seed, so a report can be reproduced exactly.
 */

export interface JurySettings {
  readonly seed: number;
  readonly proposals?: number;
  readonly evaluators?: number;
  readonly reviewersPerProposal?: number;
  readonly scale?: ScoreScale;
  readonly qualityMean?: number;
  readonly qualitySd?: number;
  /** Spread of the evaluators' harshness offsets (points on the scale). */
  readonly harshnessSd?: number;
  /** Spread of the per-score noise (points on the scale). */
  readonly noiseSd?: number;
}

export const AGGREGATIONS: readonly RankingBasis[] = ['mean', 'median', 'normalised'];

export interface JuryReport {
  readonly seed: number;
  /** Kendall tau-b between the true order and each aggregation's published order. */
  readonly tau: Readonly<Record<RankingBasis, number>>;
}

export interface JuryComparison {
  readonly runs: readonly JuryReport[];
  readonly averageTau: Readonly<Record<RankingBasis, number>>;
}

export function simulateJury(settings: JurySettings): JuryReport {
  const proposals = settings.proposals ?? 300;
  const evaluators = settings.evaluators ?? 15;
  const k = settings.reviewersPerProposal ?? 3;
  const scale = settings.scale ?? { min: 0, max: 100 };
  if (!(Number.isInteger(k) && k >= 1 && k <= evaluators)) {
    throw new RangeError('reviewersPerProposal must be between 1 and the number of evaluators');
  }
  const random = new SeededRandom(settings.seed);

  const quality = Array.from({ length: proposals }, () => random.normal(settings.qualityMean ?? 60, settings.qualitySd ?? 12));
  const harshness = Array.from({ length: evaluators }, () => random.normal(0, settings.harshnessSd ?? 8));
  const noiseSd = settings.noiseSd ?? 5;

  const load = new Array<number>(evaluators).fill(0);
  const scores: EvaluatorScore[] = [];
  for (let p = 0; p < proposals; p++) {
    // Least-loaded evaluators first, ties in random order: balanced, yet not a fixed pattern.
    const panel = random
      .shuffled(Array.from({ length: evaluators }, (_, e) => e))
      .sort((a, b) => load[a]! - load[b]!)
      .slice(0, k);
    for (const e of panel) {
      load[e]!++;
      const raw = quality[p]! + harshness[e]! + random.normal(0, noiseSd);
      scores.push({
        proposalId: `P${p}`,
        evaluatorId: `E${e}`,
        score: clamp(raw, scale.min, scale.max),
      });
    }
  }

  const trueOrder = quality
    .map((q, p) => ({ q, id: `P${p}` }))
    .sort((a, b) => b.q - a.q)
    .map((x) => x.id);
  const aggregates = aggregateScores(scores, { scale }).proposals.map((a) => ({
    ...a,
    proposalNumber: Number(a.proposalId.slice(1)),
  }));
  const tau = Object.fromEntries(
    AGGREGATIONS.map((basis) => {
      const order = rankProposals(aggregates, { basis }).map((r) => r.proposal.proposalId);
      return [basis, kendallTauOfOrders(trueOrder, order)];
    }),
  ) as Record<RankingBasis, number>;
  return { seed: settings.seed, tau };
}

/** Runs the same jury settings under several seeds and averages tau per aggregation. */
export function compareAggregations(settings: Omit<JurySettings, 'seed'>, seeds: readonly number[]): JuryComparison {
  if (seeds.length === 0) throw new RangeError('at least one seed is needed');
  const runs = seeds.map((seed) => simulateJury({ ...settings, seed }));
  const averageTau = Object.fromEntries(AGGREGATIONS.map((basis) => [basis, runs.reduce((sum, r) => sum + r.tau[basis], 0) / runs.length])) as Record<RankingBasis, number>;
  return { runs, averageTau };
}
