import { type Insertable, sql } from 'kysely';
import type { InnovationTable } from '../../../db/schema/catalog.js';
import type { DbOrTrx, Trx } from '../../../db/types.js';

/** The bulk import's queries: the look-alike check and the chunked insert. */

/**
 * For each title (by its 1-based position `n`), the most similar title of a record the agency
 * may see (published, or its own), when at least `threshold` similar.
 */
export async function mostSimilarTitles(db: DbOrTrx, agencyId: string, titles: string[], threshold: number) {
  const found = await sql<{ n: number; title: string; similarity: number }>`
    select t.n, m.title, m.similarity from unnest(${sql.val(titles)}::text[]) with ordinality as t(title, n)
    cross join lateral (
      select i.title, similarity(simpul_unaccent(i.title), simpul_unaccent(t.title))::float8 as similarity from innovations i
      where simpul_unaccent(i.title) % simpul_unaccent(t.title) and (i.published or i.agency_id = ${agencyId}::uuid)
      order by 2 desc limit 1
    ) m where m.similarity >= ${threshold}`.execute(db);
  return found.rows;
}

/** Inserts the rows and answers their ids in order. */
export async function insertInnovationRows(trx: Trx, rows: Insertable<InnovationTable>[]): Promise<string[]> {
  return (await trx.insertInto('innovations').values(rows).returning('id').execute()).map((r) => r.id);
}
