import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import type { EvidenceType } from '../../../common/innovation-index.js';
import { appendAudit } from '../../audit/audit-log.js';
import { AppError, errors } from '../../http/errors.js';
import type { RequestContext } from '../../http/request-context.js';
import { type FileStorage, sniffContentType, storageKey, type Upload } from '../../storage/index.js';
import { assertMayReadReport } from './policy.js';
import { type ReportView } from './report-view.js';
import { deleteEvidence, insertEvidence, selectEvidence, selectReport, selectRow } from './reports-repository.js';
import { assertRowEditable, ownContext } from './reports-service.js';
import { buildReportView } from './report-view.js';

/**
 * Evidence per indicator row: files (bytes through src/server/storage; the type is sniffed, the
 * size and type limits are the model's per evidence type), links and video links. Only the
 * region's own staff add or remove evidence, under the same editability rule as levels; the
 * verifier never does. Every change is audited.
 */

const ROW = { id: 'Baris indikator', en: 'Indicator row' };
const EVIDENCE = { id: 'Bukti', en: 'Evidence' };
const EXTENSION: Record<string, string> = { 'application/pdf': '.pdf', 'image/png': '.png', 'image/jpeg': '.jpg' };

/** The largest file any evidence type of any model accepts: the upload reader's hard limit. */
export const MAX_EVIDENCE_BYTES = 50 * 1024 * 1024;

async function editableRow(ctx: RequestContext, year: number, rowId: string, evidenceTypeCode: string) {
  const own = await ownContext(ctx, year);
  const report = await selectReport(ctx.db, { modelId: own.model.id, regionCode: own.regionCode });
  const row = await selectRow(ctx.db, rowId);
  if (!report || !row || row.reportId !== report.id) throw errors.notFound(ROW);
  assertRowEditable(own.model, report, row, ctx.now);
  const indicator = own.model.config.indicators.find((i) => i.code === row.indicatorCode);
  const type = own.model.config.evidenceTypes.find((e) => e.code === evidenceTypeCode);
  if (!indicator || !type || !indicator.evidenceTypes.includes(type.code)) {
    throw errors.validation({
      id: `Jenis bukti ${evidenceTypeCode} tidak diterima untuk indikator ini (diterima: ${indicator?.evidenceTypes.join(', ') ?? '-'}).`,
      en: `Evidence type ${evidenceTypeCode} is not accepted for this indicator (accepted: ${indicator?.evidenceTypes.join(', ') ?? '-'}).`,
    });
  }
  return { own, report, row, type };
}

function checkLink(type: EvidenceType, url: string): void {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (type.kind === 'file' || !parsed || !['https:', 'http:'].includes(parsed.protocol)) {
    throw errors.validation({ id: `Bukti ${type.name.id} harus berupa tautan http(s) yang valid.`, en: `${type.name.en} evidence must be a valid http(s) link.` });
  }
}

export async function addLinkEvidence(ctx: RequestContext, year: number, rowId: string, input: { evidenceType: string; url: string; label?: string }): Promise<ReportView> {
  const { own, report, row, type } = await editableRow(ctx, year, rowId, input.evidenceType);
  checkLink(type, input.url);
  await ctx.db.transaction().execute(async (trx) => {
    const id = await insertEvidence(trx, { rowId: row.id, evidenceType: type.code, kind: type.kind, url: input.url, filename: input.label ?? null, createdBy: ctx.actor.userId });
    await appendAudit(trx, ctx.actor, { action: 'index.evidence.add', entityType: 'index_evidence', entityId: id, after: { rowId: row.id, type: type.code, url: input.url } });
  });
  return buildReportView(ctx.db, own.model, report);
}

