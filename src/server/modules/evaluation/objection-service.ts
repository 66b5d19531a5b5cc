import { appendAudit } from '../../audit/audit-log.js';
import { errors } from '../../http/errors.js';
import { type EvaluationContext, SELECTION } from './context.js';
import { countAgainstLimits, objectionLimits, usedUpLimit } from './objection-limits.js';
import { findSameObjection, findSelection, insertObjection, listDecisions } from './selection-repository.js';

export interface ObjectionInput {
  proposalId?: string | undefined;
  name: string;
  email: string;
  reason: string;
}

function duplicate(sentAt: Date) {
  const day = sentAt.toISOString().slice(0, 10);
  return errors.conflict('OBJECTION_DUPLICATE', {
    id: `Sanggahan yang sama (surel, usulan dan alasan yang sama) sudah kami terima pada ${day}. Anda tidak perlu mengirimnya lagi; kementerian menjawab setiap sanggahan.`,
    en: `We already received this same objection (same e-mail, proposal and reason) on ${day}. There is no need to send it again; the ministry answers every objection.`,
  });
}

/**
 * Anyone may object during the period, with a reason; the ministry answers each. Limited per
 * client address and per e-mail address (`objection-limits.ts`); an exact repeat is refused.
 * A refusal writes nothing and is not audited (an abuser must not be able to grow the audit chain).
 */
export async function fileObjection(ctx: EvaluationContext, selectionId: string, input: ObjectionInput, clientIp: string) {
  const limits = objectionLimits(selectionId, input.email, clientIp);
  // Cheap refusal of a flood before any transaction; the count inside the transaction is the guard.
  const usedUp = await usedUpLimit(ctx.db, limits, ctx.now);
  if (usedUp) throw usedUp;
  return ctx.db.transaction().execute(async (trx) => {
    const selection = await findSelection(trx, selectionId);
    if (!selection || selection.status === 'draft') throw errors.notFound(SELECTION);
    if (selection.status !== 'published' || !selection.objection_ends_at || ctx.now >= new Date(selection.objection_ends_at)) {
      throw errors.conflict('OBJECTION_PERIOD_CLOSED', { id: 'Masa sanggah untuk seleksi ini sudah berakhir.', en: 'The objection period for this selection has ended.' });
    }
    if (input.proposalId && !(await listDecisions(trx, selectionId)).some((d) => d.proposal_id === input.proposalId)) {
      throw errors.validation(
        { id: 'Usulan (proposalId) tidak termasuk dalam seleksi ini.', en: 'The proposal (proposalId) is not part of this selection.' },
        { field: 'proposalId' },
      );
    }
    // Counted first: the upsert locks this e-mail's counter for the selection, so a concurrent
    // identical filing waits here and then sees this one in the duplicate check below.
    const exceeded = await countAgainstLimits(trx, limits, ctx.now);
    const same = await findSameObjection(trx, { selectionId, proposalId: input.proposalId ?? null, email: input.email, reason: input.reason });
    if (same) throw duplicate(new Date(same.created_at));
    if (exceeded) throw exceeded;
    const row = await insertObjection(trx, { selectionId, proposalId: input.proposalId ?? null, name: input.name, email: input.email, reason: input.reason });
    await appendAudit(trx, ctx.actor, {
      action: 'evaluation.objection.file',
      entityType: 'evaluation_objection',
      entityId: row.id,
      after: { selectionId, proposalId: row.proposal_id, name: row.name },
    });
    return { id: row.id, status: row.status };
  });
}
