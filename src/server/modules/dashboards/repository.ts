import type { DbOrTrx, Trx } from '../../db/types.js';

/** The dashboards' own table: which months' summary reports were sent, with their figures as sent. */

/**
 * Claims a month's report in the sending transaction, with its figures as sent (JSON); false when
 * it was already sent (or another run holds it).
 */
export async function claimMonthlyReport(trx: Trx, month: string, recipients: number, figures: unknown): Promise<boolean> {
  const row = await trx
    .insertInto('dashboard_monthly_reports')
    .values({ month, recipients, figures: JSON.stringify(figures) })
    .onConflict((oc) => oc.column('month').doNothing())
    .returning('month')
    .executeTakeFirst();
  return row !== undefined;
}

export async function monthlyReportSent(db: DbOrTrx, month: string): Promise<boolean> {
  return (await db.selectFrom('dashboard_monthly_reports').select('month').where('month', '=', month).executeTakeFirst()) !== undefined;
}

/** A sent report's stored figures and when it was sent; undefined for a month never sent. */
export async function monthlyReportRow(db: DbOrTrx, month: string): Promise<{ figures: unknown; sentAt: Date } | undefined> {
  const row = await db.selectFrom('dashboard_monthly_reports').select(['figures', 'sent_at']).where('month', '=', month).executeTakeFirst();
  return row && { figures: row.figures, sentAt: row.sent_at };
}
