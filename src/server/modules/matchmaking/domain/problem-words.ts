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
  /** Part of the adopter's own place or agency name. */
  ownPlace?: boolean;
  /** Synonyms' lexemes (the catalog search's synonym groups). */
  alternatives?: readonly string[];
}

export interface WeightedWord {
  lexeme: string;
  /** The word and its synonyms' lexemes; a record holding any of them counts the word once. */
  lexemes: string[];
  weight: number;
  /** Share of the catalog's records holding the word (estimated). */
  share: number;
}

/** A word in more than this share of the catalog says almost nothing about a problem and is left out. */
export const COMMON_WORD_SHARE = 0.5;
/** At most this many words are used (the rarest). */
export const MAX_WORDS = 60;
/**
 * The candidate pool is looked up with the rarest words whose shares add up to at most this
 * (0.15 ≈ 15% of the catalog's records in index postings, whatever the catalog's size):
 * this bounds the lookup's cost; every word then counts when the pool is ranked.
 */
export const POOL_POSTINGS_BUDGET = 0.15;
/** The pool is looked up with at least this many words, whatever their shares. */
export const MIN_POOL_WORDS = 3;

/**
 * Weight = log(1 / share of records holding the word) (inverse document frequency). A word the
 * statistics do not list is rarer than their smallest tracked share; without statistics (a
 * small or fresh catalog) every word counts as rare. Words of the adopter's own place and
 * agency name, numbers and words under three letters are left out. Rarest first.
 */
export function weighWords(stats: readonly LexemeStat[]): WeightedWord[] {
  const usable = stats.filter((s) => s.lexeme.length >= 3 && !/^\d+$/.test(s.lexeme) && !s.ownPlace);
  const words = usable.map((s) => {
    const share = Math.max(1e-5, s.frequency ?? (s.floor !== null ? s.floor / 2 : 1e-3));
    return { lexeme: s.lexeme, lexemes: [s.lexeme, ...(s.alternatives ?? []).filter((a) => a !== s.lexeme)], weight: Math.log(1 / share), share };
  });
  words.sort((a, b) => a.share - b.share || a.lexeme.localeCompare(b.lexeme));
  const telling = words.filter((w) => w.share <= COMMON_WORD_SHARE);
  return (telling.length >= MIN_POOL_WORDS ? telling : words.slice(0, MIN_POOL_WORDS)).slice(0, MAX_WORDS);
}

/** The words the candidate pool is looked up with: the rarest, within the postings budget. */
export function poolWords(words: readonly WeightedWord[]): WeightedWord[] {
  let total = 0;
  return words.filter((w, k) => {
    total += w.share;
    return k < MIN_POOL_WORDS || total <= POOL_POSTINGS_BUDGET;
  });
}
