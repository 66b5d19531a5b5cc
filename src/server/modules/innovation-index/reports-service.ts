import { appendAudit } from '../../audit/audit-log.js';
import type { Trx } from '../../db/types.js';
import { errors } from '../../http/errors.js';
import type { RequestContext } from '../../http/request-context.js';
import { findAgency } from '../agencies/service.js';
import { indexInnovationsOf } from '../catalog/index-facts-service.js';
import { requireModel, windowOpen } from './models-service.js';
import { ownRegionOf, REPORT } from './policy.js';
import type { ModelRow } from './repository.js';
import { buildReportView, type ReportView, suggestedLevel } from './report-view.js';
import {
  deleteReportInnovation,
  findRowId,
  type IndicatorRow,
  insertEvidence,
  insertReport,
  insertReportInnovation,
  insertRow,
  reopenRow,
  type ReportRow,
  selectReport,
  selectReportInnovations,
  selectRow,
  setReportStatus,
  touchReport,
  updateRowClaim,
} from './reports-repository.js';

/**
 * A region's self-report (its regional government's staff, `index.report`): SPD levels, the
 * catalog innovations it reports (its own only) and their SID levels, with evidence
 * (evidence-service.ts). Draft → ready (the operator asks for the local review) → sent (the
 * agency admin approves and sends, `index.send`) inside the reporting window. After sending, the
 * region changes only rows the verifier rejected, once, before the answer is due; its answer
 * reopens the row for the verifier. Every level, evidence and step is audited.
 */

const INNOVATION = { id: 'Inovasi', en: 'Innovation' };

export interface OwnReportContext {
  model: ModelRow;
  regionCode: string;
  agencyId: string;
}

export async function ownContext(ctx: RequestContext, year: number): Promise<OwnReportContext> {
  const agency = ctx.user?.agencyId ? await findAgency(ctx.db, ctx.user.agencyId) : undefined;
  const regionCode = ownRegionOf(agency);
  const model = await requireModel(ctx.db, year);
  if (model.status !== 'published') throw errors.notFound(REPORT);
  return { model, regionCode, agencyId: agency!.id };
}

function refuseOutsideWindow(model: ModelRow, now: Date): void {
  if (!windowOpen(model, now)) {
    throw errors.conflict('INDEX_WINDOW_CLOSED', {
      id: `Di luar jendela pelaporan Indeks Inovasi Daerah ${model.year}${model.windowOpensAt && model.windowClosesAt ? ` (${model.windowOpensAt.toISOString().slice(0, 10)} – ${model.windowClosesAt.toISOString().slice(0, 10)})` : ''}.`,
      en: `Outside the ${model.year} regional innovation index reporting window${model.windowOpensAt && model.windowClosesAt ? ` (${model.windowOpensAt.toISOString().slice(0, 10)} – ${model.windowClosesAt.toISOString().slice(0, 10)})` : ''}.`,
    });
  }
}

function refuseUnlessDraft(report: ReportRow): void {
  if (report.status !== 'draft') {
    throw errors.conflict('INDEX_REPORT_NOT_DRAFT', {
      id: 'Laporan sedang ditinjau atau sudah dikirim; kembalikan ke draf untuk mengubah.',
      en: 'The report is under local review or sent; return it to draft to change it.',
    });
  }
}

/** The caller's region's report, or null when it has not been started. */
export async function getOwnReport(ctx: RequestContext, year: number): Promise<ReportView | null> {
  const own = await ownContext(ctx, year);
  const report = await selectReport(ctx.db, { modelId: own.model.id, regionCode: own.regionCode });
  return report ? buildReportView(ctx.db, own.model, report) : null;
}

/** The region's own innovations it may still add (catalog records of its regional government). */
export async function availableInnovations(ctx: RequestContext, year: number) {
  const own = await ownContext(ctx, year);
  const report = await selectReport(ctx.db, { modelId: own.model.id, regionCode: own.regionCode });
  const included = new Set(report ? (await selectReportInnovations(ctx.db, report.id)).map((i) => i.innovationId) : []);
  return (await indexInnovationsOf(ctx.db, own.agencyId)).filter((i) => !included.has(i.id));
}

