import { type Kysely, sql } from 'kysely';

/**
 * Builds secondary indexes after a bulk load instead of maintaining them row by row: a GIN
 * index over 100,000 tsvectors is built several times faster in one pass. The indexes are read
 * from the catalog (`pg_indexes`), so whatever the owning module's migration declares is
 * recreated exactly; indexes that back a constraint (primary keys, unique constraints) stay.
 * Run it inside the load's transaction: if the load fails, the drop is rolled back too.
 */
export interface DroppedIndex {
  readonly name: string;
  readonly definition: string;
}

export async function dropSecondaryIndexes(db: Kysely<any>, tables: readonly string[]): Promise<DroppedIndex[]> {
  const found = await sql<{ indexname: string; indexdef: string }>`
    select i.indexname, i.indexdef
    from pg_indexes i
    where i.schemaname = 'public'
      and i.tablename in (${sql.join(tables)})
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.connamespace = 'public'::regnamespace)
      and i.indexdef not like 'CREATE UNIQUE INDEX%'
    order by i.tablename, i.indexname`.execute(db);
  for (const { indexname } of found.rows) await sql`drop index ${sql.ref(indexname)}`.execute(db);
  return found.rows.map((r) => ({ name: r.indexname, definition: r.indexdef }));
}

export async function recreateIndexes(db: Kysely<any>, indexes: readonly DroppedIndex[]): Promise<void> {
  for (const index of indexes) await sql.raw(index.definition).execute(db);
}
