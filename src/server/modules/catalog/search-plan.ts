import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { lookUpVocabulary } from './search-terms-repository.js';
import { groupWords, planQuery, type QueryPlan, queryWords, type SynonymIndex, vocabularyCandidates } from './search-terms.js';

/**
 * A search query's plan (search-terms.ts) with the vocabulary's answers remembered (issue #13.6),
 * so a query whose words were all seen before costs no statement at all:
 *
 * - "known" and "stop word" are permanent facts: search_vocabulary only ever gains words
 *   (migration 0500: words are never removed) and whether a word is a stop word depends only on
 *   the `indonesian` configuration. A search reads committed rows only, so a word it saw as known
 *   stays known. These are kept per database for as long as the process lives (bounded: only
 *   vocabulary words and stop words get in).
 * - "unknown" and a word's typo correction change as the vocabulary grows, so they are kept per
 *   search generation (`Generational`, dropped with the generation; capped).
 */
const MAX_GENERATIONAL_WORDS = 20_000;

export interface VocabularyMemo {
  /** Candidates known to the vocabulary, and stop words: these answers never change. */
  permanent: Map<string, 'known' | 'stop'>;
}

export interface GenerationalVocabulary {
  unknown: Set<string>;
  corrections: Map<string, string | null>;
}

export function newGenerationalVocabulary(): GenerationalVocabulary {
  return { unknown: new Set(), corrections: new Map() };
}

/** Plans `q`: the vocabulary is asked (one statement) only about candidates no memo answers. */
export async function planWithMemo(db: Kysely<Database>, q: string, synonyms: SynonymIndex, memo: VocabularyMemo, current: GenerationalVocabulary): Promise<QueryPlan> {
  const { words, camelParts } = queryWords(q);
  const groups = groupWords(words, synonyms, camelParts);
  // A word's splits only matter while the word itself is unknown (planQuery).
  const candidates = vocabularyCandidates(groups.map((g) => (memo.permanent.get(g.typed) === 'known' ? { ...g, splittable: false } : g)));
  const all = [...new Set([...candidates.words, ...candidates.joins, ...candidates.splits])];
  const correctable = new Set(groups.filter((g) => g.correctable).map((g) => g.typed));
  const needsAsking = (w: string) => !memo.permanent.has(w) && (!current.unknown.has(w) || (correctable.has(w) && !current.corrections.has(w)));
  const ask = all.filter(needsAsking);
  if (ask.length > 0) {
    const rows = await lookUpVocabulary(
      db,
      ask,
      ask.filter((w) => correctable.has(w)),
    );
    const known = new Set(rows.known);
    const stop = new Set(rows.stopWords);
    if (current.unknown.size + current.corrections.size > MAX_GENERATIONAL_WORDS) {
      current.unknown.clear();
      current.corrections.clear();
    }
    const corrections = new Map(rows.corrections.map((r) => [r.word, r.correction]));
    for (const w of ask) {
      if (known.has(w)) memo.permanent.set(w, 'known');
      else if (stop.has(w)) memo.permanent.set(w, 'stop');
      else {
        current.unknown.add(w);
        if (correctable.has(w)) current.corrections.set(w, corrections.get(w) ?? null);
      }
    }
  }
  const corrections = new Map<string, string>();
  for (const w of correctable) {
    const c = current.corrections.get(w);
    if (c && !memo.permanent.has(w)) corrections.set(w, c);
  }
  return planQuery(groups, {
    known: new Set(all.filter((w) => memo.permanent.get(w) === 'known')),
    stopWords: new Set(all.filter((w) => memo.permanent.get(w) === 'stop')),
    corrections,
  });
}
