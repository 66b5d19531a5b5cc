import type { DbOrTrx } from '../../db/types.js';
import {
  type CandidateFactsRow as CandidateFactsRowType,
  type CandidateFilters,
  candidateFacts,
  matchStatistics,
  type QueryConcept,
  type QueryLexeme,
  synonymLexemes,
  type TextCandidateRow,
  textCandidates,
  textLexemes,
} from './problem-match-repository.js';
import { GenerationCache } from './search-cache.js';
import { isSettledGeneration, readSearchGeneration } from './search-terms-repository.js';

/**
 * Read models for matchmaking's problem-first suggestions (issue #15): the problem's words with
 * their rarity in the catalog, published records sharing them (scored by the words' weights),
 * and the facts ranking needs about a few records. Only published records are ever returned.
 */
export type { CandidateFilters, QueryConcept, QueryLexeme, TextCandidateRow };
export type CandidateFacts = CandidateFactsRowType;

interface WordStatistics {
  frequency: Map<string, number>;
  floor: number | null;
  alternatives: Map<string, string[]>;
}

/**
 * What does not change from one problem to the next — ANALYZE's word shares and the synonym
 * groups' lexemes — read once per search generation (synonym edits bump it) and at most 30 s
 * old (a new ANALYZE shows within that), instead of `pg_stats` and stemming every synonym on
 * every request.
 */
const statistics = new GenerationCache<WordStatistics>(4, 30_000);

async function wordStatistics(db: DbOrTrx, generation: string): Promise<WordStatistics> {
  const cached = statistics.get('words', generation);
  if (cached) return cached;
  const [stats, synonyms] = await Promise.all([matchStatistics(db), synonymLexemes(db)]);
  const frequency = new Map<string, number>();
  stats.elems.forEach((e, k) => {
    if (!frequency.has(e)) frequency.set(e, stats.freqs[k]!);
  });
  const value = {
    frequency,
    // most_common_elem_freqs holds the elements' shares, then the smallest and the largest.
    floor: stats.elems.length ? (stats.freqs[stats.elems.length] ?? null) : null,
    alternatives: new Map(synonyms.map((s) => [s.lexeme, [...s.alternatives].sort()])),
  };
  if (isSettledGeneration(generation)) statistics.set('words', generation, value);
  return value;
}

/**
 * The problem's lexemes with their share of the catalog (null = rarer than the statistics
 * track), whether they name the adopter's own place (`ownPlace`: its place and agency names,
 * whose words say nothing about a solution) and their synonyms' lexemes.
 */
export async function problemLexemes(db: DbOrTrx, text: string, ownPlace: string): Promise<QueryLexeme[]> {
  const [generation, words] = await Promise.all([readSearchGeneration(db), textLexemes(db, text, ownPlace)]);
  const stats = await wordStatistics(db, generation);
  const own = new Set(words.own);
  return [...new Set(words.lexemes)].map((lexeme) => ({
    lexeme,
    frequency: stats.frequency.get(lexeme) ?? null,
    floor: stats.floor,
    ownPlace: own.has(lexeme),
    alternatives: stats.alternatives.get(lexeme) ?? [],
  }));
}

export function problemCandidates(
  db: DbOrTrx,
  concepts: { pool: readonly QueryConcept[]; rank: readonly QueryConcept[] },
  filters: CandidateFilters,
  poolSize: number,
  limit: number,
): Promise<TextCandidateRow[]> {
  return textCandidates(db, concepts, filters, poolSize, limit);
}

export function suggestionFacts(db: DbOrTrx, ids: readonly string[]): Promise<CandidateFacts[]> {
  return candidateFacts(db, ids);
}
