import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { DOCUMENT_TYPES, type DocumentType } from '../../../common/catalog.js';
import { errors } from '../../http/errors.js';
import { type FileStorage, sniffContentType, storageKey, type Upload } from '../../storage/index.js';
import { type CatalogContext, loadView, recordChange } from './innovation-service.js';
import { countDocuments, deleteDocument, documentNames, findDocument, insertDocument } from './documents-repository.js';
import { assertOwnAgency, assertVisible } from './policy.js';
import { findInnovationRecord, lockInnovation, updateInnovationRow } from './repository.js';
import type { InnovationView } from './schemas.js';
import { assertEditable } from './workflow.js';

export const MAX_DOCUMENTS_PER_INNOVATION = 20;
const EXTENSION: Record<DocumentType, string> = { 'application/pdf': '.pdf', 'image/png': '.png', 'image/jpeg': '.jpg', 'image/webp': '.webp' };
const DOCUMENT = { id: 'Dokumen', en: 'Document' };

/** The uploader's name without folders or odd characters, with the extension of the real type. */
export function cleanFilename(original: string, type: DocumentType): string {
  const base = path.basename(original.replace(/\\/g, '/')).replace(/\.[^.]*$/, '');
  const cleaned =
    base
      .replace(/[^\p{L}\p{N} ._()-]+/gu, '_')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 150) || 'dokumen';
  return `${cleaned}${EXTENSION[type]}`;
}

function facts(record: { agencyId: string; workflowState: InnovationView['workflowState']; publishedAt: Date | null }) {
  return { agencyId: record.agencyId, workflowState: record.workflowState, publishedAt: record.publishedAt };
}

/**
 * Adds a supporting document. The type is decided from the bytes (PDF or PNG/JPEG/WebP only);
 * the bytes are stored first and removed again if the database change does not commit, so
 * neither a row without bytes nor (normally) bytes without a row remain.
 */
export async function addDocument(ctx: CatalogContext, storage: FileStorage, id: string, upload: Upload): Promise<InnovationView> {
  const existing = await findInnovationRecord(ctx.db, id);
  assertVisible(ctx.user, existing && facts(existing));
  assertOwnAgency(ctx.user, facts(existing!));
  assertEditable(existing!.workflowState);

  const type = await sniffContentType(upload.bytes, DOCUMENT_TYPES);
  if (!type) {
    throw errors.validation(
      {
        id: `Data tidak valid: '${upload.field}' harus berupa PDF atau gambar PNG/JPEG/WebP; isi berkas "${upload.filename}" bukan salah satunya.`,
        en: `Invalid data: '${upload.field}' must be a PDF or a PNG/JPEG/WebP image; the content of "${upload.filename}" is neither.`,
      },
      { fields: [{ field: upload.field }] },
    );
  }
  const documentId = randomUUID();
  const key = storageKey('innovation-documents', documentId);
  await storage.put(key, upload.bytes);
  try {
    const record = await ctx.db.transaction().execute(async (trx) => {
      const before = await lockInnovation(trx, id);
      assertEditable(before!.workflowState);
      if ((await countDocuments(trx, id)) >= MAX_DOCUMENTS_PER_INNOVATION) {
        throw errors.conflict('TOO_MANY_DOCUMENTS', {
          id: `Satu inovasi paling banyak memiliki ${MAX_DOCUMENTS_PER_INNOVATION} dokumen.`,
          en: `An innovation can have at most ${MAX_DOCUMENTS_PER_INNOVATION} documents.`,
        });
      }
      const beforeDocs = await documentNames(trx, id);
      await insertDocument(trx, {
        id: documentId,
        innovation_id: id,
        storage_key: key,
        filename: cleanFilename(upload.filename, type),
        content_type: type,
        size_bytes: upload.bytes.length,
        sha256: createHash('sha256').update(upload.bytes).digest('hex'),
        uploaded_by: ctx.user!.id,
      });
      await updateInnovationRow(trx, id, { updated_by: ctx.user!.id });
      return recordChange(trx, ctx.actor, id, 'document_add', before!, beforeDocs, { documentId, contentType: type, sizeBytes: upload.bytes.length });
    });
    return loadView(ctx.db, record, ctx.user);
  } catch (error) {
    await storage.delete(key);
    throw error;
  }
}

export async function removeDocument(ctx: CatalogContext, storage: FileStorage, id: string, documentId: string): Promise<InnovationView> {
  const { record, key } = await ctx.db.transaction().execute(async (trx) => {
    const before = await lockInnovation(trx, id);
    assertVisible(ctx.user, before && facts(before));
    assertOwnAgency(ctx.user, facts(before!));
    assertEditable(before!.workflowState);
    const document = await findDocument(trx, id, documentId);
    if (!document) throw errors.notFound(DOCUMENT);
    const beforeDocs = await documentNames(trx, id);
    await deleteDocument(trx, documentId);
    await updateInnovationRow(trx, id, { updated_by: ctx.user!.id });
    const after = await recordChange(trx, ctx.actor, id, 'document_remove', before!, beforeDocs, { documentId });
    return { record: after, key: document.storage_key };
  });
  await storage.delete(key);
  return loadView(ctx.db, record, ctx.user);
}

/** The bytes and metadata of a document the caller may see. */
export async function readDocument(ctx: CatalogContext, storage: FileStorage, id: string, documentId: string) {
  const record = await findInnovationRecord(ctx.db, id);
  assertVisible(ctx.user, record && facts(record));
  const document = await findDocument(ctx.db, id, documentId);
  if (!document) throw errors.notFound(DOCUMENT);
  const bytes = await storage.get(document.storage_key);
  if (!bytes) throw errors.notFound(DOCUMENT);
  return { filename: document.filename, contentType: document.content_type, bytes };
}
