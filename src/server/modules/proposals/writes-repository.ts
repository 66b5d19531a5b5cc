import type { Insertable, Updateable } from 'kysely';
import type { ProposalAttachmentTable, ProposalTable } from '../../db/schema/proposals.js';
import type { DbOrTrx, Trx } from '../../db/types.js';

/**
 * The writes of the proposal services (service.ts, workflow.ts, attachments.ts) on the proposal
 * tables; reads are in repository.ts. Every write runs in the service's transaction.
 */

export async function insertProposal(trx: Trx, values: Insertable<ProposalTable>): Promise<string> {
  return (await trx.insertInto('proposals').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateProposalRow(trx: Trx, id: string, values: Updateable<ProposalTable>): Promise<void> {
  await trx.updateTable('proposals').set(values).where('id', '=', id).execute();
}

// ------------------------------------------------------------------ answers

export async function deleteAnswer(trx: Trx, proposalId: string, questionId: string): Promise<void> {
  await trx.deleteFrom('proposal_answers').where('proposal_id', '=', proposalId).where('question_id', '=', questionId).execute();
}

export async function upsertAnswer(
  trx: Trx,
  proposalId: string,
  questionId: string,
  values: { value: string; text_value: string; word_count: number; updated_at: Date },
): Promise<void> {
  await trx
    .insertInto('proposal_answers')
    .values({ proposal_id: proposalId, question_id: questionId, ...values })
    .onConflict((oc) => oc.columns(['proposal_id', 'question_id']).doUpdateSet(values))
    .execute();
}

/** Each answer's question and value (what completeness and the SDG list read). */
export function answerValues(db: DbOrTrx, proposalId: string) {
  return db.selectFrom('proposal_answers').select(['question_id', 'value']).where('proposal_id', '=', proposalId).execute();
}

// ------------------------------------------------------------------ attachments

export async function countAttachments(db: DbOrTrx, proposalId: string): Promise<number> {
  const row = await db
    .selectFrom('proposal_attachments')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('proposal_id', '=', proposalId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertAttachment(trx: Trx, values: Insertable<ProposalAttachmentTable>): Promise<void> {
  await trx.insertInto('proposal_attachments').values(values).execute();
}

export function findAttachment(db: DbOrTrx, proposalId: string, attachmentId: string) {
  return db.selectFrom('proposal_attachments').selectAll().where('id', '=', attachmentId).where('proposal_id', '=', proposalId).executeTakeFirst();
}

export async function deleteAttachment(trx: Trx, attachmentId: string): Promise<void> {
  await trx.deleteFrom('proposal_attachments').where('id', '=', attachmentId).execute();
}

/** Each attachment's question, name and digest, oldest first (the frozen content lists them). */
export function attachmentDigests(db: DbOrTrx, proposalId: string) {
  return db.selectFrom('proposal_attachments').select(['question_id', 'filename', 'sha256']).where('proposal_id', '=', proposalId).orderBy('uploaded_at').orderBy('id').execute();
}

// ------------------------------------------------------------------ workflow

export async function insertReturn(trx: Trx, row: { proposalId: string; comment: string; returnedBy: string; returnedAt: Date }): Promise<void> {
  await trx.insertInto('proposal_returns').values({ proposal_id: row.proposalId, comment: row.comment, returned_by: row.returnedBy, returned_at: row.returnedAt }).execute();
}

/** A submitted proposal enters the administrative check as pending. */
export async function openAdminCheck(trx: Trx, proposalId: string, competitionId: string): Promise<void> {
  await trx
    .insertInto('proposal_admin_checks')
    .values({ proposal_id: proposalId, competition_id: competitionId, reason: null, checklist: '{}', decided_by: null, decided_at: null })
    .execute();
}

/** An entry made on nomination enters the check already passed (the nominating body verified it). */
export async function insertPassedAdminCheck(
  trx: Trx,
  row: { proposalId: string; competitionId: string; decidedBy: string | null; decidedAt: Date; reason: string },
): Promise<void> {
  await trx
    .insertInto('proposal_admin_checks')
    .values({
      proposal_id: row.proposalId,
      competition_id: row.competitionId,
      status: 'passed',
      reason: row.reason,
      checklist: '{}',
      decided_by: row.decidedBy,
      decided_at: row.decidedAt,
    })
    .execute();
}