export async function addFileEvidence(ctx: RequestContext, storage: FileStorage, year: number, rowId: string, evidenceType: string, upload: Upload): Promise<ReportView> {
  const { own, report, row, type } = await editableRow(ctx, year, rowId, evidenceType);
  if (type.kind !== 'file') throw errors.validation({ id: `Bukti ${type.name.id} berupa tautan, bukan berkas.`, en: `${type.name.en} evidence is a link, not a file.` });
  if (upload.bytes.length > (type.maxBytes ?? 0)) {
    throw new AppError(
      413,
      'FILE_TOO_LARGE',
      {
        id: `Berkas ${type.name.id} paling besar ${((type.maxBytes ?? 0) / 1048576).toFixed(1)} MB; "${upload.filename}" ${(upload.bytes.length / 1048576).toFixed(1)} MB.`,
        en: `${type.name.en} files are at most ${((type.maxBytes ?? 0) / 1048576).toFixed(1)} MB; "${upload.filename}" is ${(upload.bytes.length / 1048576).toFixed(1)} MB.`,
      },
      { limitBytes: type.maxBytes },
    );
  }
  const contentType = await sniffContentType(upload.bytes, type.contentTypes);
  if (!contentType) {
    throw errors.validation({
      id: `Isi berkas "${upload.filename}" bukan ${type.contentTypes.join(' / ')}.`,
      en: `The content of "${upload.filename}" is not ${type.contentTypes.join(' / ')}.`,
    });
  }
  const evidenceId = randomUUID();
  const key = storageKey('index-evidence', evidenceId);
  const base =
    path
      .basename(upload.filename.replace(/\\/g, '/'))
      .replace(/\.[^.]*$/, '')
      .replace(/[^\p{L}\p{N} ._()-]+/gu, '_')
      .trim()
      .slice(0, 150) || 'bukti';
  const filename = `${base}${EXTENSION[contentType] ?? ''}`;
  await storage.put(key, upload.bytes);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const id = await insertEvidence(trx, {
        rowId: row.id,
        evidenceType: type.code,
        kind: 'file',
        storageKey: key,
        filename,
        contentType,
        sizeBytes: upload.bytes.length,
        sha256: createHash('sha256').update(upload.bytes).digest('hex'),
        createdBy: ctx.actor.userId,
      });
      await appendAudit(trx, ctx.actor, {
        action: 'index.evidence.add',
        entityType: 'index_evidence',
        entityId: id,
        after: { rowId: row.id, type: type.code, filename, sizeBytes: upload.bytes.length },
      });
    });
  } catch (error) {
    await storage.delete(key);
    throw error;
  }
  return buildReportView(ctx.db, own.model, report);
}

export async function removeEvidence(ctx: RequestContext, storage: FileStorage, year: number, evidenceId: string): Promise<ReportView> {
  const own = await ownContext(ctx, year);
  const evidence = await selectEvidence(ctx.db, evidenceId);
  const report = await selectReport(ctx.db, { modelId: own.model.id, regionCode: own.regionCode });
  if (!evidence || !report || evidence.reportId !== report.id) throw errors.notFound(EVIDENCE);
  assertRowEditable(own.model, report, await selectRow(ctx.db, evidence.rowId), ctx.now);
  await ctx.db.transaction().execute(async (trx) => {
    await deleteEvidence(trx, evidence.id);
    await appendAudit(trx, ctx.actor, {
      action: 'index.evidence.remove',
      entityType: 'index_evidence',
      entityId: evidence.id,
      before: { rowId: evidence.rowId, type: evidence.evidenceType, filename: evidence.filename, url: evidence.url },
    });
  });
  if (evidence.storageKey) await storage.delete(evidence.storageKey);
  return buildReportView(ctx.db, own.model, report);
}

/** A file's bytes for its region's staff and, once sent, the index staff. */
export async function evidenceFile(ctx: RequestContext, storage: FileStorage, evidenceId: string): Promise<{ bytes: Buffer; contentType: string; filename: string }> {
  const evidence = await selectEvidence(ctx.db, evidenceId);
  if (!evidence) throw errors.notFound(EVIDENCE);
  assertMayReadReport(ctx.user, await selectReport(ctx.db, { id: evidence.reportId }));
  const bytes = evidence.storageKey ? await storage.get(evidence.storageKey) : undefined;
  if (!bytes) throw errors.notFound(EVIDENCE);
  return { bytes, contentType: evidence.contentType ?? 'application/octet-stream', filename: evidence.filename ?? 'bukti' };
}
