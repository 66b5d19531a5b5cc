import type { DbOrTrx, Trx } from '../../db/types.js';

/** The dashboards' one table: which months' summary reports were sent. */

/** Claims a month's report in the sending transaction; false when it was already sent (or another run holds it). */
export async function claimMonthlyReport(trx: Trx, month: string, recipients: number): Promise<boolean> {
  const row = await trx
    .insertInto('dashboard_monthly_reports')
    .values({ month, recipients })
    .onConflict((oc) => oc.column('month').doNothing())
    .returning('month')
    .executeTakeFirst();
  return row !== undefined;
}

export async function monthlyReportSent(db: DbOrTrx, month: string): Promise<boolean> {
  return (await db.selectFrom('dashboard_monthly_reports').select('month').where('month', '=', month).executeTakeFirst()) !== undefined;
}
