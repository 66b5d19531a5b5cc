import { type Kysely, sql } from 'kysely';

/**
 * Organising events (issue #15, web screens):
 * - events.cancelled_at: set when the organiser cancels; a cancelled event stays listed (marked)
 *   and takes no registrations. Registrants are told through notify().
 * - event_materials.size_bytes: the stored size of an uploaded document (null for video links).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table events add column cancelled_at timestamptz`.execute(db);
  await sql`alter table event_materials add column size_bytes integer check (size_bytes is null or size_bytes > 0)`.execute(db);
  await sql`create index event_registrations_line_idx on event_registrations (event_id, status, created_at, id)`.execute(db);
}
