import type { Rng } from './rng.js';
import { THEMES, type Theme } from './vocabulary/themes.js';
import { NAME_PATTERNS } from './vocabulary/phrases.js';
import { Weighted, zipf } from './weighted.js';

/**
 * Innovation names the way agencies write them: an acronym and its expansion,
 * e.g. "GESIBA (Gerakan Sehat Ibu Balita)". Replications reuse the original's name, which gives
 * the trigram duplicate detector realistic near-duplicates to find.
 */
export const THEME_PICKER = new Weighted(
  THEMES,
  THEMES.map((t) => t.weight),
);

const patternPicker = zipf(NAME_PATTERNS, 0.7);
const nameWordPickers = new Map(THEMES.map((t) => [t.key, zipf(t.nameWords, 0.9)]));

export interface TitleCore {
  readonly theme: Theme;
  readonly acronym: string;
  readonly expansion: string;
}

export function drawTitleCore(rng: Rng): TitleCore {
  const theme = THEME_PICKER.draw(rng);
  const words = nameWordPickers.get(theme.key)!;
  const a = words.draw(rng);
  let b = words.draw(rng);
  for (let tries = 0; b === a && tries < 5; tries++) b = words.draw(rng);
  const expansion = patternPicker
    .draw(rng)
    .replace('{a}', a)
    .replace('{b}', b === a ? 'Bersama' : b);
  return { theme, acronym: acronymOf(expansion), expansion };
}

/** "Gerakan Sehat Ibu Balita" -> "GESEIBA": the first syllable of each word (up to four words). */
export function acronymOf(expansion: string): string {
  return expansion
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 4)
    .map((word) => {
      // "Sistem" -> "SI", "Informasi" -> "IN": up to the first vowel, or two letters.
      const m = /^[aeiou]/i.test(word) ? null : /^[^aeiou]*[aeiou]/i.exec(word);
      return (m ? m[0] : word.slice(0, 2)).toUpperCase();
    })
    .join('');
}

export function titleOf(core: TitleCore, placeSuffix: string | null): string {
  const base = `${core.acronym} (${core.expansion})`;
  return placeSuffix ? `${base} ${placeSuffix}` : base;
}
