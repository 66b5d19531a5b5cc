import { sql } from 'kysely';
import type { ReportStatus, RowStatus } from '../../../common/innovation-index.js';
import type { DbOrTrx, Trx } from '../../db/types.js';

/** Queries on regions' reports: included innovations, indicator rows and their evidence. */

export interface ReportRow {
  id: string;
  modelId: string;
  regionCode: string;
  agencyId: string;
  status: ReportStatus;
  sentAt: Date | null;
  verifiedAt: Date | null;
  updatedAt: Date;
}

const reportColumns = ['id', 'model_id', 'region_code', 'agency_id', 'status', 'sent_at', 'verified_at', 'updated_at'] as const;
const toReport = (r: {
  id: string;
  model_id: string;
  region_code: string;
  agency_id: string;
  status: ReportStatus;
  sent_at: Date | null;
  verified_at: Date | null;
  updated_at: Date;
}): ReportRow => ({
  id: r.id,
  modelId: r.model_id,
  regionCode: r.region_code,
  agencyId: r.agency_id,
  status: r.status,
  sentAt: r.sent_at,
  verifiedAt: r.verified_at,
  updatedAt: r.updated_at,
});

export async function selectReport(
  db: DbOrTrx,
  by: { id: string } | { modelId: string; regionCode: string },
  options: { forUpdate?: boolean } = {},
): Promise<ReportRow | undefined> {
  let q = db.selectFrom('index_reports').select(reportColumns);
  q = 'id' in by ? q.where('id', '=', by.id) : q.where('model_id', '=', by.modelId).where('region_code', '=', by.regionCode);
  if (options.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? toReport(row) : undefined;
}

/** Creates the region's report once; a concurrent creator gets the same row. */
export async function insertReport(trx: Trx, values: { modelId: string; regionCode: string; agencyId: string }): Promise<ReportRow> {
  await trx
    .insertInto('index_reports')
    .values({ model_id: values.modelId, region_code: values.regionCode, agency_id: values.agencyId })
    .onConflict((oc) => oc.columns(['model_id', 'region_code']).doNothing())
    .execute();
  return (await selectReport(trx, values, { forUpdate: true }))!;
}

export async function setReportStatus(
  trx: Trx,
  id: string,
  status: ReportStatus,
  extra: { approvedBy?: string | null; sent?: boolean; verified?: boolean } = {},
): Promise<ReportRow> {
  const row = await trx
    .updateTable('index_reports')
    .set({
      status,
      updated_at: sql<Date>`now()`,
      ...(extra.approvedBy !== undefined ? { approved_by: extra.approvedBy } : {}),
      ...(extra.sent ? { sent_at: sql<Date>`now()` } : {}),
      ...(extra.verified !== undefined ? { verified_at: extra.verified ? sql<Date>`now()` : null } : {}),
    })
    .where('id', '=', id)
    .returning(reportColumns)
    .executeTakeFirstOrThrow();
  return toReport(row);
}

export async function touchReport(trx: Trx, id: string): Promise<void> {
  await trx
    .updateTable('index_reports')
    .set({ updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

export interface ReportInnovationRow {
  innovationId: string;
  affair: string | null;
}

export async function selectReportInnovations(db: DbOrTrx, reportId: string): Promise<ReportInnovationRow[]> {
  const rows = await db
    .selectFrom('index_report_innovations')
    .select(['innovation_id', 'government_affair'])
    .where('report_id', '=', reportId)
    .orderBy('added_at')
    .orderBy('innovation_id')
    .execute();
  return rows.map((r) => ({ innovationId: r.innovation_id, affair: r.government_affair }));
}

export async function insertReportInnovation(trx: Trx, reportId: string, innovationId: string, affair: string | null): Promise<boolean> {
  const result = await trx
    .insertInto('index_report_innovations')
    .values({ report_id: reportId, innovation_id: innovationId, government_affair: affair })
    .onConflict((oc) => oc.columns(['report_id', 'innovation_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteReportInnovation(trx: Trx, reportId: string, innovationId: string): Promise<boolean> {
  await trx.deleteFrom('index_rows').where('report_id', '=', reportId).where('innovation_id', '=', innovationId).execute();
  const result = await trx.deleteFrom('index_report_innovations').where('report_id', '=', reportId).where('innovation_id', '=', innovationId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface IndicatorRow {
  id: string;
  reportId: string;
  indicatorCode: string;
  innovationId: string | null;
  claimedLevel: number;
  basis: string | null;
  status: RowStatus;
  verifiedLevel: number | null;
  rejectReason: string | null;
  answer: string | null;
  answeredAt: Date | null;
  answerDueAt: Date | null;
  decidedAt: Date | null;
  evidenceCount: number;
}

const rowColumns = [
  'r.id',
  'r.report_id',
  'r.indicator_code',
  'r.innovation_id',
  'r.claimed_level',
  'r.basis',
  'r.status',
  'r.verified_level',
  'r.reject_reason',
  'r.answer',
  'r.answered_at',
  'r.answer_due_at',
  'r.decided_at',
] as const;

type RawRow = {
  id: string;
  report_id: string;
  indicator_code: string;
  innovation_id: string | null;
  claimed_level: number;
  basis: string | null;
  status: RowStatus;
  verified_level: number | null;
  reject_reason: string | null;
  answer: string | null;
  answered_at: Date | null;
  answer_due_at: Date | null;
  decided_at: Date | null;
  evidence_count: string | number | bigint;
};

const toRow = (r: RawRow): IndicatorRow => ({
  id: r.id,
  reportId: r.report_id,
  indicatorCode: r.indicator_code,
  innovationId: r.innovation_id,
  claimedLevel: r.claimed_level,
  basis: r.basis,
  status: r.status,
  verifiedLevel: r.verified_level,
  rejectReason: r.reject_reason,
  answer: r.answer,
  answeredAt: r.answered_at,
  answerDueAt: r.answer_due_at,
  decidedAt: r.decided_at,
  evidenceCount: Number(r.evidence_count),
});

const evidenceCount = 'r.evidence_count' as const;

export async function selectRows(db: DbOrTrx, reportId: string): Promise<IndicatorRow[]> {
  const rows = await db
    .selectFrom('index_rows as r')
    .select([...rowColumns, evidenceCount])
    .where('r.report_id', '=', reportId)
    .orderBy('r.innovation_id', 'asc')
    .orderBy('r.indicator_code')
    .execute();
  return rows.map(toRow);
}

export async function selectRow(db: DbOrTrx, rowId: string, options: { forUpdate?: boolean } = {}): Promise<IndicatorRow | undefined> {
  let q = db
    .selectFrom('index_rows as r')
    .select([...rowColumns, evidenceCount])
    .where('r.id', '=', rowId);
  if (options.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? toRow(row) : undefined;
}

export async function findRowId(db: DbOrTrx, reportId: string, indicatorCode: string, innovationId: string | null): Promise<string | undefined> {
  let q = db.selectFrom('index_rows').select('id').where('report_id', '=', reportId).where('indicator_code', '=', indicatorCode);
  q = innovationId ? q.where('innovation_id', '=', innovationId) : q.where('innovation_id', 'is', null);
  return (await q.executeTakeFirst())?.id;
}

export async function insertRow(trx: Trx, values: { reportId: string; indicatorCode: string; innovationId: string | null; level: number; basis: string | null }): Promise<string> {
  const row = await trx
    .insertInto('index_rows')
    .values({ report_id: values.reportId, indicator_code: values.indicatorCode, innovation_id: values.innovationId, claimed_level: values.level, basis: values.basis })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Sets the claimed level; any verification of the row is reopened (back to pending). */
export async function updateRowClaim(trx: Trx, rowId: string, values: { level: number; basis: string | null; reopen: boolean }): Promise<void> {
  await trx
    .updateTable('index_rows')
    .set({
      claimed_level: values.level,
      basis: values.basis,
      updated_at: sql<Date>`now()`,
      ...(values.reopen ? { status: 'pending', verified_level: null, decided_at: null, decided_by: null } : {}),
    })
    .where('id', '=', rowId)
    .execute();
}

export async function reopenRow(trx: Trx, rowId: string, answer?: string): Promise<void> {
  await trx
    .updateTable('index_rows')
    .set({
      status: 'pending',
      verified_level: null,
      decided_at: null,
      decided_by: null,
      updated_at: sql<Date>`now()`,
      ...(answer !== undefined ? { answer, answered_at: sql<Date>`now()` } : {}),
    })
    .where('id', '=', rowId)
    .execute();
}

export async function decideRow(
  trx: Trx,
  rowId: string,
  values: { status: Exclude<RowStatus, 'pending'>; verifiedLevel: number | null; reason: string | null; decidedBy: string; answerDueAt: Date | null },
): Promise<void> {
  await trx
    .updateTable('index_rows')
    .set({
      status: values.status,
      verified_level: values.verifiedLevel,
      reject_reason: values.reason,
      decided_by: values.decidedBy,
      decided_at: sql<Date>`now()`,
      answer_due_at: values.answerDueAt,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', rowId)
    .execute();
}

export async function countRowsByStatus(db: DbOrTrx, reportId: string): Promise<Record<RowStatus, number>> {
  const rows = await db
    .selectFrom('index_rows')
    .select(['status', sql<string>`count(*)`.as('n')])
    .where('report_id', '=', reportId)
    .groupBy('status')
    .execute();
  const out: Record<RowStatus, number> = { pending: 0, accepted: 0, rejected: 0, corrected: 0 };
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}

export interface EvidenceRow {
  id: string;
  rowId: string;
  evidenceType: string;
  kind: 'file' | 'link' | 'video_link';
  url: string | null;
  storageKey: string | null;
  filename: string | null;
  contentType: string | null;
  sizeBytes: number | null;
  platformFact: boolean;
}

const evidenceColumns = ['e.id', 'e.row_id', 'e.evidence_type', 'e.kind', 'e.url', 'e.storage_key', 'e.filename', 'e.content_type', 'e.size_bytes', 'e.platform_fact'] as const;
const toEvidence = (e: {
  id: string;
  row_id: string;
  evidence_type: string;
  kind: 'file' | 'link' | 'video_link';
  url: string | null;
  storage_key: string | null;
  filename: string | null;
  content_type: string | null;
  size_bytes: number | null;
  platform_fact: boolean;
}): EvidenceRow => ({
  id: e.id,
  rowId: e.row_id,
  evidenceType: e.evidence_type,
  kind: e.kind,
  url: e.url,
  storageKey: e.storage_key,
  filename: e.filename,
  contentType: e.content_type,
  sizeBytes: e.size_bytes,
  platformFact: e.platform_fact,
});

export async function selectEvidenceOfReport(db: DbOrTrx, reportId: string): Promise<EvidenceRow[]> {
  const rows = await db
    .selectFrom('index_evidence as e')
    .innerJoin('index_rows as r', 'r.id', 'e.row_id')
    .select(evidenceColumns)
    .where('r.report_id', '=', reportId)
    .orderBy('e.created_at')
    .execute();
  return rows.map(toEvidence);
}

export async function selectEvidence(db: DbOrTrx, evidenceId: string): Promise<(EvidenceRow & { reportId: string }) | undefined> {
  const row = await db
    .selectFrom('index_evidence as e')
    .innerJoin('index_rows as r', 'r.id', 'e.row_id')
    .select([...evidenceColumns, 'r.report_id'])
    .where('e.id', '=', evidenceId)
    .executeTakeFirst();
  return row ? { ...toEvidence(row), reportId: row.report_id } : undefined;
}

export async function insertEvidence(
  trx: Trx,
  values: {
    rowId: string;
    evidenceType: string;
    kind: 'file' | 'link' | 'video_link';
    url?: string | null;
    storageKey?: string | null;
    filename?: string | null;
    contentType?: string | null;
    sizeBytes?: number | null;
    sha256?: string | null;
    platformFact?: boolean;
    createdBy: string | null;
  },
): Promise<string> {
  const row = await trx
    .insertInto('index_evidence')
    .values({
      row_id: values.rowId,
      evidence_type: values.evidenceType,
      kind: values.kind,
      url: values.url ?? null,
      storage_key: values.storageKey ?? null,
      filename: values.filename ?? null,
      content_type: values.contentType ?? null,
      size_bytes: values.sizeBytes ?? null,
      sha256: values.sha256 ?? null,
      platform_fact: values.platformFact ?? false,
      created_by: values.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('index_rows')
    .set({ evidence_count: sql<number>`evidence_count + 1` })
    .where('id', '=', values.rowId)
    .execute();
  return row.id;
}

export async function deleteEvidence(trx: Trx, evidenceId: string): Promise<void> {
  const row = await trx.deleteFrom('index_evidence').where('id', '=', evidenceId).returning('row_id').executeTakeFirst();
  if (row)
    await trx
      .updateTable('index_rows')
      .set({ evidence_count: sql<number>`evidence_count - 1` })
      .where('id', '=', row.row_id)
      .execute();
}
