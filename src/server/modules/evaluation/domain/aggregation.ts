import { clamp, mean, median, populationStdDev } from './statistics.js';

/**
 * From the evaluators' totals to one summary per proposal.
 *
 * Mean and median are shown side by side (the median resists one outlier evaluator). The
 * normalised score corrects for harsh or lenient evaluators: with k = 3 reviewers out of ~10, a
 * proposal that happened to draw the harshest evaluators should not lose to an equal one that
 * drew the mildest. Each evaluator's scores are standardised against that evaluator's own mean
 * and spread, averaged per proposal, then mapped back onto the score scale through the global
 * mean and spread so the number still reads like a score.
 */

export interface EvaluatorScore {
  readonly proposalId: string;
  readonly evaluatorId: string;
  /** The evaluator's weighted total for the proposal, on `scale`. */
  readonly score: number;
}

export interface ScoreScale {
  readonly min: number;
  readonly max: number;
}

export interface AggregationOptions {
  readonly scale: ScoreScale;
  /**
   * Smallest standard deviation used when standardising (default 5% of the scale width).
   * Without it an evaluator who gave 80, 80, 81 would turn a one-point difference into two
   * standard deviations.
   */
  readonly sdFloor?: number;
  /**
   * A proposal is flagged when its highest and lowest evaluator scores differ by more than this
   * (default 25% of the scale width): the evaluators should talk before the score is used.
   */
  readonly disagreementThreshold?: number;
}

export interface ProposalAggregate {
  readonly proposalId: string;
  readonly count: number;
  readonly mean: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** max - min. */
  readonly range: number;
  /** Population standard deviation of the evaluators' scores. */
  readonly stdDev: number;
  /** Harshness-corrected score on the same scale, clamped to it. */
  readonly normalised: number;
  readonly disagreement: boolean;
}

export interface EvaluatorProfile {
  readonly evaluatorId: string;
  readonly count: number;
  readonly mean: number;
  readonly stdDev: number;
  /**
   * False when the evaluator scored fewer than 2 proposals: one score says nothing about
   * harshness, so it is placed on the global distribution as it is.
   */
  readonly standardised: boolean;
  /** Evaluator mean minus global mean: negative = harsher than the jury as a whole. */
  readonly leniency: number;
}

export interface Aggregation {
  /** In order of first appearance in the input. */
  readonly proposals: readonly ProposalAggregate[];
  readonly evaluators: readonly EvaluatorProfile[];
  readonly globalMean: number;
  readonly globalStdDev: number;
}

export function aggregateScores(scores: readonly EvaluatorScore[], options: AggregationOptions): Aggregation {
  const { scale } = options;
  const width = scale.max - scale.min;
  if (!(Number.isFinite(width) && width > 0)) throw new RangeError('scale needs min < max');
  const sdFloor = options.sdFloor ?? 0.05 * width;
  const threshold = options.disagreementThreshold ?? 0.25 * width;
  if (!(sdFloor > 0)) throw new RangeError('sdFloor must be positive');
  validateScores(scores, scale);
  if (scores.length === 0) {
    return { proposals: [], evaluators: [], globalMean: Number.NaN, globalStdDev: Number.NaN };
  }

  const all = scores.map((s) => s.score);
  const globalMean = mean(all);
  const globalStdDev = populationStdDev(all);
  const globalSpread = Math.max(globalStdDev, sdFloor);

  const byEvaluator = groupBy(scores, (s) => s.evaluatorId);
  const evaluators: EvaluatorProfile[] = [];
  const standardise = new Map<string, (x: number) => number>();
  for (const [evaluatorId, own] of byEvaluator) {
    const values = own.map((s) => s.score);
    const m = mean(values);
    const sd = populationStdDev(values);
    const standardised = values.length >= 2;
    const centre = standardised ? m : globalMean;
    const spread = standardised ? Math.max(sd, sdFloor) : globalSpread;
    standardise.set(evaluatorId, (x) => (x - centre) / spread);
    evaluators.push({
      evaluatorId,
      count: values.length,
      mean: m,
      stdDev: sd,
      standardised,
      leniency: m - globalMean,
    });
  }

  const proposals = [...groupBy(scores, (s) => s.proposalId)].map(([proposalId, own]) => {
    const values = own.map((s) => s.score);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const meanZ = mean(own.map((s) => standardise.get(s.evaluatorId)!(s.score)));
    return {
      proposalId,
      count: values.length,
      mean: mean(values),
      median: median(values),
      min: lo,
      max: hi,
      range: hi - lo,
      stdDev: populationStdDev(values),
      normalised: clamp(globalMean + meanZ * globalSpread, scale.min, scale.max),
      disagreement: hi - lo > threshold,
    };
  });
  return { proposals, evaluators, globalMean, globalStdDev };
}

function validateScores(scores: readonly EvaluatorScore[], scale: ScoreScale): void {
  const seen = new Set<string>();
  for (const s of scores) {
    if (!(Number.isFinite(s.score) && s.score >= scale.min && s.score <= scale.max)) {
      throw new RangeError(`score ${s.score} of ${s.evaluatorId} for ${s.proposalId} is outside ${scale.min}..${scale.max}`);
    }
    // One evaluation per evaluator and proposal: a second one would double that evaluator's voice.
    const key = JSON.stringify([s.proposalId, s.evaluatorId]);
    if (seen.has(key)) throw new RangeError(`${s.evaluatorId} scored ${s.proposalId} twice`);
    seen.add(key);
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
