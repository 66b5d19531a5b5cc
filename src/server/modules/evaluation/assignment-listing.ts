import { containsPattern } from '../../db/like-pattern.js';
import { pageBounds } from '../../http/pagination.js';
import { roundScope } from './candidates-repository.js';
import type { Db, EvaluationContext } from './context.js';
import { lastBulkAction, listRedactionTitles } from './repository.js';
import { requireRound } from './rounds-service.js';
import type { AssignmentListQuery, SheetStatus } from './schemas.js';

/**
 * The admin's overview of a round's assignments, a page at a time: per proposal, who reviews it,
 * how far each review is, and how many reviewers are still missing. A national round has ~3,500
 * proposals × 3 evaluators, so filtering and paging happen in the database; the CSV export
 * (`exportAssignmentsCsv`) is the way to take everything at once.
 */

export interface AssignmentRowView {
  proposalId: string;
  proposalNumber: string;
  title: string;
  evaluators: { evaluatorId: string; name: string; published: boolean; source: string; status: SheetStatus }[];
  missing: number;
  /** A hand-redacted copy is stored (served instead of the answers when the round is blind). */
  redacted: boolean;
}

interface RoundFacts {
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
      .leftJoin('evaluation_scores as s', (j) => j.onRef('s.round_id', '=', 'a.round_id').onRef('s.proposal_id', '=', 'a.proposal_id').onRef('s.evaluator_id', '=', 'a.evaluator_id'))
      .select('a.proposal_id')
      .where('a.round_id', '=', round.id);
    if (filter.evaluatorId) a = a.where('a.evaluator_id', '=', filter.evaluatorId);
    if (filter.status === 'not_started') a = a.where('s.status', 'is', null);
    else if (filter.status) a = a.where('s.status', '=', filter.status);
    q = q.where('p.id', 'in', a);
  }
  if (filter.missing === 'true') {
    q = q.where(
      (eb) => eb.selectFrom('evaluation_assignments as m').select((m) => m.fn.countAll<number>().as('n')).where('m.round_id', '=', round.id).whereRef('m.proposal_id', '=', 'p.id'),
      '<',
      round.reviewers_per_proposal,
    );
  }
  return q;
}

async function evaluatorsOf(db: Db, roundId: string, proposalIds: readonly string[]) {
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

export async function listRoundAssignments(ctx: EvaluationContext, roundId: string, query: AssignmentListQuery) {
  const round = await requireRound(ctx.db, roundId);
  const filtered = filteredProposals(ctx.db, round, query);
  const { limit, offset } = pageBounds(query.page, query.pageSize);
  const [rows, count, lastAction] = await Promise.all([
    filtered.select(['p.id', 'p.number', 'p.title']).orderBy('p.number').orderBy('p.id').limit(limit).offset(offset).execute(),
    filtered.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    lastBulkAction(ctx.db, roundId),
  ]);
  const pageIds = rows.map((r) => r.id);
  const [evaluators, redactions] = await Promise.all([evaluatorsOf(ctx.db, roundId, pageIds), listRedactionTitles(ctx.db, pageIds)]);
  const byProposal = new Map<string, AssignmentRowView['evaluators']>();
  for (const e of evaluators) {
    const list = byProposal.get(e.proposal_id) ?? [];
    list.push({ evaluatorId: e.evaluator_id, name: e.name, published: e.published, source: e.source, status: e.status ?? 'not_started' });
    byProposal.set(e.proposal_id, list);
  }
  const items: AssignmentRowView[] = rows.map((r) => {
    const evaluators = byProposal.get(r.id) ?? [];
    return { proposalId: r.id, proposalNumber: r.number, title: r.title, evaluators, missing: Math.max(0, round.reviewers_per_proposal - evaluators.length), redacted: redactions.has(r.id) };
  });
  return {
    items,
    total: Number(count.n),
    page: query.page,
    pageSize: query.pageSize,
    lastBulkAction: lastAction ? { id: lastAction.id, kind: lastAction.kind, at: new Date(lastAction.created_at).toISOString() } : null,
  };
}