/** Runs `change` on the region's report (created on first change) in a transaction, then answers the fresh view. */
async function changeOwn(ctx: RequestContext, year: number, change: (trx: Trx, own: OwnReportContext, report: ReportRow) => Promise<void>): Promise<ReportView> {
  const own = await ownContext(ctx, year);
  const report = await ctx.db.transaction().execute(async (trx) => {
    let report = await selectReport(trx, { modelId: own.model.id, regionCode: own.regionCode }, { forUpdate: true });
    if (!report) {
      refuseOutsideWindow(own.model, ctx.now);
      report = await insertReport(trx, { modelId: own.model.id, regionCode: own.regionCode, agencyId: own.agencyId });
    }
    await change(trx, own, report);
    await touchReport(trx, report.id);
    return report;
  });
  return buildReportView(ctx.db, own.model, (await selectReport(ctx.db, { id: report.id }))!);
}

export function addInnovation(ctx: RequestContext, year: number, innovationId: string): Promise<ReportView> {
  return changeOwn(ctx, year, async (trx, own, report) => {
    refuseOutsideWindow(own.model, ctx.now);
    refuseUnlessDraft(report);
    const [innovation] = await indexInnovationsOf(trx, own.agencyId, [innovationId]);
    // Another region's innovation is not seen at all.
    if (!innovation) throw errors.notFound(INNOVATION);
    if (await insertReportInnovation(trx, report.id, innovationId, innovation.governmentAffair)) {
      await appendAudit(trx, ctx.actor, {
        action: 'index.report.innovation_add',
        entityType: 'index_report',
        entityId: report.id,
        after: { innovationId, affair: innovation.governmentAffair },
      });
    }
  });
}

export function removeInnovation(ctx: RequestContext, year: number, innovationId: string): Promise<ReportView> {
  return changeOwn(ctx, year, async (trx, own, report) => {
    refuseOutsideWindow(own.model, ctx.now);
    refuseUnlessDraft(report);
    if (!(await deleteReportInnovation(trx, report.id, innovationId))) throw errors.notFound(INNOVATION);
    await appendAudit(trx, ctx.actor, { action: 'index.report.innovation_remove', entityType: 'index_report', entityId: report.id, before: { innovationId } });
  });
}

/** Whether the region may change this row now: a draft in the window, or a rejected row not yet answered before its due date. */
export function assertRowEditable(model: ModelRow, report: ReportRow, row: Pick<IndicatorRow, 'status' | 'answeredAt' | 'answerDueAt'> | undefined, now: Date): void {
  if (report.status === 'draft' || report.status === 'ready') {
    refuseOutsideWindow(model, now);
    refuseUnlessDraft(report);
    return;
  }
  if (!row || row.status !== 'rejected') {
    throw errors.conflict('INDEX_ROW_LOCKED', {
      id: 'Laporan sudah dikirim; hanya baris yang ditolak verifikator yang dapat dijawab.',
      en: 'The report has been sent; only rows the verifier rejected can be answered.',
    });
  }
  if (row.answeredAt || !row.answerDueAt || row.answerDueAt <= now) {
    throw errors.conflict('INDEX_ANSWER_CLOSED', {
      id: 'Penolakan hanya dapat dijawab sekali, sebelum batas waktunya.',
      en: 'A rejection can be answered once, before its due date.',
    });
  }
}

export interface LevelInput {
  indicatorCode: string;
  innovationId: string | null;
  level: number;
  basis?: string | null;
  /** Offer the platform's fact (replications) as this row's evidence. */
  usePlatformFact?: boolean;
}

