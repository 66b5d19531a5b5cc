import { createHash, randomUUID } from 'node:crypto';
import { appendAudit } from '../../audit/audit-log.js';
import { AppError, errors } from '../../http/errors.js';
import { type FileStorage, sniffContentType, storageKey } from '../../storage/index.js';
import { competitionFor, PROPOSAL, type ProposalsContext } from './context.js';
import { canRead } from './policy.js';
import { findProposalRow } from './repository.js';
import { countAttachments, deleteAttachment, findAttachment, insertAttachment, updateProposalRow } from './writes-repository.js';
import { facts, lockEditable } from './service.js';

/** Supporting documents of a proposal: PDFs and images, recognised by their content, never by their name. */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
const MAX_ATTACHMENTS = 20;
const ATTACHMENT = { id: 'Lampiran', en: 'Attachment' };

export async function addAttachment(ctx: ProposalsContext, storage: FileStorage, id: string, upload: { filename: string; bytes: Buffer }, questionId: string | null) {
  const current = await findProposalRow(ctx.db, id);
  if (!current || !canRead(ctx.user, facts(current))) throw errors.notFound(PROPOSAL);
  const record = await competitionFor(ctx, current.competition_id);
  if (questionId) {
    const question = record.questions.find((q) => q.id === questionId);
    if (!question || question.answerType !== 'file') {
      throw errors.validation(
        { id: 'Pertanyaan ini bukan pertanyaan berkas pada formulir ini.', en: 'This question is not a file question of this form.' },
        { fields: [{ field: 'questionId' }] },
      );
    }
  }
  const contentType = await sniffContentType(upload.bytes, ATTACHMENT_TYPES);
  if (!contentType) {
    throw new AppError(
      415,
      'FILE_TYPE_NOT_ALLOWED',
      { id: "Jenis berkas pada 'file' tidak diterima; unggah PDF, PNG, JPEG atau WebP.", en: "The file type in 'file' is not accepted; upload a PDF, PNG, JPEG or WebP." },
      { fields: [{ field: 'file' }] },
    );
  }
  const attachmentId = randomUUID();
  const key = storageKey('proposals', attachmentId);
  const filename = upload.filename.slice(0, 200) || 'berkas';
  const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
  // Bytes first, row second: a failed transaction removes the bytes, so no row ever points at nothing.
  await storage.put(key, upload.bytes);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const row = await lockEditable(ctx, trx, id, record);
      if ((await countAttachments(trx, id)) >= MAX_ATTACHMENTS) {
        throw errors.conflict('TOO_MANY_ATTACHMENTS', { id: `Maksimal ${MAX_ATTACHMENTS} lampiran per proposal.`, en: `At most ${MAX_ATTACHMENTS} attachments per proposal.` });
      }
      await insertAttachment(trx, {
        id: attachmentId,
        proposal_id: id,
        question_id: questionId,
        storage_key: key,
        filename,
        content_type: contentType,
        size_bytes: upload.bytes.length,
        sha256,
        uploaded_by: ctx.user.id,
        uploaded_at: ctx.now,
      });
      await updateProposalRow(trx, id, { version: row.version + 1, updated_at: ctx.now });
      await appendAudit(trx, ctx.actor, {
        action: 'proposal.attachment.add',
        entityType: 'proposal',
        entityId: id,
        after: { attachmentId, filename, contentType, sizeBytes: upload.bytes.length, sha256, questionId },
      });
    });
  } catch (error) {
    await storage.delete(key);
    throw error;
  }
  return { id: attachmentId, questionId, filename, contentType, sizeBytes: upload.bytes.length, sha256, uploadedAt: ctx.now.toISOString() };
}

export async function removeAttachment(ctx: ProposalsContext, storage: FileStorage, id: string, attachmentId: string): Promise<void> {
  const current = await findProposalRow(ctx.db, id);
  if (!current || !canRead(ctx.user, facts(current))) throw errors.notFound(PROPOSAL);
  const record = await competitionFor(ctx, current.competition_id);
  const key = await ctx.db.transaction().execute(async (trx) => {
    const row = await lockEditable(ctx, trx, id, record);
    const attachment = await findAttachment(trx, id, attachmentId);
    if (!attachment) throw errors.notFound(ATTACHMENT);
    await deleteAttachment(trx, attachmentId);
    await updateProposalRow(trx, id, { version: row.version + 1, updated_at: ctx.now });
    await appendAudit(trx, ctx.actor, {
      action: 'proposal.attachment.remove',
      entityType: 'proposal',
      entityId: id,
      before: { attachmentId, filename: attachment.filename, sha256: attachment.sha256 },
    });
    return attachment.storage_key;
  });
  await storage.delete(key);
}

export async function readAttachment(ctx: ProposalsContext, storage: FileStorage, id: string, attachmentId: string) {
  const current = await findProposalRow(ctx.db, id);
  if (!current || !canRead(ctx.user, facts(current))) throw errors.notFound(PROPOSAL);
  const attachment = await findAttachment(ctx.db, id, attachmentId);
  if (!attachment) throw errors.notFound(ATTACHMENT);
  const bytes = await storage.get(attachment.storage_key);
  if (!bytes) throw errors.notFound(ATTACHMENT);
  return { bytes, filename: attachment.filename, contentType: attachment.content_type };
}
