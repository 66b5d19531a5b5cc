import { errors, type Language, type LocalizedText } from '../../http/errors.js';
import { recordChange, type CatalogContext } from './innovation-service.js';
import { canApprove, canSubmit, canView, mayRunBulkAction } from './policy.js';
import { documentNames } from './documents-repository.js';
import { type InnovationRecord, lockInnovation, updateInnovationRow } from './repository.js';
import { missingNarrative, NARRATIVE_NAMES } from './rules.js';
import { canTransition, TRANSITIONS } from './workflow.js';

/**
 * Bulk workflow actions (issue #13.3): an operator submits many records, an agency admin approves
 * or returns many. Like the proposals' bulk decision, a dry run first says which records would
 * move and, for every other one, why not; the real call moves the movable ones in ONE transaction
 * (each with its version row and audit entry) and leaves the rest, with the same reasons.
 */
export type BulkAction = 'submit' | 'approve' | 'return';
export type BulkReason = 'not_found' | 'not_allowed' | 'wrong_state' | 'incomplete';

export interface BulkItem {
  id: string;
  title: string | null;
  moves: boolean;
  reason: BulkReason | null;
  message: string | null;
}

export interface BulkOutcome {
  dryRun: boolean;
  action: BulkAction;
  moved: number;
  skipped: number;
  items: BulkItem[];
}

const STATE_WORDS: Record<string, LocalizedText> = {
  draft: { id: 'draf', en: 'a draft' },
  submitted: { id: 'menunggu persetujuan', en: 'awaiting approval' },
  published: { id: 'sudah terbit', en: 'published' },
  unpublished: { id: 'ditarik dari katalog', en: 'unpublished' },
};

function why(action: BulkAction, ctx: CatalogContext, record: InnovationRecord | undefined): { reason: BulkReason; message: LocalizedText } | null {
  const facts = record && { agencyId: record.agencyId, workflowState: record.workflowState, publishedAt: record.publishedAt };
  if (!facts || !canView(ctx.user, facts)) return { reason: 'not_found', message: { id: 'tidak ditemukan', en: 'not found' } };
  if (!canTransition(action, facts.workflowState)) {
    const state = STATE_WORDS[facts.workflowState]!;
    return { reason: 'wrong_state', message: { id: `berstatus ${state.id}`, en: `is ${state.en}` } };
  }
  const allowed = action === 'submit' ? canSubmit(ctx.user, facts) : canApprove(ctx.user, facts);
  if (!allowed) return { reason: 'not_allowed', message: { id: 'bukan wewenang Anda', en: 'not yours to move' } };
  if (action === 'submit') {
    const missing = missingNarrative(record);
    if (missing.length > 0) {
      return {
        reason: 'incomplete',
        message: { id: `belum lengkap: ${missing.map((f) => NARRATIVE_NAMES[f].id).join(', ')}`, en: `incomplete: ${missing.map((f) => NARRATIVE_NAMES[f].en).join(', ')}` },
      };
    }
  }
  return null;
}

export async function bulkTransition(
  ctx: CatalogContext,
  input: { action: BulkAction; ids: string[]; note?: string | undefined; dryRun: boolean },
  language: Language,
): Promise<BulkOutcome> {
  const user = ctx.user;
  if (!user) throw errors.forbidden();
  if (!mayRunBulkAction(user, input.action)) throw errors.forbidden();
  if (input.action === 'return' && !input.dryRun && (input.note ?? '').trim().length < 5) {
    throw errors.validation(
      { id: "Data tidak valid: 'note' wajib diisi (minimal 5 karakter) saat mengembalikan.", en: "Invalid data: 'note' is required (at least 5 characters) when returning." },
      { fields: [{ field: 'note' }] },
    );
  }
  const ids = [...new Set(input.ids)].sort();
  return ctx.db.transaction().execute(async (trx) => {
    const items: BulkItem[] = [];
    const now = new Date();
    for (const id of ids) {
      // Locked in id order, so two bulk calls over overlapping records queue instead of deadlocking.
      const record = await lockInnovation(trx, id);
      const refusal = why(input.action, ctx, record);
      const visible = refusal?.reason !== 'not_found';
      items.push({ id, title: visible ? record!.title : null, moves: !refusal, reason: refusal?.reason ?? null, message: refusal ? refusal.message[language] : null });
      if (refusal || input.dryRun) continue;
      const columns: Record<string, unknown> = { workflow_state: TRANSITIONS[input.action].to, updated_by: user.id };
      if (input.action === 'submit') Object.assign(columns, { submitted_at: now, review_note: null });
      else if (input.action === 'approve') Object.assign(columns, { published_at: now, published_by: user.id, review_note: input.note ?? null });
      else Object.assign(columns, { review_note: input.note ?? null });
      const docs = await documentNames(trx, id);
      await updateInnovationRow(trx, id, columns);
      await recordChange(trx, ctx.actor, id, input.action, record!, docs, { bulk: true, ...(input.note ? { note: input.note } : {}) });
    }
    const moved = items.filter((i) => i.moves).length;
    return { dryRun: input.dryRun, action: input.action, moved, skipped: items.length - moved, items };
  });
}
