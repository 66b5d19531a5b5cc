import { pageBounds } from '../../http/pagination.js';
import { listEvaluatorsOf, pageOfRoundProposals } from './assignment-listing-repository.js';
import type { EvaluationContext } from './context.js';
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

export async function listRoundAssignments(ctx: EvaluationContext, roundId: string, query: AssignmentListQuery) {
  const round = await requireRound(ctx.db, roundId);
  const [{ rows, total }, lastAction] = await Promise.all([pageOfRoundProposals(ctx.db, round, query, pageBounds(query.page, query.pageSize)), lastBulkAction(ctx.db, roundId)]);
  const pageIds = rows.map((r) => r.id);
  const [evaluators, redactions] = await Promise.all([listEvaluatorsOf(ctx.db, roundId, pageIds), listRedactionTitles(ctx.db, pageIds)]);
  const byProposal = new Map<string, AssignmentRowView['evaluators']>();
  for (const e of evaluators) {
    const list = byProposal.get(e.proposal_id) ?? [];
    list.push({ evaluatorId: e.evaluator_id, name: e.name, published: e.published, source: e.source, status: e.status ?? 'not_started' });
    byProposal.set(e.proposal_id, list);
  }
  const items: AssignmentRowView[] = rows.map((r) => {
    const evaluators = byProposal.get(r.id) ?? [];
    return {
      proposalId: r.id,
      proposalNumber: r.number,
      title: r.title,
      evaluators,
      missing: Math.max(0, round.reviewers_per_proposal - evaluators.length),
      redacted: redactions.has(r.id),
    };
  });
  return {
    items,
    total,
    page: query.page,
    pageSize: query.pageSize,
    lastBulkAction: lastAction ? { id: lastAction.id, kind: lastAction.kind, at: new Date(lastAction.created_at).toISOString() } : null,
  };
}
