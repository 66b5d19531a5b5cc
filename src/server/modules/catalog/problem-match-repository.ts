import { sql } from 'kysely';
import type { AwardLevel } from '../../../common/catalog.js';
import type { DbOrTrx } from '../../db/types.js';

/**
 * Queries behind problem-first suggestions (matchmaking reads them through
 * `problem-match-service.ts`). The text side reuses the catalog search's document
 * (`search_vector`: `indonesian` stemming over `simpul_unaccent`), but words are OR-ed and
 * weighted by how rare they are, so a problem written in other words still finds records that
 * share its telling words.
 */

export interface QueryLexeme {
  lexeme: string;
  /** Share of records holding it per ANALYZE's most-common-element list; null = rarer than the list tracks (or no statistics yet). */
  frequency: number | null;
  /** The smallest frequency the list tracks (an upper bound for the words it does not list); null without statistics. */
  floor: number | null;
}

/** The problem's lexemes (stemmed like the catalog) with their frequency in the catalog, from the planner's statistics (no scan). */
export async function queryLexemes(db: DbOrTrx, text: string): Promise<QueryLexeme[]> {
  const { rows } = await sql<QueryLexeme>`
    with q as (select distinct unnest(tsvector_to_array(to_tsvector('indonesian', simpul_unaccent(${text})))) as lexeme),
    st as (
      select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs
        from pg_stats where schemaname = current_schema() and tablename = 'innovations' and attname = 'search_vector' limit 1
    )
    select q.lexeme,
           (select st.freqs[array_position(st.elems, q.lexeme)] from st)::float8 as frequency,
           (select st.freqs[cardinality(st.elems) + 1] from st)::float8 as floor
      from q
  `.execute(db);
  return rows;
}

export interface CandidateFilters {
  includeStopped: boolean;
  categoryId?: number;
  sdg?: number;
  /** Records of this agency are never suggested to it (an agency does not replicate itself). */
  excludeAgencyId?: string;
}

export interface TextCandidateRow {
  id: string;
  score: number;
  words: string[];
}

/**
 * Published records holding any of the weighted lexemes, scored by the sum of the weights of
 * the lexemes they hold. Each lexeme is looked up in the GIN index on its own (a lateral join),
 * so rows are only counted, never detoasted: the cost is the number of postings of the chosen
 * (rare) words, not the size of the catalog.
 */
export async function textCandidates(db: DbOrTrx, words: readonly { lexeme: string; weight: number }[], f: CandidateFilters, limit: number): Promise<TextCandidateRow[]> {
  if (!words.length) return [];
  const conditions = [sql`i.published`];
  if (!f.includeStopped) conditions.push(sql`i.status <> 'stopped'`);
  if (f.categoryId !== undefined) conditions.push(sql`i.category_id = ${f.categoryId}`);
  if (f.sdg !== undefined) conditions.push(sql`i.sdgs && array[${f.sdg}]::smallint[]`);
  if (f.excludeAgencyId) conditions.push(sql`i.agency_id <> ${f.excludeAgencyId}::uuid`);
  const { rows } = await sql<TextCandidateRow>`
    with w as (select * from unnest(${sql.val(words.map((w) => w.lexeme))}::text[], ${sql.val(words.map((w) => w.weight))}::float8[]) as w(lexeme, weight))
    select h.id, sum(h.weight)::float8 as score, array_agg(h.lexeme order by h.weight desc) as words
      from (
        select i.id, w.lexeme, w.weight
          from w cross join lateral (
            select i.id from innovations i where i.search_vector @@ quote_literal(w.lexeme)::tsquery and ${sql.join(conditions, sql` and `)}
          ) i
      ) h
     group by h.id
     order by score desc, h.id
     limit ${limit}
  `.execute(db);
  return rows;
}

export interface CandidateFactsRow {
  id: string;
  title: string;
  summary: string;
  agency_id: string;
  agency_name: string;
  agency_type: string;
  region_code: string;
  region_name: string;
  province_code: string;
  province_name: string | null;
  region_is_3t: boolean;
  category_id: number;
  category_name: string;
  year_started: number;
  status: string;
  status_confirmed_at: Date;
  awards: { level: AwardLevel; year: number; label: string }[];
  replications: { provinceCode: string | null; is3t: boolean; agencyType: string }[];
}

/** What ranking needs to know about each candidate: awards, replications and where they went, place, status. */
export async function candidateFacts(db: DbOrTrx, ids: readonly string[]): Promise<CandidateFactsRow[]> {
  if (!ids.length) return [];
  const { rows } = await sql<CandidateFactsRow>`
    select i.id, i.title, left(i.summary, 400) as summary, i.agency_id, a.name as agency_name, i.agency_type,
           i.region_code, r.name as region_name, i.province_code, p.name as province_name, r.is_3t as region_is_3t,
           i.category_id, c.name_id as category_name, i.year_started, i.status, i.status_confirmed_at,
           coalesce((select json_agg(json_build_object('level', aw.level, 'year', aw.year, 'label', aw.label) order by aw.year desc)
                       from innovation_awards aw where aw.innovation_id = i.id), '[]'::json) as awards,
           coalesce((select json_agg(json_build_object('provinceCode', coalesce(rr.province_code, rr.code), 'is3t', coalesce(rr.is_3t, false), 'agencyType', ag.type))
                       from innovation_replications rep
                       join agencies ag on ag.id = rep.adopter_agency_id
                       left join regions rr on rr.code = coalesce(rep.region_code, ag.region_code)
                      where rep.innovation_id = i.id), '[]'::json) as replications
      from innovations i
      join agencies a on a.id = i.agency_id
      join regions r on r.code = i.region_code
      left join regions p on p.code = i.province_code
      join innovation_categories c on c.id = i.category_id
     where i.id in (${sql.join(ids.map((id) => sql`${id}::uuid`))})
  `.execute(db);
  return rows;
}
