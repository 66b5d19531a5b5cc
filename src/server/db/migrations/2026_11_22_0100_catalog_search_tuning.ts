import { type Kysely, sql } from 'kysely';

/**
 * Catalog search at national scale (measured on 100,000 innovations): the title's words in a
 * small column of their own. A broad query lists title matches first by walking the start-date
 * index and testing this inline vector, instead of decompressing the large `search_vector` of
 * every match; the GIN index serves narrow title queries.
 * Loaders must not write `title_vector` (generated).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table innovations add column title_vector tsvector
      generated always as (to_tsvector('indonesian'::regconfig, simpul_unaccent(title))) stored;
    create index innovations_title_fts_idx on innovations using gin (title_vector);
  `.execute(db);
}
