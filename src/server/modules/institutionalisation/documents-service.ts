import { randomUUID } from 'node:crypto';
import type { InstitutionalisationDocumentSection, InstitutionalisationView } from '../../../common/institutionalisation.js';
import { appendAudit } from '../../audit/audit-log.js';
import { errors } from '../../http/errors.js';
import type { RequestContext } from '../../http/request-context.js';
import { acceptedType, type FileStorage, storageKey, storedFilename, storeThenRecord, type Upload } from '../../storage/index.js';
import { replaceDocument, selectDocument } from './documents-repository.js';
import { assertEditRecord, assertReadRecord } from './policy.js';
import { lockRecord } from './repository.js';
import { getRecord, innovationOf } from './service.js';

/**
 * The document of a legal basis (the regulation) or a plan inclusion: a PDF or a scan
 * (PNG/JPEG/WebP), at most 10 MB, its type decided from the bytes. The bytes are stored first and
 * removed again when the database change does not commit; a replaced document's bytes are
 * removed after the commit. Reading needs the right to read the record (404 otherwise).
 */
export const DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export const DOCUMENT_LIMIT_BYTES = 10 * 1024 * 1024;
const ENTRY = { id: 'Entri pelembagaan', en: 'Institutionalisation entry' };
const DOCUMENT = { id: 'Dokumen', en: 'Document' };

export async function attachDocument(
  ctx: RequestContext,
  storage: FileStorage,
  innovationId: string,
  section: InstitutionalisationDocumentSection,
  itemId: string,
  upload: Upload,
): Promise<InstitutionalisationView> {
  const innovation = await innovationOf(ctx, innovationId);
  assertEditRecord(ctx.user, innovation.agencyId);
  const type = await acceptedType(upload, DOCUMENT_TYPES, { id: 'harus berupa PDF atau gambar PNG/JPEG/WebP', en: 'must be a PDF or a PNG/JPEG/WebP image' });
  const key = storageKey('inst-documents', randomUUID());
  const name = storedFilename(upload.filename, type);
  const before = await storeThenRecord(storage, key, upload.bytes, () =>
    ctx.db.transaction().execute(async (trx) => {
      await lockRecord(trx, innovationId);
      const previous = await replaceDocument(trx, section, innovationId, itemId, { key, name, type, size: upload.bytes.length });
      if (!previous) throw errors.notFound(ENTRY);
      await appendAudit(trx, ctx.actor, {
        action: 'institutionalisation.document',
        entityType: 'innovation',
        entityId: innovationId,
        before: previous.document_name ? { section, id: itemId, filename: previous.document_name } : null,
        after: { section, id: itemId, filename: name, contentType: type, sizeBytes: upload.bytes.length },
      });
      return previous;
    }),
  );
  if (before.document_key) await storage.delete(before.document_key);
  return getRecord(ctx, innovationId);
}

/** The bytes of an entry's document for whoever may read the record; 404 for anyone else and when there is none. */
export async function readDocument(ctx: RequestContext, storage: FileStorage, innovationId: string, section: InstitutionalisationDocumentSection, itemId: string) {
  const innovation = await innovationOf(ctx, innovationId);
  assertReadRecord(ctx.user, innovation.agencyId);
  const row = await selectDocument(ctx.db, section, innovationId, itemId);
  const bytes = row?.document_key ? await storage.get(row.document_key) : undefined;
  if (!row?.document_key || !bytes) throw errors.notFound(DOCUMENT);
  return { filename: row.document_name ?? 'dokumen', contentType: row.document_type ?? 'application/octet-stream', bytes };
}
