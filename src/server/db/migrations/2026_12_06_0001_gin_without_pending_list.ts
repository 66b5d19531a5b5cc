import { type Kysely, sql } from 'kysely';

/**
 * Every GIN index without a pending list (issue #13.6). With `fastupdate` on (PostgreSQL's
 * default) new entries go to a pending list that every search of the index reads in full, until
 * VACUUM merges it — autovacuum on PostgreSQL, never on PGlite, which has no autovacuum (only a
 * list over 4 MB is merged, by the insert that overflows it). On the national data set in PGlite
 * the lists held 150–400 pages: looking up one word in the titles took ~5 ms even when it found
 * nothing (1.2 ms after the merge), and every typo correction read 354 pages of the vocabulary's
 * trigram list. Writes are human-paced here and searches are not, so each write now updates the
 * index itself. Lists already there are merged now. New GIN indexes are created `with
 * (fastupdate = off)`; test/db/gin-fastupdate.test.ts checks every one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const gin = await sql<{ name: string }>`
    select c.relname as name from pg_class c
    join pg_am am on am.oid = c.relam
    where am.amname = 'gin' and c.relkind = 'i' and c.relnamespace = current_schema()::regnamespace
    order by c.relname`.execute(db);
  for (const { name } of gin.rows) {
    await sql`alter index ${sql.ref(name)} set (fastupdate = off)`.execute(db);
    await sql`select gin_clean_pending_list(${name}::regclass)`.execute(db);
  }
}
