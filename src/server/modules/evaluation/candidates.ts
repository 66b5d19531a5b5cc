import type { DbOrTrx } from '../../db/types.js';
import { competitionSummary } from '../competitions/read-model.js';
import { proposalIdentities, type SubmittedProposalFacts, submittedProposalFacts } from '../proposals/read-model.js';
import { advancedProposalIds, type EvaluatorFacts, findUsersByEmail, listEvaluatorFacts } from './candidates-repository.js';

/**
 * The proposals a round evaluates, with the facts evaluation needs (classification, affiliation,
 * region, owner), read through the proposals module's read model — evaluation never queries the
 * proposals' or competitions' tables itself.
 */
export { type EvaluatorFacts, findUsersByEmail, listEvaluatorFacts };

export interface CandidateFacts extends SubmittedProposalFacts {
  /** 1-based order of submission: the last tie-break of the ranking. */
  registrationOrder: number;
}

type RoundRef = { competition_id: string; source_selection_id: string | null };

/**
 * Proposals entering a round: submitted ones that passed the administrative check, or, for a
 * later round, those a finalised selection of an earlier round advanced. Every list of a round's
 * proposals starts from this one definition (the assignment overview's SQL mirrors it in
 * assignment-listing-repository.ts `roundScope`).
 */
export async function listRoundCandidates(db: DbOrTrx, round: RoundRef, options: { proposalId?: string } = {}): Promise<CandidateFacts[]> {
  const admission = round.source_selection_id ? { ids: await advancedProposalIds(db, round.source_selection_id) } : { passedCheck: true as const };
  const rows = await submittedProposalFacts(db, round.competition_id, admission, options.proposalId);
  const ordered = [...rows].sort((a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0) || a.number.localeCompare(b.number));
  return ordered.map((r, i) => ({ ...r, registrationOrder: i + 1 }));
}

/**
 * One proposal of the round, or undefined when it is not in the round. Its `registrationOrder` is
 * meaningless (it is alone): use it for access checks and display, never for ranking.
 */
export async function findRoundCandidate(db: DbOrTrx, round: RoundRef, proposalId: string): Promise<CandidateFacts | undefined> {
  return (await listRoundCandidates(db, round, { proposalId }))[0];
}

/** Agency, region and province names per proposal: what a blind round masks in titles. */
export async function identifyingNames(db: DbOrTrx, proposalIds: readonly string[]): Promise<Map<string, (string | null)[]>> {
  const rows = await proposalIdentities(db, proposalIds);
  return new Map(rows.map((r) => [r.id, [r.agency_name, r.region_name, r.province_name]]));
}

/** The submitted (frozen) content of one proposal, for the review page. */
export async function submittedContentOf(db: DbOrTrx, proposalId: string): Promise<unknown> {
  const [row] = await proposalIdentities(db, [proposalId]);
  return row?.submitted_content ?? null;
}

/** The competition's name, year and status, or undefined. */
export function competitionFacts(db: DbOrTrx, id: string) {
  return competitionSummary(db, id);
}
