import type { DbOrTrx } from '../../db/types.js';
import {
  type CandidateFactsRow as CandidateFactsRowType,
  type CandidateFilters,
  candidateFacts,
  type QueryConcept,
  type QueryLexeme,
  queryLexemes,
  type TextCandidateRow,
  textCandidates,
} from './problem-match-repository.js';

/**
 * Read models for matchmaking's problem-first suggestions (issue #15): the problem's words with
 * their rarity in the catalog, published records sharing them (scored by the words' weights),
 * and the facts ranking needs about a few records. Only published records are ever returned.
 */
export type { CandidateFilters, QueryConcept, QueryLexeme, TextCandidateRow };
export type CandidateFacts = CandidateFactsRowType;

/** `ownPlace`: the adopter's place and agency names, whose words say nothing about a solution. */
export function problemLexemes(db: DbOrTrx, text: string, ownPlace: string): Promise<QueryLexeme[]> {
  return queryLexemes(db, text, ownPlace);
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
