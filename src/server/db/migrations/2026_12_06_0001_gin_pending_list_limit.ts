import { type Kysely, sql } from 'kysely';

/**
 * Every GIN index keeps a small pending list (issue #13.6). New entries wait in a pending list
 * that every search of the index reads in full, until VACUUM merges it — autovacuum on
 * PostgreSQL, never on PGlite, which has no autovacuum — or until it outgrows
 * `gin_pending_list_limit` (4 MB by default), when the insert that overflows it merges it. On the
 * national data set in PGlite the lists held 150–400 pages: looking up one word in the titles
 * took ~5 ms even when it found nothing (1.2 ms after the merge), and every typo correction read
 * the vocabulary's 354-page list. At 64 kB (the least allowed) a search reads at most 8 pending
 * pages, and writes keep most of the pending list's batching: a 3,000-row historical import
 * committed in 5.8 s on PGlite, against 4.8 s with 4 MB lists and 7.5 s with none
 * (`fastupdate = off`). Lists already there are merged now. A new GIN index is created `with
 * (gin_pending_list_limit = 64)`; test/db/gin-pending-list.test.ts checks every one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const gin = await sql<{ name: string }>`
    select c.relname as name from pg_class c
    join pg_am am on am.oid = c.relam
    where am.amname = 'gin' and c.relkind = 'i' and c.relnamespace = current_schema()::regnamespace
    order by c.relname`.execute(db);
  for (const { name } of gin.rows) {
    await sql`alter index ${sql.ref(name)} set (gin_pending_list_limit = 64)`.execute(db);
    await sql`select gin_clean_pending_list(${name}::regclass)`.execute(db);
  }
}
