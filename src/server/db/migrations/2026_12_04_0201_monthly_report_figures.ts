import { type Kysely, sql } from 'kysely';

/**
 * The monthly report's figures as of sending (issue #19 point 4): the national view computed when
 * the report was queued, stored with its row, so the report's PDF/XLSX download shows what was
 * sent, not today's figures.
 * - figures: the `NationalDashboard` JSON (src/common/dashboards.ts); null for reports sent before
 *   this migration (their download answers 404).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table dashboard_monthly_reports add column figures jsonb`.execute(db);
}
