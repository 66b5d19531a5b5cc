import { createHash, randomUUID } from 'node:crypto';
import { appendAudit } from '../../audit/audit-log.js';
import { errors } from '../../http/errors.js';
import { acceptedType, type FileStorage, storageKey, storedFilename, storeThenRecord, type Upload } from '../../storage/index.js';
import { type NetworkContext, viewerOf } from './context.js';
import { findCaseFacts, insertEvent, lockCase } from './cases-repository.js';
import { factsOf, getCaseFor } from './cases-read-service.js';
import { agreementNumberOf, countFiles, findFile, findLogOfCase, insertFile } from './files-repository.js';
import { assertCaseRight, assertCaseVisible } from './policy.js';
import { isOpen } from './state-machine.js';
import type { CaseView } from './cases-schemas.js';

/**
 * Files of a replication case: the signed agreement (PDF or a scan as PNG/JPEG/WebP) and photos
 * of a mentoring log entry (PNG/JPEG/WebP). The type is decided from the bytes; the bytes are
 * stored first and removed again when the database change does not commit. Reading a file needs
 * the right to see the case (404 otherwise).
 */
export const AGREEMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export const PHOTO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const AGREEMENT_LIMIT_BYTES = 10 * 1024 * 1024;
export const PHOTO_LIMIT_BYTES = 5 * 1024 * 1024;
export const MAX_AGREEMENT_FILES = 10;
export const MAX_PHOTOS_PER_LOG = 10;
const FILE = { id: 'Berkas', en: 'File' };
const LOG = { id: 'Log pendampingan', en: 'Mentoring log entry' };

function closed() {
  return errors.conflict('CASE_CLOSED', { id: 'Kasus ini sudah ditutup; berkas tidak dapat ditambahkan lagi.', en: 'This case is closed; files can no longer be added.' });
}

async function store(
  ctx: NetworkContext,
  storage: FileStorage,
  caseId: string,
  upload: Upload,
  spec: { kind: 'agreement' | 'log_photo'; logId: string | null; types: readonly string[]; max: number; typeError: { id: string; en: string } },
): Promise<CaseView> {
  const type = await acceptedType(upload, spec.types, spec.typeError);
  const fileId = randomUUID();
  const key = storageKey('replication-files', fileId);
  await storeThenRecord(storage, key, upload.bytes, () =>
    ctx.db.transaction().execute(async (trx) => {
      const row = await lockCase(trx, caseId);
      if (!row || !isOpen(row.state)) throw closed();
      if ((await countFiles(trx, caseId, spec.kind, spec.logId)) >= spec.max) {
        throw errors.conflict('TOO_MANY_FILES', { id: `Paling banyak ${spec.max} berkas di sini.`, en: `At most ${spec.max} files here.` });
      }
      const filename = storedFilename(upload.filename, type);
      await insertFile(trx, {
        id: fileId,
        case_id: caseId,
        log_id: spec.logId,
        kind: spec.kind,
        storage_key: key,
        filename,
        content_type: type,
        size_bytes: upload.bytes.length,
        sha256: createHash('sha256').update(upload.bytes).digest('hex'),
        uploaded_by: ctx.user?.id ?? null,
      });
      await insertEvent(trx, { caseId, action: spec.kind === 'agreement' ? 'agreement_file' : 'log_photo', from: null, to: null, actorId: ctx.user?.id ?? null, note: filename });
      await appendAudit(trx, ctx.actor, {
        action: `replication.${spec.kind === 'agreement' ? 'agreement_file' : 'log_photo'}`,
        entityType: 'replication_case',
        entityId: caseId,
        after: { fileId, logId: spec.logId, filename, contentType: type, sizeBytes: upload.bytes.length },
      });
    }),
  );
  return getCaseFor(ctx, await viewerOf(ctx), caseId);
}

/** The signed agreement (after the agreement is recorded): the parties and the origin agency. */
export async function addAgreementFile(ctx: NetworkContext, storage: FileStorage, caseId: string, upload: Upload): Promise<CaseView> {
  const viewer = await viewerOf(ctx);
  const facts = await findCaseFacts(ctx.db, caseId);
  assertCaseRight(viewer, facts && factsOf(facts), 'agree');
  if (!(await agreementNumberOf(ctx.db, caseId))?.agreement_number) {
    throw errors.conflict('AGREEMENT_MISSING', {
      id: 'Catat nomor dan tanggal perjanjian kerja sama terlebih dahulu.',
      en: 'Record the cooperation agreement’s number and date first.',
    });
  }
  return store(ctx, storage, caseId, upload, {
    kind: 'agreement',
    logId: null,
    types: AGREEMENT_TYPES,
    max: MAX_AGREEMENT_FILES,
    typeError: { id: 'harus berupa PDF atau gambar PNG/JPEG/WebP', en: 'must be a PDF or a PNG/JPEG/WebP image' },
  });
}

/** A photo of a mentoring log entry: whoever may add log entries to the case. */
export async function addLogPhoto(ctx: NetworkContext, storage: FileStorage, caseId: string, logId: string, upload: Upload): Promise<CaseView> {
  const viewer = await viewerOf(ctx);
  const facts = await findCaseFacts(ctx.db, caseId);
  assertCaseRight(viewer, facts && factsOf(facts), 'log');
  if (!(await findLogOfCase(ctx.db, caseId, logId))) throw errors.notFound(LOG);
  return store(ctx, storage, caseId, upload, {
    kind: 'log_photo',
    logId,
    types: PHOTO_TYPES,
    max: MAX_PHOTOS_PER_LOG,
    typeError: { id: 'harus berupa gambar PNG/JPEG/WebP', en: 'must be a PNG/JPEG/WebP image' },
  });
}

/** The bytes of a file of a case the caller may see; 404 for anyone else and for a file of another case. */
export async function readCaseFile(ctx: NetworkContext, storage: FileStorage, caseId: string, fileId: string) {
  const viewer = await viewerOf(ctx);
  const facts = await findCaseFacts(ctx.db, caseId);
  assertCaseVisible(viewer, facts && factsOf(facts));
  const file = await findFile(ctx.db, caseId, fileId);
  const bytes = file ? await storage.get(file.storage_key) : undefined;
  if (!file || !bytes) throw errors.notFound(FILE);
  return { filename: file.filename, contentType: file.content_type, bytes };
}
