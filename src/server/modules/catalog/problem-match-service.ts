import type { DbOrTrx } from '../../db/types.js';
import {
  type CandidateFactsRow as CandidateFactsRowType,
  type CandidateFilters,
  candidateFacts,
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
export type { CandidateFilters, QueryLexeme, TextCandidateRow };
export type CandidateFacts = CandidateFactsRowType;

export function problemLexemes(db: DbOrTrx, text: string): Promise<QueryLexeme[]> {
  return queryLexemes(db, text);
}

export function problemCandidates(db: DbOrTrx, words: readonly { lexeme: string; weight: number }[], filters: CandidateFilters, limit: number): Promise<TextCandidateRow[]> {
  return textCandidates(db, words, filters, limit);
}

export function suggestionFacts(db: DbOrTrx, ids: readonly string[]): Promise<CandidateFacts[]> {
  return candidateFacts(db, ids);
}
