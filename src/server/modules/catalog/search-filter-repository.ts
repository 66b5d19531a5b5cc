import { type RawBuilder, sql } from 'kysely';
import { factStageSql } from '../institutionalisation/read-model.js';
import type { SearchFilters } from './schemas.js';

/**
 * SQL pieces of a catalog search (the conditions the search, its pages, facets and export share;
 * a repository file: only repositories build SQL). Only published records are ever searched. The query text is
 * matched two ways: full text (`indonesian` stemming on unaccented text, so `pelayanan` finds
 * `layanan`) and, when full text finds nothing, typo-tolerant trigram similarity on titles.
 * Full text uses the query plan of search-terms.ts when there is one (`ResolvedText`): a
 * tsquery per concept (its variants, synonyms and corrections OR-ed), a record matching ANY
 * concept matches, and ranking prefers records matching more of them.
 */
export type MatchMode = 'all' | 'fulltext' | 'fuzzy';

export function tsQuery(q: string): RawBuilder<unknown> {
  return sql`websearch_to_tsquery('indonesian', simpul_unaccent(${q}))`;
}

/** One concept: any of its forms (a form of several words matches as a phrase). */
export function formsQuery(forms: readonly string[]): RawBuilder<unknown> {
  return sql`(${sql.join(
    forms.map((f) => sql`phraseto_tsquery('indonesian', simpul_unaccent(${f}))`),
    sql` || `,
  )})`;
}

/** The full-text side of a resolved search: one tsquery per concept of the query. */
export interface ResolvedText {
  groups: RawBuilder<unknown>[];
}

/** Records matching any concept. */
export function anyQuery(text: ResolvedText): RawBuilder<unknown> {
  return sql`(${sql.join(text.groups, sql` || `)})`;
}

/** Records matching every concept. */
export function allQuery(text: ResolvedText): RawBuilder<unknown> {
  return sql`(${sql.join(text.groups, sql` && `)})`;
}

/** The tsquery a search's full text uses: the plan's concepts, or the words as typed. */
export function textQuery(f: { q?: string | undefined; text?: ResolvedText | undefined }): RawBuilder<unknown> {
  return f.text && f.text.groups.length > 0 ? anyQuery(f.text) : tsQuery(f.q ?? '');
}

/**
 * How a text condition is written. `indexed`: a plain `@@` the planner may answer from the GIN
 * index (best when matches are few). `walk`: the same test in a form no index serves, so the
 * planner walks the start-date index and tests rows until the page is full — best when matches
 * are many, which its estimates for several correlated words often miss.
 */
export type TextAccess = 'indexed' | 'walk';

function access(condition: RawBuilder<unknown>, how: TextAccess): RawBuilder<unknown> {
  return how === 'indexed' ? condition : sql`(${condition}) is true`;
}

/** The query words found in the title (column `title_vector`, GIN `innovations_title_fts_idx`). */
export function titleMatch(query: RawBuilder<unknown>, how: TextAccess = 'indexed'): RawBuilder<boolean> {
  return sql<boolean>`${access(sql`i.title_vector @@ ${query}`, how)}`;
}

/** A full-text condition on the whole record (search_vector). */
export function bodyMatch(query: RawBuilder<unknown>, how: TextAccess = 'indexed'): RawBuilder<boolean> {
  return sql<boolean>`${access(sql`i.search_vector @@ ${query}`, how)}`;
}

/**
 * The innovation's maturity stage in SQL (rules in modules/institutionalisation/domain/maturity.ts):
 * the stage its institutionalisation facts decide (institutionalisation's `factStageSql`), else by age
 * (`ageStageSql`). test/institutionalisation/catalog-facet.test.ts keeps it in agreement with the
 * TypeScript rules.
 */
export function maturityStageSql(alias: 'i' | 'm'): RawBuilder<string> {
  const a = sql.raw(alias);
  return sql<string>`coalesce(${factStageSql(sql`${a}.id`)}, ${ageStageSql(alias)})`;
}

/**
 * The stage by age alone, on the WIB calendar: not started (initiative), under 12 months
 * (trial), longer (implemented). Today's date is an uncorrelated subquery, so it is computed once
 * per statement rather than for every row of a long scan.
 */
export function ageStageSql(alias: 'i' | 'm'): RawBuilder<string> {
  const a = sql.raw(alias);
  return sql<string>`case when ${a}.start_date > (select (now() at time zone 'Asia/Jakarta')::date) then 'initiative'
      when ${a}.start_date > (select (now() at time zone 'Asia/Jakarta')::date - interval '12 months') then 'trial'
      else 'implemented' end`;
}

/**
 * Which table `i` is: `innovation_search` (migration 2026_12_05_0001: published records only, the
 * columns a search reads kept inline — what the search itself counts and pages over), or
 * `innovations` (the export, which writes every column of the matches).
 */
export type SearchTable = 'search' | 'innovations';

/** The WHERE condition for `innovation_search i` (or `innovations i`) under the filters and the chosen text match. */
export function filterCondition(
  f: SearchFilters & { categoryIds?: number[]; text?: ResolvedText },
  mode: MatchMode,
  how: TextAccess = 'indexed',
  table: SearchTable = 'search',
): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [table === 'innovations' ? sql`i.published` : sql`true`];
  if (f.province?.length) parts.push(sql`i.province_code in (${sql.join(f.province)})`);
  if (f.regency?.length) parts.push(sql`i.regency_code in (${sql.join(f.regency)})`);
  if (f.agencyType?.length) parts.push(sql`i.agency_type in (${sql.join(f.agencyType)})`);
  // Category codes are resolved to ids first (`categoryIds`), so the planner can combine the category index with the others.
  if (f.category?.length) parts.push(f.categoryIds?.length ? sql`i.category_id in (${sql.join(f.categoryIds)})` : sql`false`);
  if (f.sdg?.length) parts.push(sql`i.sdgs && ${sql.val(f.sdg)}::smallint[]`);
  // Years as date ranges: the start-date index serves them and the planner knows how many rows each holds.
  if (f.year?.length) {
    parts.push(
      sql`(${sql.join(
        f.year.map((y) => sql`(i.start_date >= ${`${y}-01-01`}::date and i.start_date < ${`${y + 1}-01-01`}::date)`),
        sql` or `,
      )})`,
    );
  }
  if (f.status?.length) parts.push(sql`i.status in (${sql.join(f.status)})`);
  if (f.award?.length) parts.push(sql`exists (select 1 from innovation_awards aw where aw.innovation_id = i.id and aw.level in (${sql.join(f.award)}))`);
  if (f.maturity?.length) parts.push(sql`${maturityStageSql('i')} in (${sql.join(f.maturity)})`);
  if (f.agency) parts.push(sql`i.agency_id = ${f.agency}::uuid`);
  // The text test last: where the condition is evaluated as written (the facet sample's `hit`),
  // the cheap column tests then spare most rows the tsquery.
  if (f.q && mode === 'fulltext') parts.push(bodyMatch(textQuery(f), how));
  // `title %> q`: q is word-similar to part of the title (pg_trgm.word_similarity_threshold), via the title trigram index.
  if (f.q && mode === 'fuzzy') parts.push(sql`simpul_unaccent(i.title) %> simpul_unaccent(${f.q})`);
  return sql<boolean>`${sql.join(parts, sql` and `)}`;
}
