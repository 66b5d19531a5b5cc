import { rngFor } from '../generator/rng.js';
import { THEMES } from '../generator/vocabulary/themes.js';
import { THEME_PICKER } from '../generator/innovation-title.js';
import { zipf } from '../generator/weighted.js';
import { CATALOG_QUERIES } from '../scenarios/catalog-queries.js';

/**
 * A realistic query stream for the search throughput scenario (issue #13.6): a few thousand
 * distinct queries (phrases, people, name words, pairs, typos; a third with a facet), plus the
 * 50 fixed ones, drawn with Zipf-like popularity so a few repeat often and most are rare — a
 * cache cannot win by replaying the same 50 queries. Deterministic for a seed.
 */
const PROVINCES = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '52',
  '53',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '91',
  '92',
  '94',
];

function typo(word: string, r: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(r() * (word.length - 2));
  return r() < 0.5 ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

export function distinctQueries(seed: number, count: number): Record<string, string>[] {
  const rng = rngFor(seed, 'queries', 1);
  const r = () => rng.next();
  const seen = new Set<string>();
  const out: Record<string, string>[] = [];
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const theme = THEME_PICKER.draw(rng);
    const words = (text: string) => text.toLowerCase().split(/\s+/);
    const form = r();
    let q: string;
    if (form < 0.35)
      q = words(rng.pick(theme.objects))
        .slice(0, 1 + Math.floor(r() * 3))
        .join(' ');
    else if (form < 0.5) q = rng.pick(theme.targets).toLowerCase();
    else if (form < 0.65) q = `${rng.pick(words(rng.pick(theme.objects)))} ${rng.pick(words(rng.pick(theme.targets)))}`;
    else if (form < 0.75) q = `${rng.pick(theme.nameWords).toLowerCase()} ${rng.pick(words(rng.pick(theme.objects)))}`;
    else if (form < 0.88)
      q = words(rng.pick(theme.objects))
        .map((w) => (r() < 0.5 ? typo(w, r) : w))
        .slice(0, 2)
        .join(' ');
    else q = rng.pick(theme.indicators).toLowerCase();
    const query: Record<string, string> = { q };
    const facet = r();
    if (facet < 0.15) query.province = rng.pick(PROVINCES);
    else if (facet < 0.25) query.category = theme.key;
    else if (facet < 0.32) query.year = String(2015 + Math.floor(r() * 10));
    const key = JSON.stringify(query);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(query);
  }
  return out;
}

/** The distinct queries (the fixed 50 first: they are the popular ones) and a stream drawn from them. */
export function queryStream(seed: number, distinct: number, length: number): { distinct: Record<string, string>[]; stream: Record<string, string>[] } {
  const all = [...CATALOG_QUERIES, ...distinctQueries(seed, distinct)];
  const popularity = zipf(all, 0.9);
  const rng = rngFor(seed, 'queries', 2);
  return { distinct: all, stream: Array.from({ length }, () => popularity.draw(rng)) };
}

export const THEME_COUNT = THEMES.length;
