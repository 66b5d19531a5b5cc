import { type Kysely, sql } from 'kysely';

/**
 * The agency directory's generation (issue #16 scale): a sequence bumped by every statement that
 * changes `agencies` or `regions` — from any process, the services, the imports or the national
 * loader alike — so the institutionalisation module can keep the directory (about 1,000
 * organisations) and the province names in memory and reread them only when they changed
 * (modules/institutionalisation/directory-cache.ts). As with the search generation (migration
 * 0901 of 2026-12-03), each bump takes a SHARED transaction-level advisory lock held until the
 * writer commits; a reader tries the exclusive lock in the same statement and keeps nothing it
 * read while a writer is still in flight.
 *
 * `oaoi_generation` does the same for what OAOI coverage is computed from (realisation spans and
 * targets), so the coverage of a year range is computed once per change, not per request
 * (oaoi-service.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create sequence directory_generation;
    create function directory_bump() returns trigger language plpgsql as $$
    begin
      perform pg_advisory_xact_lock_shared(7340044);
      perform nextval('directory_generation');
      return null;
    end $$;
    create trigger agencies_directory_generation after insert or update or delete on agencies
      for each statement execute function directory_bump();
    create trigger regions_directory_generation after insert or update or delete on regions
      for each statement execute function directory_bump();

    -- OAOI's own inputs: the realisation spans (kept by the innovations triggers of migration
    -- 0200 of 2026-12-03, so every publish, stop, move or delete that changes a count) and the
    -- targets. Same writers' lock, so one reader's try covers both generations.
    create sequence oaoi_generation;
    create function oaoi_bump() returns trigger language plpgsql as $$
    begin
      perform pg_advisory_xact_lock_shared(7340044);
      perform nextval('oaoi_generation');
      return null;
    end $$;
    create trigger oaoi_running_spans_generation after insert or update or delete on oaoi_running_spans
      for each statement execute function oaoi_bump();
    create trigger oaoi_default_targets_generation after insert or update or delete on oaoi_default_targets
      for each statement execute function oaoi_bump();
    create trigger oaoi_agency_targets_generation after insert or update or delete on oaoi_agency_targets
      for each statement execute function oaoi_bump();
  `.execute(db);
}
