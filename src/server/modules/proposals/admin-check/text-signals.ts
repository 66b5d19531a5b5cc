/**
 * Text signals for the administrative check, computed in the application so they need no
 * database round trip: trigram similarity (the same measure as PostgreSQL's pg_trgm, so the
 * numbers agree with the cross-proposal check done in SQL) and "nonsense" heuristics.
 */

/** pg_trgm's trigrams: each alphanumeric word, lower-cased, padded with two spaces before and one after. */
export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

export function similarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/** From this similarity two answers count as the same text pasted twice. */
export const NEAR_IDENTICAL = 0.8;

export type NonsenseKind = 'repeated_characters' | 'repetitive_words' | 'keyboard_mash' | 'placeholder_text';

/** Why an answer looks like filler rather than an answer, or null. Short answers are judged by completeness instead. */
export function nonsenseKind(text: string): NonsenseKind | null {
  const lower = text.toLowerCase();
  if (/lorem ipsum|^\s*(test|tes|coba|asdf|xxx+|-+|\.+)\s*$/.test(lower)) return 'placeholder_text';
  if (/(\S)\1{6,}/u.test(lower)) return 'repeated_characters';
  const words = lower.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length >= 20 && new Set(words).size / words.length < 0.3) return 'repetitive_words';
  const long = words.filter((w) => w.length >= 4 && /^\p{L}+$/u.test(w));
  if (long.length >= 5 && long.filter((w) => !/[aiueoy]/.test(w)).length / long.length > 0.3) return 'keyboard_mash';
  return null;
}
