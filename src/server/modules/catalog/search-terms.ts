/**
 * What a search query means, before any SQL (issue #13.4): its words, the synonym and variant
 * groups it contains, camel-cased words split ("PeduliLindungi" → "peduli lindungi"), and the
 * candidates the vocabulary is asked about (adjacent words joined, long unknown words split).
 * Pure functions; search-terms-repository.ts answers the vocabulary questions.
 */

/** Lower case, accents removed, anything but letters and digits as spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The query's words; camel-cased words ("PeduliLindungi", "eKTP") also as their parts. */
export function queryWords(q: string): { words: string[]; camelParts: Map<string, string> } {
  const camelParts = new Map<string, string>();
  const words: string[] = [];
  for (const raw of q
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)) {
    const word = normalizeText(raw);
    if (!word) continue;
    const parts = normalizeText(raw.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
    for (const w of word.split(' ')) words.push(w);
    if (parts !== word && !word.includes(' ')) camelParts.set(word, parts);
  }
  return { words, camelParts };
}

/** A synonym group as the matcher uses it: each term as its words. */
export interface SynonymIndex {
  /** First word of a term → the terms (as word lists) starting with it, longest first, with their group. */
  byFirstWord: Map<string, { words: string[]; group: string[] }[]>;
}

export function buildSynonymIndex(groups: readonly (readonly string[])[]): SynonymIndex {
  const byFirstWord = new Map<string, { words: string[]; group: string[] }[]>();
  for (const raw of groups) {
    const group = [...new Set(raw.map(normalizeText).filter(Boolean))];
    for (const term of group) {
      const words = term.split(' ');
      const list = byFirstWord.get(words[0]!) ?? [];
      list.push({ words, group });
      byFirstWord.set(words[0]!, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord };
}

/** One concept of the query: its alternative forms (each a word or a phrase). */
export interface TermGroup {
  /** The words as typed (normalised), for suggestions. */
  typed: string;
  forms: string[];
  /** A single typed word that the vocabulary may correct. */
  correctable: boolean;
  /** False when the word is already known to be a vocabulary word: its splits are not asked about. */
  splittable?: boolean;
}

/** Groups the query's words: synonym terms (longest match first), else one group per word. */
export function groupWords(words: readonly string[], synonyms: SynonymIndex, camelParts: Map<string, string>): TermGroup[] {
  const groups: TermGroup[] = [];
  for (let i = 0; i < words.length;) {
    const candidates = synonyms.byFirstWord.get(words[i]!) ?? [];
    const hit = candidates.find((c) => c.words.every((w, k) => words[i + k] === w));
    if (hit) {
      groups.push({ typed: hit.words.join(' '), forms: [...hit.group], correctable: false });
      i += hit.words.length;
      continue;
    }
    const word = words[i]!;
    const parts = camelParts.get(word);
    groups.push({ typed: word, forms: parts ? [word, parts] : [word], correctable: word.length >= 4 && !/\d/.test(word) });
    i += 1;
  }
  return groups;
}

/** What the vocabulary knows about the candidate strings of a query. */
export interface VocabularyAnswer {
  /** Candidates that are words of published text (or share their lexeme), and stop words. */
  known: Set<string>;
  stopWords: Set<string>;
  /** Unknown correctable word → the closest vocabulary word. */
  corrections: Map<string, string>;
}

/** Strings the vocabulary is asked about: single words, adjacent words joined, long words split. */
export function vocabularyCandidates(groups: readonly TermGroup[]): { words: string[]; joins: string[]; splits: string[] } {
  const words = groups.filter((g) => !g.typed.includes(' ')).map((g) => g.typed);
  const joins: string[] = [];
  for (let i = 0; i + 1 < groups.length; i++) {
    const a = groups[i]!;
    const b = groups[i + 1]!;
    if (!a.typed.includes(' ') && !b.typed.includes(' ')) joins.push(a.typed + b.typed);
  }
  const splits: string[] = [];
  for (const w of groups.filter((g) => !g.typed.includes(' ') && g.splittable !== false).map((g) => g.typed)) {
    if (w.length < 7) continue;
    for (let k = 3; k <= w.length - 3; k++) splits.push(w.slice(0, k), w.slice(k));
  }
  return { words, joins, splits: [...new Set(splits)] };
}

export interface QueryPlan {
  groups: TermGroup[];
  /** The query with its corrected words, when a word was corrected ("Mungkin maksud Anda …"). */
  suggestion: string | null;
}

/**
 * Applies the vocabulary's answers: stop words drop out, adjacent words whose joined form is a
 * known word become one group ("peduli lindungi" ↔ "pedulilindungi"), an unknown word that two
 * known words make up also matches them as a phrase, and an unknown word also matches its
 * correction.
 */
export function planQuery(groups: readonly TermGroup[], answer: VocabularyAnswer): QueryPlan {
  const out: TermGroup[] = [];
  let corrected = false;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    const next = groups[i + 1];
    if (next && !g.typed.includes(' ') && !next.typed.includes(' ') && answer.known.has(g.typed + next.typed)) {
      out.push({ typed: `${g.typed} ${next.typed}`, forms: [`${g.typed} ${next.typed}`, g.typed + next.typed], correctable: false });
      i += 1;
      continue;
    }
    if (g.forms.length === 1 && answer.stopWords.has(g.typed)) continue;
    const forms = [...g.forms];
    if (g.correctable && !answer.known.has(g.typed)) {
      for (let k = 3; k <= g.typed.length - 3 && g.typed.length >= 7; k++) {
        const a = g.typed.slice(0, k);
        const b = g.typed.slice(k);
        if (answer.known.has(a) && answer.known.has(b) && a.length >= 3 && b.length >= 3) forms.push(`${a} ${b}`);
      }
      const correction = answer.corrections.get(g.typed);
      if (forms.length === 1 && correction) {
        forms.push(correction);
        corrected = true;
        out.push({ typed: correction, forms, correctable: false });
        continue;
      }
    }
    out.push({ ...g, forms: [...new Set(forms)] });
  }
  return { groups: out, suggestion: corrected ? out.map((g) => g.typed).join(' ') : null };
}
