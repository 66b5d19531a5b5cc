import { type Kysely, sql } from 'kysely';

/**
 * Per-account preferences. `time_zone` is the Indonesian zone (WIB, WITA, WIT) the account
 * reads and enters dates in, so an operator in Makassar sees WITA on every device they sign in
 * on, not only in the browser where they picked it. Existing accounts start at WIB, the
 * platform's default. The allowed codes mirror TIME_ZONES in src/common/competitions.ts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users
      add column time_zone text not null default 'WIB'
      constraint users_time_zone_check check (time_zone in ('WIB', 'WITA', 'WIT'));
  `.execute(db);
}
