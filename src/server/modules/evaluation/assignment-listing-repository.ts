import { containsPattern } from '../../db/like-pattern.js';
import { sql } from 'kysely';
import { adminChecksView, proposalsView } from '../proposals/read-model.js';
import type { Db } from './context.js';
import type { AssignmentListQuery } from './schemas.js';

/** Queries of the admin's assignment overview (assignment-listing.ts): filtering and paging in the database. */

/**
 * Proposals entering a round (`proposals as p`, nothing selected yet): submitted ones that passed
 * the administrative check, or, for a later round, those a finalised selection of an earlier
 * round advanced. Every list of a round's proposals starts from this one definition.
 */
export function roundScope(db: Db, round: { competition_id: string; source_selection_id: string | null }) {
  const q = db.selectFrom(proposalsView(db, 'p')).where('p.competition_id', '=', round.competition_id).where('p.status', '=', 'submitted');
  const selectionId = round.source_selection_id;
  if (selectionId) {
    return q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('evaluation_decisions as d')
          .innerJoin('evaluation_selections as s', 's.id', 'd.selection_id')
          .select(sql`1`.as('one'))
          .whereRef('d.proposal_id', '=', 'p.id')
          .where('d.selection_id', '=', selectionId)
          .where('d.selected', '=', true)
          .where('s.status', '=', 'final'),
      ),
    );
  }
  return q.where((eb) =>
    eb.exists(
      eb
        .selectFrom(adminChecksView(db, 'c'))
        .select(sql`1`.as('one'))
        .whereRef('c.proposal_id', '=', 'p.id')
        .where('c.status', '=', 'passed'),
    ),
  );
}

export interface RoundFacts {
  id: string;
  competition_id: string;
  source_selection_id: string | null;
  reviewers_per_proposal: number;
}

/** The round's proposals matching the filters, numbered order. */
function filteredProposals(db: Db, round: RoundFacts, filter: AssignmentListQuery) {
  let q = roundScope(db, round);
  if (filter.q) {
    const like = containsPattern(filter.q);
    q = q.where((eb) => eb.or([eb('p.number', 'ilike', like), eb('p.title', 'ilike', like)]));
  }
  if (filter.evaluatorId || filter.status) {
    // Proposals with one assignment matching both: the named evaluator, in the named state. An
    // `in` over the round's assignments lets the database start from the evaluator's index.
    let a = db
      .selectFrom('evaluation_assignments as a')
      .leftJoin('evaluation_scores as s', (j) =>
        j.onRef('s.round_id', '=', 'a.round_id').onRef('s.proposal_id', '=', 'a.proposal_id').onRef('s.evaluator_id', '=', 'a.evaluator_id'),
      )
      .select('a.proposal_id')
      .where('a.round_id', '=', round.id);
    if (filter.evaluatorId) a = a.where('a.evaluator_id', '=', filter.evaluatorId);
    if (filter.status === 'not_started') a = a.where('s.status', 'is', null);
    else if (filter.status) a = a.where('s.status', '=', filter.status);
    q = q.where('p.id', 'in', a);
  }
  if (filter.missing === 'true') {
    q = q.where(
      (eb) =>
        eb
          .selectFrom('evaluation_assignments as m')
          .select((m) => m.fn.countAll<number>().as('n'))
          .where('m.round_id', '=', round.id)
          .whereRef('m.proposal_id', '=', 'p.id'),
      '<',
      round.reviewers_per_proposal,
    );
  }
  return q;
}

export async function listEvaluatorsOf(db: Db, roundId: string, proposalIds: readonly string[]) {
  if (proposalIds.length === 0) return [];
  return db
    .selectFrom('evaluation_assignments as a')
    .innerJoin('users as u', 'u.id', 'a.evaluator_id')
    .leftJoin('evaluation_scores as s', (j) => j.onRef('s.round_id', '=', 'a.round_id').onRef('s.proposal_id', '=', 'a.proposal_id').onRef('s.evaluator_id', '=', 'a.evaluator_id'))
    .select(['a.proposal_id', 'a.evaluator_id', 'u.name', 'a.published', 'a.source', 's.status'])
    .where('a.round_id', '=', roundId)
    .where('a.proposal_id', 'in', [...proposalIds])
    .orderBy('u.name')
    .orderBy('a.evaluator_id')
    .execute();
}

/** One page of the round's proposals matching the filters (number order), and how many match. */
export async function pageOfRoundProposals(db: Db, round: RoundFacts, filter: AssignmentListQuery, page: { limit: number; offset: number }) {
  const filtered = filteredProposals(db, round, filter);
  const [rows, count] = await Promise.all([
    filtered.select(['p.id', 'p.number', 'p.title']).orderBy('p.number').orderBy('p.id').limit(page.limit).offset(page.offset).execute(),
    filtered.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
