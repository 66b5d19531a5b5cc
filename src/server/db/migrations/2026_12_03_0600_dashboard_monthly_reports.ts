import { type Kysely, sql } from 'kysely';

/**
 * The ministry's monthly summary report (issue #19 point 4): one row per reported month, written
 * in the transaction that queues the notifications, so a second run in the same month — on any
 * instance — sends nothing.
 * - month: the reported calendar month, `YYYY-MM` (Indonesian western time, WIB).
 * - sent_at: when it was queued; recipients: how many staff accounts were notified.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table dashboard_monthly_reports (
      month text primary key check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      sent_at timestamptz not null default now(),
      recipients integer not null check (recipients >= 0)
    )
  `.execute(db);
}
