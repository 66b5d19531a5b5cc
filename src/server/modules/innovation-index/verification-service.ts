import type { Cluster, ReportStatus } from '../../../common/innovation-index.js';
import { appendAudit } from '../../audit/audit-log.js';
import { errors } from '../../http/errors.js';
import type { RequestContext } from '../../http/request-context.js';
import { notify } from '../notifications/service.js';
import { activeUserIdsByRole } from '../users/contacts.js';
import { requireModel } from './models-service.js';
import { assertMayReadReport, assertMayVerify } from './policy.js';
import { selectModel } from './repository.js';
import { buildReportView, type ReportView } from './report-view.js';
import { countRowsByStatus, decideRow, selectReport, selectRow, setReportStatus } from './reports-repository.js';
import { selectQueue } from './results-repository.js';

/**
 * Verification (`index.verify`, the ministry's verifiers): a queue of sent reports filtered by
 * province, cluster and status; per row accept, reject with a reason (the region may answer once
 * within the model's answer window) or correct the level; finishing a report tells the region of
 * its rejections. Verifiers never touch evidence. Claimed and verified scores are both kept.
 */

const ROW = { id: 'Baris indikator', en: 'Indicator row' };

export async function verificationQueue(
  ctx: RequestContext,
  year: number,
  filter: { province?: string; cluster?: Cluster; status?: ReportStatus; page: number; pageSize: number },
) {
  const model = await requireModel(ctx.db, year);
  const page = await selectQueue(ctx.db, {
    modelId: model.id,
    province: filter.province,
    cluster: filter.cluster,
    status: filter.status,
    limit: filter.pageSize,
    offset: (filter.page - 1) * filter.pageSize,
  });
  return { ...page, page: filter.page, pageSize: filter.pageSize };
}

export async function reportForStaff(ctx: RequestContext, reportId: string): Promise<ReportView> {
  const report = await selectReport(ctx.db, { id: reportId });
  assertMayReadReport(ctx.user, report);
  const model = (await selectModel(ctx.db, { id: report.modelId }))!;
  return buildReportView(ctx.db, model, report);
}

export interface DecisionInput {
  decision: 'accept' | 'reject' | 'correct';
  level?: number;
  reason?: string;
}

export async function decide(ctx: RequestContext, reportId: string, rowId: string, input: DecisionInput): Promise<ReportView> {
  const report = await selectReport(ctx.db, { id: reportId });
  assertMayVerify(ctx.user, report);
  const model = (await selectModel(ctx.db, { id: report.modelId }))!;
  await ctx.db.transaction().execute(async (trx) => {
    const row = await selectRow(trx, rowId, { forUpdate: true });
    if (!row || row.reportId !== report.id) throw errors.notFound(ROW);
    if (input.decision !== 'reject' && row.evidenceCount === 0) {
      throw errors.conflict('INDEX_ROW_WITHOUT_EVIDENCE', {
        id: 'Baris tanpa bukti tidak dapat diterima; tolak dengan alasan.',
        en: 'A row without evidence cannot be accepted; reject it with a reason.',
      });
    }
    if (input.decision === 'reject' && !input.reason?.trim()) throw errors.validation({ id: 'Alasan penolakan wajib diisi.', en: 'A rejection needs a reason.' });
    if (input.decision === 'correct' && (!input.level || input.level < 1 || input.level > 3 || input.level === row.claimedLevel)) {
      throw errors.validation({ id: 'Koreksi memerlukan tingkat 1–3 yang berbeda dari klaim daerah.', en: 'A correction needs a level 1–3 different from the claim.' });
    }
    const status = input.decision === 'accept' ? 'accepted' : input.decision === 'reject' ? 'rejected' : 'corrected';
    // A row already answered once gets no second answer window.
    const answerDueAt = status === 'rejected' && !row.answeredAt ? new Date(ctx.now.getTime() + model.config.answerWindowDays * 86_400_000) : null;
    await decideRow(trx, row.id, {
      status,
      verifiedLevel: status === 'corrected' ? input.level! : status === 'accepted' ? row.claimedLevel : null,
      reason: status === 'rejected' ? input.reason!.trim() : null,
      decidedBy: ctx.actor.userId!,
      answerDueAt,
    });
    await appendAudit(trx, ctx.actor, {
      action: `index.row.${input.decision}`,
      entityType: 'index_row',
      entityId: row.id,
      before: { status: row.status, level: row.claimedLevel, verifiedLevel: row.verifiedLevel },
      after: { status, verifiedLevel: status === 'corrected' ? input.level : null, reason: input.reason ?? null },
    });
  });
  return buildReportView(ctx.db, model, (await selectReport(ctx.db, { id: reportId }))!);
}

/** Closes the verification of a report once no row is pending; the region hears of its rejections. */
export async function finishVerification(ctx: RequestContext, reportId: string, options: { publicUrl?: string } = {}): Promise<ReportView> {
  const report = await selectReport(ctx.db, { id: reportId });
  assertMayVerify(ctx.user, report);
  const model = (await selectModel(ctx.db, { id: report.modelId }))!;
  await ctx.db.transaction().execute(async (trx) => {
    const locked = (await selectReport(trx, { id: reportId }, { forUpdate: true }))!;
    const counts = await countRowsByStatus(trx, reportId);
    if (counts.pending > 0)
      throw errors.conflict('INDEX_ROWS_PENDING', { id: `Masih ${counts.pending} baris belum diputuskan.`, en: `${counts.pending} rows are still undecided.` });
    await setReportStatus(trx, reportId, 'verified', { verified: true });
    if (counts.rejected > 0) {
      const recipients = (await activeUserIdsByRole(trx, ['agency_admin', 'agency_operator'], [report.agencyId])).map((userId) => ({ userId }));
      const due = new Date(ctx.now.getTime() + model.config.answerWindowDays * 86_400_000).toISOString().slice(0, 10);
      await notify(trx, { recipients, kind: 'index.rejected', params: { year: model.year, rows: counts.rejected, due }, link: '/indeks/laporan', publicUrl: options.publicUrl });
    }
    await appendAudit(trx, ctx.actor, {
      action: 'index.report.verified',
      entityType: 'index_report',
      entityId: reportId,
      before: { status: locked.status },
      after: { status: 'verified', ...counts },
    });
  });
  return buildReportView(ctx.db, model, (await selectReport(ctx.db, { id: reportId }))!);
}
