import type { AggregationBasis, EvaluationRoundRow } from '../../db/schema/evaluation.js';
import { errors } from '../../http/errors.js';
import { type CandidateFacts, listEvaluatorFacts, listRoundCandidates } from './candidates.js';
import { type Db, type EvaluationContext, refusals } from './context.js';
import { aggregateScores, type ProposalAggregate, rankProposals, tieBreakChain, type TieBreak } from './domain/index.js';
import { canSeeResults } from './policy.js';
import { resultsMasking } from './results-masking.js';
import { listRoundScores } from './repository.js';
import { requireRound } from './rounds-service.js';
import { findSelectionRound } from './selection-repository.js';

/**
 * Aggregation and ranking of a round, for the ministry and (per policy) the panel. Only
 * submitted sheets count. With a carry-over weight w, a later round's score is
 * (1 - w) × this round + w × the source round, on the same 0..100 scale, per statistic.
 */
export interface RankedResult {
  rank: number;
  decidedBy: TieBreak | null;
  proposal: CandidateFacts;
  count: number;
  mean: number;
  median: number;
  normalised: number;
  min: number;
  max: number;
  stdDev: number;
  disagreement: boolean;
  /** The chosen basis, after carry-over. */
  score: number;
  perEvaluator: { evaluatorId: string; total: number }[];
}

export interface RoundResults {
  basis: AggregationBasis;
  tieBreaks: readonly TieBreak[];
  ranked: RankedResult[];
  /** Proposals without any submitted sheet yet: not ranked. */
  unscored: CandidateFacts[];
  evaluators: { evaluatorId: string; name: string; count: number; mean: number; stdDev: number; leniency: number; standardised: boolean }[];
  carryOverWeight: number;
}

type Stats = Pick<ProposalAggregate, 'mean' | 'median' | 'normalised'>;

async function sourceStats(db: Db, round: EvaluationRoundRow, depth: number): Promise<Map<string, Stats> | null> {
  const weight = Number(round.carry_over_weight);
  if (!round.source_selection_id || weight === 0 || depth > 5) return null;
  const selection = await findSelectionRound(db, round.source_selection_id);
  if (!selection) return null;
  const source = await requireRound(db, selection.round_id);
  const results = await computeRoundResults(db, source, source.aggregation, depth + 1);
  return new Map(results.ranked.map((r) => [r.proposal.id, { mean: r.mean, median: r.median, normalised: r.normalised }]));
}

export async function computeRoundResults(db: Db, round: EvaluationRoundRow, basis: AggregationBasis, depth = 0): Promise<RoundResults> {
  const [candidates, scores] = await Promise.all([listRoundCandidates(db, round), listRoundScores(db, round.id, { submittedOnly: true })]);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const counted = scores.filter((s) => byId.has(s.proposal_id));
  const aggregation = aggregateScores(
    counted.map((s) => ({ proposalId: s.proposal_id, evaluatorId: s.evaluator_id, score: Number(s.total) })),
    { scale: { min: 0, max: 100 }, ...(round.disagreement_threshold !== null && { disagreementThreshold: Number(round.disagreement_threshold) }) },
  );
  const weight = Number(round.carry_over_weight);
  const previous = await sourceStats(db, round, depth);
  const blend = (own: number, prior: number | undefined) => (previous && prior !== undefined ? (1 - weight) * own + weight * prior : own);
  const rankable = aggregation.proposals.map((a) => {
    const prior = previous?.get(a.proposalId);
    return {
      ...a,
      mean: blend(a.mean, prior?.mean),
      median: blend(a.median, prior?.median),
      normalised: blend(a.normalised, prior?.normalised),
      proposalNumber: byId.get(a.proposalId)!.registrationOrder,
    };
  });
  const perProposal = new Map<string, { evaluatorId: string; total: number }[]>();
  for (const s of counted) perProposal.set(s.proposal_id, [...(perProposal.get(s.proposal_id) ?? []), { evaluatorId: s.evaluator_id, total: Number(s.total) }]);
  const ranked = rankProposals(rankable, { basis }).map(({ rank, proposal: p, decidedBy }) => ({
    rank,
    decidedBy,
    proposal: byId.get(p.proposalId)!,
    count: p.count,
    mean: p.mean,
    median: p.median,
    normalised: p.normalised,
    min: p.min,
    max: p.max,
    stdDev: p.stdDev,
    disagreement: p.disagreement,
    score: p[basis],
    perEvaluator: perProposal.get(p.proposalId) ?? [],
  }));
  const scoredIds = new Set(aggregation.proposals.map((p) => p.proposalId));
  const names = new Map(
    (
      await listEvaluatorFacts(
        db,
        aggregation.evaluators.map((e) => e.evaluatorId),
      )
    ).map((f) => [f.id, f.name]),
  );
  return {
    basis,
    tieBreaks: tieBreakChain(basis),
    ranked,
    unscored: candidates.filter((c) => !scoredIds.has(c.id)),
    evaluators: aggregation.evaluators.map((e) => ({ ...e, name: names.get(e.evaluatorId) ?? '' })),
    carryOverWeight: previous ? weight : 0,
  };
}

/** The admin's (or panel's) side-by-side view of a round's results. */
export async function getRoundResults(ctx: EvaluationContext, roundId: string, basis?: AggregationBasis) {
  const user = ctx.user;
  if (!user) throw errors.unauthenticated();
  const round = await requireRound(ctx.db, roundId);
  if (!canSeeResults(user, round)) throw refusals.resultsNotVisible();
  const results = await computeRoundResults(ctx.db, round, basis ?? round.aggregation);
  const show = await resultsMasking(ctx.db, user, [...results.ranked.map((r) => r.proposal.id), ...results.unscored.map((c) => c.id)]);
  return {
    basis: results.basis,
    tieBreaks: [...results.tieBreaks],
    carryOverWeight: results.carryOverWeight,
    items: results.ranked
      .map((r) => ({ ...r, proposal: show(r.proposal) }))
      .map((r) => ({
        rank: r.rank,
        decidedBy: r.decidedBy,
        proposalId: r.proposal.id,
        proposalNumber: r.proposal.number,
        title: r.proposal.title,
        agencyName: r.proposal.agencyName,
        regionName: r.proposal.regionName,
        categoryId: r.proposal.categoryId,
        groupId: r.proposal.groupId,
        remote3T: r.proposal.remote3T,
        count: r.count,
        mean: r.mean,
        median: r.median,
        normalised: r.normalised,
        min: r.min,
        max: r.max,
        stdDev: r.stdDev,
        disagreement: r.disagreement,
        score: r.score,
        perEvaluator: r.perEvaluator,
      })),
    unscored: results.unscored.map(show).map((c) => ({ proposalId: c.id, proposalNumber: c.number, title: c.title })),
    evaluators: results.evaluators,
  };
}
