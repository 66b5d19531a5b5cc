import { type Kysely, sql } from 'kysely';

/**
 * Catalog search caching without a stale window (issue #13.6). The search generation is a
 * sequence, and nextval is visible to everyone at once — before the writing transaction commits.
 * A search that read the bumped generation while the write was still uncommitted could cache an
 * answer from the old rows under the new generation. Now every bump also takes a SHARED
 * transaction-level advisory lock, held until the writer commits or rolls back; readers try the
 * exclusive lock in the same statement as they read the generation (never waiting), and keep
 * nothing read while a writer is in flight (search-terms-repository.ts readSearchGeneration).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function catalog_search_bump() returns trigger language plpgsql as $$
    begin
      perform pg_advisory_xact_lock_shared(7340042);
      perform nextval('catalog_search_generation');
      return null;
    end $$;
  `.execute(db);
}
