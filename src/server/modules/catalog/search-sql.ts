import { type RawBuilder, sql } from 'kysely';
import type { SearchFilters } from './schemas.js';

/**
 * SQL pieces of a catalog search. Only published records are ever searched. The query text is
 * matched two ways: full text (`indonesian` stemming on unaccented text, so `pelayanan` finds
 * `layanan`) and, when full text finds nothing, typo-tolerant trigram similarity on titles.
 */
export type MatchMode = 'all' | 'fulltext' | 'fuzzy';

export function tsQuery(q: string): RawBuilder<unknown> {
  return sql`websearch_to_tsquery('indonesian', simpul_unaccent(${q}))`;
}

/** The WHERE condition for `innovations i` under the filters and the chosen text match. */
export function filterCondition(f: SearchFilters, mode: MatchMode): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [sql`i.published`];
  if (f.q && mode === 'fulltext') parts.push(sql`i.search_vector @@ ${tsQuery(f.q)}`);
  // `title %> q`: q is word-similar to part of the title (pg_trgm.word_similarity_threshold), via the title trigram index.
  if (f.q && mode === 'fuzzy') parts.push(sql`simpul_unaccent(i.title) %> simpul_unaccent(${f.q})`);
  if (f.province?.length) parts.push(sql`i.province_code in (${sql.join(f.province)})`);
  if (f.regency?.length) parts.push(sql`i.regency_code in (${sql.join(f.regency)})`);
  if (f.agencyType?.length) parts.push(sql`i.agency_type in (${sql.join(f.agencyType)})`);
  if (f.category?.length) {
    parts.push(sql`i.category_id in (select c.id from innovation_categories c where c.code in (${sql.join(f.category)}))`);
  }
  if (f.sdg?.length) parts.push(sql`i.sdgs && ${sql.val(f.sdg)}::smallint[]`);
  if (f.year?.length) parts.push(sql`i.year_started in (${sql.join(f.year)})`);
  if (f.status?.length) parts.push(sql`i.status in (${sql.join(f.status)})`);
  if (f.award?.length) parts.push(sql`exists (select 1 from innovation_awards aw where aw.innovation_id = i.id and aw.level in (${sql.join(f.award)}))`);
  if (f.agency) parts.push(sql`i.agency_id = ${f.agency}::uuid`);
  return sql<boolean>`${sql.join(parts, sql` and `)}`;
}

/** One row per (facet, value) with its count, over the rows of `source` (a subquery aliased `m`). */
export function facetCounts(source: RawBuilder<unknown>): RawBuilder<{ facet: string; value: string; n: string }> {
  return sql<{ facet: string; value: string; n: string }>`
    with m as materialized (${source})
    select 'total' as facet, '' as value, count(*)::text as n from m
    union all select 'province', province_code, count(*)::text from m group by province_code
    union all select 'regency', regency_code, count(*)::text from m where regency_code is not null group by regency_code
    union all select 'agencyType', agency_type, count(*)::text from m group by agency_type
    union all select 'category', category_id::text, count(*)::text from m group by category_id
    union all select 'year', year_started::text, count(*)::text from m group by year_started
    union all select 'status', status, count(*)::text from m group by status
    union all select 'sdg', s::text, count(*)::text from m cross join lateral unnest(m.sdgs) s group by s
  `;
}

export const FACET_COLUMNS = sql`i.id, i.province_code, i.regency_code, i.agency_type, i.category_id, i.year_started, i.status, i.sdgs`;
