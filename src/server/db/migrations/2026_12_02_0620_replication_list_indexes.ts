import { type Kysely, sql } from 'kysely';

/**
 * The replication M&E list at national scale (issue #14 point 9): every filter of the list has an
 * index that also yields the list's order (newest request first), so a filtered page reads only
 * its rows; the open milestones of a case (next due date, overdue count and flag) come from a
 * partial index instead of the case's whole plan.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index replication_cases_state_list_idx on replication_cases (state, requested_at desc, id);
    create index replication_cases_adopter_province_list_idx on replication_cases (adopter_province_code, requested_at desc, id);
    create index replication_cases_category_list_idx on replication_cases (category_id, requested_at desc, id);
    create index replication_milestones_open_idx on replication_milestones (case_id, due_on) where done_at is null;
  `.execute(db);
}
