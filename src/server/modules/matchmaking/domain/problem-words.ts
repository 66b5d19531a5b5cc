/**
 * The problem text as a query: which of its words are telling, and how much each counts.
 * Pure; the frequencies come from the catalog's statistics (share of records holding a word).
 */

/** Words of at least two letters, as a person would count them. */
export function countWords(text: string): number {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2).length;
}

export interface LexemeStat {
  lexeme: string;
  frequency: number | null;
  floor: number | null;
}

export interface WeightedWord {
  lexeme: string;
  weight: number;
}

/** A word in more than this share of the catalog says little about a problem. */
export const COMMON_WORD_SHARE = 0.03;
/** At most this many words are looked up (the rarest). */
export const MAX_WORDS = 12;
/** When every word is common, the rarest few are used anyway. */
export const MIN_WORDS = 3;

/**
 * Weight = log(1 / share of records holding the word) (inverse document frequency). A word the
 * statistics do not list is rarer than their smallest tracked share; without statistics (a
 * small or fresh catalog) every word counts as rare.
 */
export function weighWords(stats: readonly LexemeStat[]): WeightedWord[] {
  const usable = stats.filter((s) => s.lexeme.length >= 3 && !/^\d+$/.test(s.lexeme));
  const shares = usable.map((s) => ({ lexeme: s.lexeme, share: Math.max(1e-5, s.frequency ?? (s.floor !== null ? s.floor / 2 : 1e-3)) }));
  shares.sort((a, b) => a.share - b.share || a.lexeme.localeCompare(b.lexeme));
  const rare = shares.filter((s) => s.share <= COMMON_WORD_SHARE);
  const chosen = (rare.length >= MIN_WORDS ? rare : shares.slice(0, Math.max(MIN_WORDS, rare.length))).slice(0, MAX_WORDS);
  return chosen.map((s) => ({ lexeme: s.lexeme, weight: Math.log(1 / s.share) }));
}
