import { type Kysely, sql } from 'kysely';

/**
 * A competition group can require a confirmed replication (issue #14 point 6, the KIPP
 * "replikasi" group): the innovation entered must be recorded in the catalog as a confirmed
 * replication of an earlier award-winning innovation. Off for every existing group.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table competition_groups add column requires_replication boolean not null default false`.execute(db);
}
