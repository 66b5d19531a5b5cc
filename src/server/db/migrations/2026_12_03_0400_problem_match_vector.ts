import { type Kysely, sql } from 'kysely';

/**
 * Problem-first suggestions (issue #15.4): the words of the narratives a replica's problem is
 * compared with — the title (weight A), the summary and the problem statement (weight B) — in a
 * column of their own, with its GIN index. The catalog's `search_vector` also holds the steps,
 * results, resources and sustainability sections, whose words (budgets, legal bases, generic
 * steps) are shared by most records and drown the few words that single out a source; its
 * postings are also several times longer. Generated, so every writer keeps it current
 * (loaders must not write it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table innovations add column match_vector tsvector generated always as (
      setweight(to_tsvector('indonesian'::regconfig, simpul_unaccent(title)), 'A') ||
      setweight(to_tsvector('indonesian'::regconfig, simpul_unaccent(summary || ' ' || problem)), 'B')
    ) stored;
    create index innovations_match_idx on innovations using gin (match_vector);
  `.execute(db);
}
