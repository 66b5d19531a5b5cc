import { type NationalDashboard, nationalDashboard } from '../../../common/dashboards.js';
import { todayWib } from '../../../common/replication.js';
import { appendAudit, SYSTEM_ACTOR } from '../../audit/audit-log.js';
import type { Db } from '../../db/types.js';
import { publishedResultYears } from '../innovation-index/results-service.js';
import { notify } from '../notifications/service.js';
import { activeUserIdsByRole } from '../users/contacts.js';
import { claimMonthlyReport, monthlyReportRow, monthlyReportSent } from './repository.js';
import { computeNationalFresh } from './service.js';
import { readStored } from './stored-figures.js';

/** Who receives the monthly summary: the ministry's secretariat (src/common/roles.ts). */
export const MONTHLY_REPORT_ROLES = ['ministry_admin'] as const;

/** The calendar month before `now`'s, in Indonesian western time: `YYYY-MM`. */
export function previousMonthWib(now: Date): string {
  const [year, month] = todayWib(now).split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/**
 * The ministry's monthly summary report (issue #19 point 4), through the one notification path:
 * once the month has turned (WIB), every active ministry admin gets an in-app entry and, by their
 * preference, an e-mail with the national figures at the end of the previous month and links to
 * the report's PDF and XLSX. Those render the figures stored with the month's row when it was
 * sent (`sentMonthlyReport`), not today's. The month is claimed in `dashboard_monthly_reports` in the
 * transaction that queues the notifications, so a second run in the same month — on any
 * instance — sends nothing. Run by the housekeeping timer in main.ts. Returns the accounts notified.
 */
export async function queueMonthlyReport(db: Db, now = new Date(), options: { publicUrl?: string } = {}): Promise<number> {
  const month = previousMonthWib(now);
  if (await monthlyReportSent(db, month)) return 0;
  const recipients = await activeUserIdsByRole(db, MONTHLY_REPORT_ROLES);
  const d = await computeNationalFresh({ db, now }, {});
  const section = (id: string) => d.sections.find((s) => s.id === id);
  const reportYear = Number(month.slice(0, 4));
  const coverage = section('oaoi.byYear')?.rows.find((r) => r.key === String(reportYear))?.value ?? null;
  const indexYear = (await publishedResultYears(db))[0]?.year ?? null;
  const base = (options.publicUrl ?? '').replace(/\/$/, '');
  const params = {
    month,
    innovations: d.innovations.total,
    provinces: d.innovations.byProvince.filter((p) => p.count > 0).length,
    replications: (section('replication.adoptedByProvince')?.rows ?? []).reduce((s, r) => s + r.value, 0),
    oaoiCoverage: coverage,
    indexYear,
    hubs: section('hubs.map')?.rows.length ?? 0,
    statisticsUrl: `${base}/statistik`,
    pdfUrl: `${base}/api/dashboard/monthly/${month}/export?format=pdf`,
    xlsxUrl: `${base}/api/dashboard/monthly/${month}/export?format=xlsx`,
  };
  return db.transaction().execute(async (trx) => {
    if (!(await claimMonthlyReport(trx, month, recipients.length, d))) return 0;
    const result = recipients.length
      ? await notify(trx, { recipients: recipients.map((userId) => ({ userId })), kind: 'dashboard.monthly', params, link: '/statistik', publicUrl: options.publicUrl })
      : { inApp: 0 };
    await appendAudit(trx, SYSTEM_ACTOR, {
      action: 'dashboard.monthly_report',
      entityType: 'dashboard_monthly_report',
      entityId: month,
      after: { ...params, recipients: recipients.length },
    });
    return result.inApp;
  });
}

/**
 * A sent report's national figures exactly as they were sent, and when; null for a month never
 * sent or sent before the figures were stored (migration 2026_12_04_0201).
 */
export async function sentMonthlyReport(db: Db, month: string): Promise<{ view: NationalDashboard; sentAt: Date } | null> {
  const row = await monthlyReportRow(db, month);
  if (!row || row.figures === null) return null;
  const figures = typeof row.figures === 'string' ? (JSON.parse(row.figures) as unknown) : row.figures;
  // Read tolerantly: the copy keeps the view's shape of the day it was sent (stored-figures.ts).
  return { view: readStored(nationalDashboard, figures), sentAt: new Date(row.sentAt) };
}
