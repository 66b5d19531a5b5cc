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

/** The problem text's lexemes (stemmed like the catalog) and those of the adopter's own place and agency name. */
export async function textLexemes(db: DbOrTrx, text: string, ownPlace: string): Promise<{ lexemes: string[]; own: string[] }> {
  const { rows } = await sql<{ lexemes: string[]; own: string[] }>`
    select tsvector_to_array(to_tsvector('indonesian', simpul_unaccent(${text}))) as lexemes,
           tsvector_to_array(to_tsvector('indonesian', simpul_unaccent(${ownPlace}))) as own
  `.execute(db);
  return rows[0] ?? { lexemes: [], own: [] };
}

/** ANALYZE's most-common-element list of `innovations.match_vector` (empty lists before the first ANALYZE). */
export async function matchStatistics(db: DbOrTrx): Promise<{ elems: string[]; freqs: number[] }> {
  const { rows } = await sql<{ elems: string[] | null; freqs: number[] | null }>`
    select most_common_elems::text::text[] as elems, most_common_elem_freqs::float8[] as freqs
      from pg_stats where schemaname = current_schema() and tablename = 'innovations' and attname = 'match_vector' limit 1
  `.execute(db);
  return { elems: rows[0]?.elems ?? [], freqs: rows[0]?.freqs ?? [] };
}

/** For each lexeme of the catalog search's synonym groups (single-word terms), the other lexemes of its groups. */
export async function synonymLexemes(db: DbOrTrx): Promise<{ lexeme: string; alternatives: string[] }[]> {
  const { rows } = await sql<{ lexeme: string; alternatives: string[] }>`
    with syn as (
      select g.id, l.lexeme
        from search_synonyms g cross join lateral unnest(g.terms) t(term)
        cross join lateral unnest(tsvector_to_array(to_tsvector('indonesian', simpul_unaccent(t.term)))) l(lexeme)
       where t.term !~ ' '
    )
    select a.lexeme, array_agg(distinct b.lexeme) as alternatives
      from syn a join syn b on b.id = a.id and b.lexeme <> a.lexeme
     group by a.lexeme
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

/** A tsquery literal matching any of a concept's lexemes (quoted as tsquery input wants). */
const conceptQuery = (c: QueryConcept) => c.lexemes.map((l) => `'${l.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' | ');

/**
 * Two steps in one statement, on `innovation_match` (migration 2026_12_04_0400: one narrow row
 * per published record, the vector stored inline — on innovations it is out of line in TOAST,
 * and each `@@` fetched it again). The pool: records holding any of the `pool` concepts (the
 * rarer words, within a postings budget), found by ONE lookup of the GIN index for all of them,
 * scored by the sum of the weights of the concepts each row holds. Then the best `poolSize` are
 * scored again on every concept of the problem (`rank`, common words included) with one `@@`
 * per concept on the row's vector: the source of a replica shares most of its words, a record
 * of the same theme only some.
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
  const conditions = [sql`true`];
  if (!f.includeStopped) conditions.push(sql`i.status <> 'stopped'`);
  if (f.categoryId !== undefined) conditions.push(sql`i.category_id = ${f.categoryId}`);
  if (f.sdg !== undefined) conditions.push(sql`i.sdgs && array[${f.sdg}]::smallint[]`);
  if (f.excludeAgencyId) conditions.push(sql`i.agency_id <> ${f.excludeAgencyId}::uuid`);
  const anyWord = pool.map((c) => `(${conceptQuery(c)})`).join(' | ');
  const poolScore = sql.join(
    pool.map((c) => sql`case when i.terms @@ ${conceptQuery(c)}::tsquery then ${c.weight}::float8 else 0 end`),
    sql` + `,
  );
  // Every concept of the problem, strongest first: its weight if the record holds any of its
  // lexemes, and the first of them it holds (alphabetically) as the word it matched by.
  const rank = [...concepts.rank].filter((c) => c.lexemes.length).sort((a, b) => b.weight - a.weight);
  const holds = (c: QueryConcept) => sql`p.terms @@ ${conceptQuery(c)}::tsquery`;
  const rankScore = rank.length
    ? sql.join(
        rank.map((c) => sql`case when ${holds(c)} then ${c.weight}::float8 else 0 end`),
        sql` + `,
      )
    : sql`0`;
  const matched = (c: QueryConcept) =>
    sql`case ${sql.join(
      [...c.lexemes].sort().map((l) => sql`when p.terms @@ ${conceptQuery({ lexemes: [l], weight: 0 })}::tsquery then ${l}::text`),
      sql` `,
    )} end`;
  const rankWords = rank.length ? sql`array_remove(array[${sql.join(rank.map(matched), sql`, `)}], null)` : sql`'{}'::text[]`;
  const { rows } = await sql<TextCandidateRow>`
    with pool as materialized (
      select i.innovation_id as id, i.terms
        from innovation_match i
       where i.terms @@ ${anyWord}::tsquery and ${sql.join(conditions, sql` and `)}
       order by ${poolScore} desc, i.innovation_id
       limit ${poolSize}
    )
    select p.id, (${rankScore})::float8 as score, ${rankWords} as words
      from pool p
     order by score desc, p.id
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
