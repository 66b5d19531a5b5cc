import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/types.js';

/**
 * The search vocabulary, the synonym dictionary and the search generation (migration 0500).
 * Queries only; search-terms.ts decides what to ask and what the answers mean.
 */

/** Below this pg_trgm similarity a vocabulary word is not offered as a correction. */
export const CORRECTION_SIMILARITY = 0.3;
/** A correction of about the typed length is likelier ("pesantern" → "pesantren", not "pesan"). */
const LENGTH_PENALTY = 0.03;

export interface VocabularyRows {
  known: string[];
  stopWords: string[];
  corrections: Array<{ word: string; correction: string }>;
}

/**
 * One statement: which candidates are vocabulary words (or share a lexeme with one: "berinovasi"
 * is known through "inovasi"), which are stop words, and for the unknown `correctable` words
 * the most similar vocabulary word of about its length (ties: the more frequent).
 */
export async function lookUpVocabulary(db: DbOrTrx, candidates: readonly string[], correctable: readonly string[]): Promise<VocabularyRows> {
  if (candidates.length === 0) return { known: [], stopWords: [], corrections: [] };
  const result = await sql<{ w: string; stop: boolean; known: boolean; correction: string | null }>`
    with c as (
      select w, (select t.lexeme from unnest(to_tsvector('indonesian', w)) t limit 1) as lx
      from unnest(${sql.val([...new Set(candidates)])}::text[]) w
    ), k as (
      select c.w, c.lx is null as stop,
        c.lx is not null and exists (select 1 from search_vocabulary v where v.word = c.w or v.lexeme = c.lx) as known
      from c
    )
    select k.w, k.stop, k.known,
      case when not k.known and not k.stop and k.w = any(${sql.val([...correctable])}::text[]) then (
        select v.word from search_vocabulary v
        where v.word % k.w and similarity(v.word, k.w) >= ${CORRECTION_SIMILARITY}
        order by similarity(v.word, k.w) - ${LENGTH_PENALTY}::float4 * abs(length(v.word) - length(k.w)) desc, v.n desc, v.word limit 1
      ) end as correction
    from k`.execute(db);
  return {
    known: result.rows.filter((r) => r.known).map((r) => r.w),
    stopWords: result.rows.filter((r) => r.stop).map((r) => r.w),
    corrections: result.rows.filter((r) => r.correction).map((r) => ({ word: r.w, correction: r.correction! })),
  };
}

/** Changes with every statement that writes innovations, awards or synonyms (any session). */
/** The shared lock every bump of the search generation holds until its transaction ends (migration 0901). */
const SEARCH_WRITERS_LOCK = 7340042;
const UNSETTLED = 'unsettled:';

/**
 * The search generation. While a writer that bumped it has not committed (it holds the shared lock
 * of SEARCH_WRITERS_LOCK; the exclusive try in the same statement fails, never waits), the rows a
 * search reads now may be older than the generation says: the answer is then a one-off generation
 * that no cache keeps (`isSettledGeneration` false).
 */
export async function readSearchGeneration(db: DbOrTrx): Promise<string> {
  const result = await sql<{ g: string; settled: boolean }>`
    select last_value::text || ':' || is_called::text as g, pg_try_advisory_xact_lock(${sql.lit(SEARCH_WRITERS_LOCK)}) as settled
    from catalog_search_generation`.execute(db);
  const row = result.rows[0]!;
  return row.settled ? row.g : `${UNSETTLED}${randomUUID()}`;
}

export const isSettledGeneration = (generation: string): boolean => !generation.startsWith(UNSETTLED);

export async function countPublished(db: DbOrTrx): Promise<number> {
  const result = await sql<{ n: string }>`select count(*)::text as n from innovations where published`.execute(db);
  return Number(result.rows[0]!.n);
}

// ------------------------------------------------------------------ synonym dictionary

export interface SynonymRow {
  id: number;
  terms: string[];
  note: string;
  updated_at: Date;
  updated_by_name: string | null;
}

export async function listSynonymRows(db: DbOrTrx): Promise<SynonymRow[]> {
  return db
    .selectFrom('search_synonyms as s')
    .leftJoin('users as u', 'u.id', 's.updated_by')
    .select(['s.id', 's.terms', 's.note', 's.updated_at', 'u.name as updated_by_name'])
    .orderBy('s.terms')
    .orderBy('s.id')
    .execute();
}

export async function findSynonymRow(db: DbOrTrx, id: number): Promise<SynonymRow | undefined> {
  return db
    .selectFrom('search_synonyms as s')
    .leftJoin('users as u', 'u.id', 's.updated_by')
    .select(['s.id', 's.terms', 's.note', 's.updated_at', 'u.name as updated_by_name'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

/** Groups (other than `exceptId`) that already hold one of the terms. */
export async function synonymGroupsHolding(db: DbOrTrx, terms: readonly string[], exceptId: number | null): Promise<Array<{ id: number; terms: string[] }>> {
  let q = db
    .selectFrom('search_synonyms')
    .select(['id', 'terms'])
    .where(sql<boolean>`terms && ${sql.val([...terms])}::text[]`);
  if (exceptId !== null) q = q.where('id', '<>', exceptId);
  return q.execute();
}

export async function insertSynonymRow(db: DbOrTrx, values: { terms: string[]; note: string; updatedBy: string | null }): Promise<number> {
  const row = await db
    .insertInto('search_synonyms')
    .values({ terms: sql<string[]>`${sql.val(values.terms)}::text[]` as never, note: values.note, updated_by: values.updatedBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateSynonymRow(db: DbOrTrx, id: number, values: { terms: string[]; note: string; updatedBy: string | null }): Promise<void> {
  await db
    .updateTable('search_synonyms')
    .set({ terms: sql<string[]>`${sql.val(values.terms)}::text[]` as never, note: values.note, updated_by: values.updatedBy, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function deleteSynonymRow(db: DbOrTrx, id: number): Promise<void> {
  await db.deleteFrom('search_synonyms').where('id', '=', id).execute();
}

export async function allSynonymTerms(db: DbOrTrx): Promise<string[][]> {
  return (await db.selectFrom('search_synonyms').select('terms').execute()).map((r) => r.terms);
}
