import { sql } from 'kysely';
import type { AwardLevel } from '../../../common/catalog.js';
import type { DbOrTrx } from '../../db/types.js';

/**
 * Queries behind problem-first suggestions (matchmaking reads them through
 * `problem-match-service.ts`). The text side is `match_vector` (migration
 * 2026_12_03_0400: title, summary and problem statement, `indonesian` stemming over
 * `simpul_unaccent`): the problem's words are OR-ed, weighted by how rare they are, and
 * expanded with the catalog search's synonym groups, so a problem written in other words still
 * finds the records that share most of its telling words.
 */

export interface QueryLexeme {
  lexeme: string;
  /** Share of records holding it per ANALYZE's most-common-element list; null = rarer than the list tracks (or no statistics yet). */
  frequency: number | null;
  /** The smallest frequency the list tracks (an upper bound for the words it does not list); null without statistics. */
  floor: number | null;
  /** The word is part of the adopter's own place or agency name (says nothing about a solution). */
  ownPlace: boolean;
  /** Other lexemes of the synonym groups holding this word (single-word terms). */
  alternatives: string[];
}

/**
 * The problem's lexemes (stemmed like the catalog) with their frequency in the catalog, from the
 * planner's statistics (no scan), whether they name the adopter's own place, and their synonyms.
 */
export async function queryLexemes(db: DbOrTrx, text: string, ownPlace: string): Promise<QueryLexeme[]> {
  const { rows } = await sql<QueryLexeme>`
    with q as (select distinct unnest(tsvector_to_array(to_tsvector('indonesian', simpul_unaccent(${text})))) as lexeme),
    own as (select unnest(tsvector_to_array(to_tsvector('indonesian', simpul_unaccent(${ownPlace})))) as lexeme),
    syn as (
      select g.id, l.lexeme
        from search_synonyms g cross join lateral unnest(g.terms) t(term)
        cross join lateral unnest(tsvector_to_array(to_tsvector('indonesian', simpul_unaccent(t.term)))) l(lexeme)
       where t.term !~ ' '
    ),
    st as (
      select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs
        from pg_stats where schemaname = current_schema() and tablename = 'innovations' and attname = 'match_vector' limit 1
    )
    select q.lexeme,
           (select st.freqs[array_position(st.elems, q.lexeme)] from st)::float8 as frequency,
           (select st.freqs[cardinality(st.elems) + 1] from st)::float8 as floor,
           exists (select 1 from own where own.lexeme = q.lexeme) as "ownPlace",
           coalesce((select array_agg(distinct b.lexeme) from syn a join syn b on b.id = a.id and b.lexeme <> a.lexeme where a.lexeme = q.lexeme), '{}') as alternatives
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

/** A concept of the problem: a word and its synonyms' lexemes, counted once per record. */
export interface QueryConcept {
  lexemes: readonly string[];
  weight: number;
}

export interface TextCandidateRow {
  id: string;
  score: number;
  words: string[];
}

const conceptRows = (concepts: readonly QueryConcept[]) => {
  const rows = concepts.flatMap((c, k) => c.lexemes.map((lexeme) => ({ k, lexeme, weight: c.weight })));
  return sql`select * from unnest(${sql.val(rows.map((r) => r.k))}::int[], ${sql.val(rows.map((r) => r.lexeme))}::text[], ${sql.val(rows.map((r) => r.weight))}::float8[]) as w(concept, lexeme, weight)`;
};

/** A tsquery literal matching any of a concept's lexemes (quoted as tsquery input wants). */
const conceptQuery = (c: QueryConcept) => c.lexemes.map((l) => `'${l.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' | ');

/**
 * Two steps in one statement. The pool: published records holding any of the `pool` concepts
 * (the rarer words, within a postings budget), found by ONE lookup of the GIN index for all of
 * them (a single bitmap: each heap page is visited once, however many words its rows hold — a
 * lookup per word visited the pages of every common word again), scored by the sum of the
 * weights of the concepts each row holds (checked on the row's own `match_vector`, inline).
 * Then the best `poolSize` are scored again on every concept of the problem (`rank`, common
 * words included) from the `match_vector` the pool already read: the source of a replica shares
 * most of its words, a record of the same theme only some.
 */
export async function textCandidates(
  db: DbOrTrx,
  concepts: { pool: readonly QueryConcept[]; rank: readonly QueryConcept[] },
  f: CandidateFilters,
  poolSize: number,
  limit: number,
): Promise<TextCandidateRow[]> {
  const pool = concepts.pool.filter((c) => c.lexemes.length);
  if (!pool.length) return [];
  const conditions = [sql`i.published`];
  if (!f.includeStopped) conditions.push(sql`i.status <> 'stopped'`);
  if (f.categoryId !== undefined) conditions.push(sql`i.category_id = ${f.categoryId}`);
  if (f.sdg !== undefined) conditions.push(sql`i.sdgs && array[${f.sdg}]::smallint[]`);
  if (f.excludeAgencyId) conditions.push(sql`i.agency_id <> ${f.excludeAgencyId}::uuid`);
  const anyWord = pool.map((c) => `(${conceptQuery(c)})`).join(' | ');
  const poolScore = sql.join(
    pool.map((c) => sql`case when i.match_vector @@ ${conceptQuery(c)}::tsquery then ${c.weight}::float8 else 0 end`),
    sql` + `,
  );
  const { rows } = await sql<TextCandidateRow>`
    with rw as (${conceptRows(concepts.rank)}),
    pool as materialized (
      select i.id, i.match_vector
        from innovations i
       where i.match_vector @@ ${anyWord}::tsquery and ${sql.join(conditions, sql` and `)}
       order by ${poolScore} desc, i.id
       limit ${poolSize}
    )
    select p.id, s.score, s.words
      from pool p
      cross join lateral (
        select coalesce(sum(m.weight), 0)::float8 as score, coalesce(array_agg(m.lexeme order by m.weight desc), '{}') as words
          from (
            select distinct on (rw.concept) rw.concept, rw.lexeme, rw.weight
              from unnest(tsvector_to_array(p.match_vector)) v(lexeme) join rw on rw.lexeme = v.lexeme
             order by rw.concept, rw.lexeme
          ) m
      ) s
     order by s.score desc, p.id
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