export function setLevel(ctx: RequestContext, year: number, input: LevelInput): Promise<ReportView> {
  return changeOwn(ctx, year, async (trx, own, report) => {
    const indicator = own.model.config.indicators.find((i) => i.code === input.indicatorCode);
    if (!indicator)
      throw errors.validation({ id: `Indikator ${input.indicatorCode} tidak ada pada model ${year}.`, en: `Indicator ${input.indicatorCode} is not in the ${year} model.` });
    if (!Number.isInteger(input.level) || input.level < 1 || input.level > 3) throw errors.validation({ id: 'Tingkat harus 1, 2, atau 3.', en: 'The level must be 1, 2 or 3.' });
    if ((indicator.aspect === 'spd') !== (input.innovationId === null)) {
      throw errors.validation({ id: 'Indikator SPD diisi tanpa inovasi; indikator SID per inovasi.', en: 'SPD indicators take no innovation; SID indicators are per innovation.' });
    }
    if (input.innovationId && !(await selectReportInnovations(trx, report.id)).some((i) => i.innovationId === input.innovationId)) throw errors.notFound(INNOVATION);
    const basis = input.basis ?? null;
    if (basis !== null && !indicator.bases.some((b) => b.code === basis))
      throw errors.validation({ id: `Basis ${basis} tidak tersedia untuk indikator ${indicator.no}.`, en: `Basis ${basis} is not offered for indicator ${indicator.no}.` });
    const rowId = await findRowId(trx, report.id, input.indicatorCode, input.innovationId);
    const before = rowId ? await selectRow(trx, rowId, { forUpdate: true }) : undefined;
    assertRowEditable(own.model, report, before, ctx.now);
    let id = rowId;
    if (before) await updateRowClaim(trx, before.id, { level: input.level, basis, reopen: false });
    else id = await insertRow(trx, { reportId: report.id, indicatorCode: input.indicatorCode, innovationId: input.innovationId, level: input.level, basis });
    if (input.usePlatformFact && indicator.platformFact === 'replication_regions' && input.innovationId) {
      const view = await buildReportView(trx, own.model, report);
      const fact = view.innovations.find((i) => i.id === input.innovationId);
      if (!fact || suggestedLevel(own.model.config, indicator.code, fact.replicationRegions) === null) {
        throw errors.validation({
          id: 'Platform belum mencatat replikasi terkonfirmasi untuk inovasi ini.',
          en: 'The platform holds no confirmed replication of this innovation.',
        });
      }
      await insertEvidence(trx, {
        rowId: id!,
        evidenceType: 'tautan',
        kind: 'link',
        url: `/katalog/${input.innovationId}`,
        filename: `${fact.replicationRegions} daerah replikasi (jaringan replikasi Simpul)`,
        platformFact: true,
        createdBy: ctx.actor.userId,
      });
    }
    await appendAudit(trx, ctx.actor, {
      action: 'index.row.level',
      entityType: 'index_row',
      entityId: id!,
      before: before ? { level: before.claimedLevel, basis: before.basis } : null,
      after: { reportId: report.id, indicator: input.indicatorCode, innovationId: input.innovationId, level: input.level, basis, platformFact: !!input.usePlatformFact },
    });
  });
}

/** The region's one answer to a rejection: reopens the row for the verifier. */
export function answerRejection(ctx: RequestContext, year: number, rowId: string, answer: string): Promise<ReportView> {
  return changeOwn(ctx, year, async (trx, own, report) => {
    const row = await selectRow(trx, rowId, { forUpdate: true });
    if (!row || row.reportId !== report.id) throw errors.notFound({ id: 'Baris indikator', en: 'Indicator row' });
    assertRowEditable(own.model, report, row, ctx.now);
    await reopenRow(trx, row.id, answer);
    if (report.status === 'verified') await setReportStatus(trx, report.id, 'sent', { verified: false });
    await appendAudit(trx, ctx.actor, {
      action: 'index.row.answer',
      entityType: 'index_row',
      entityId: row.id,
      before: { status: row.status, reason: row.rejectReason },
      after: { status: 'pending', answer },
    });
  });
}

/** The operator (or admin) asks for the local review. */
export function markReady(ctx: RequestContext, year: number): Promise<ReportView> {
  return changeOwn(ctx, year, async (trx, own, report) => {
    refuseOutsideWindow(own.model, ctx.now);
    refuseUnlessDraft(report);
    await setReportStatus(trx, report.id, 'ready');
    await appendAudit(trx, ctx.actor, {
      action: 'index.report.ready',
      entityType: 'index_report',
      entityId: report.id,
      before: { status: report.status },
      after: { status: 'ready' },
    });
  });
}

/** The agency admin's local review: approve and send, or return to draft. */
export function reviewReport(ctx: RequestContext, year: number, decision: 'send' | 'return', note?: string): Promise<ReportView> {
  return changeOwn(ctx, year, async (trx, own, report) => {
    refuseOutsideWindow(own.model, ctx.now);
    if (report.status !== 'ready')
      throw errors.conflict('INDEX_REPORT_NOT_READY', {
        id: 'Hanya laporan yang menunggu tinjauan lokal yang dapat disetujui atau dikembalikan.',
        en: 'Only a report awaiting local review can be approved or returned.',
      });
    const status = decision === 'send' ? 'sent' : 'draft';
    await setReportStatus(trx, report.id, status, decision === 'send' ? { approvedBy: ctx.actor.userId, sent: true } : {});
    await appendAudit(trx, ctx.actor, {
      action: decision === 'send' ? 'index.report.send' : 'index.report.return',
      entityType: 'index_report',
      entityId: report.id,
      before: { status: report.status },
      after: { status, note: note ?? null },
    });
  });
}
