import { type Actor, appendAudit } from '../../audit/audit-log.js';
import type { Trx } from '../../db/types.js';
import { lockProposalWaitingOnCase, updateProposal } from './proposals-repository.js';

/**
 * The source agency's answer given on the replication page (replication's `acceptCase` /
 * `declineCase`) rather than on the proposal: the proposal waiting for that answer moves exactly as
 * matchmaking's own source-side answer moves it (`sourceAnswerColumns`, same audit action), inside
 * the replication's transaction. Kept apart from proposals-service.ts, which imports replication's
 * case service: this file imports nothing of replication, so the two modules form no import cycle.
 */

export interface SourceAnswer {
  accept: boolean;
  reason: string | null;
  by: string;
  at: Date;
}

/** The proposal's columns once the source agency has answered (wherever it answered). */
export function sourceAnswerColumns(a: SourceAnswer) {
  return {
    source_answered_by: a.by,
    source_answered_at: a.at,
    state: a.accept ? ('accepted' as const) : ('declined' as const),
    closed_at: a.at,
    ...(a.accept ? {} : { declined_by_side: 'source' as const, decline_reason: a.reason }),
  };
}

/**
 * Locks the proposal whose case waits for the source agency's answer, if any. Called BEFORE the
 * case is locked: matchmaking's own answer takes the proposal's lock first too, so an answer on the
 * proposal and one on the case queue on the proposal instead of deadlocking, and the second finds
 * it answered (the case's state machine then refuses it with 409).
 */
export async function lockProposalAwaitingCase(trx: Trx, caseId: string): Promise<{ id: string } | undefined> {
  return lockProposalWaitingOnCase(trx, caseId);
}

/** Records the source's answer on the locked proposal, audited as `matchmaking.accept` / `matchmaking.decline`. */
export async function answerProposalFromCase(trx: Trx, actor: Actor, proposalId: string, caseId: string, answer: SourceAnswer): Promise<void> {
  const columns = sourceAnswerColumns(answer);
  await updateProposal(trx, proposalId, columns);
  await appendAudit(trx, actor, {
    action: `matchmaking.${answer.accept ? 'accept' : 'decline'}`,
    entityType: 'match_proposal',
    entityId: proposalId,
    before: { state: 'adopter_accepted' },
    after: { state: columns.state, side: 'source', caseId, reason: answer.reason, via: 'replication' },
  });
}
