import type { Kysely, RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.js';
import { countMatchesUpTo, type FacetRow, type FacetSource, facetRows, idBound, sampleHits } from './search-facets-repository.js';
import { estimatedMatches, FUZZY_CAP } from './search-pages-repository.js';
import { type Counts, emptyCounts, estimateFromSample, type FacetSample } from './search-sample.js';

/**
 * How many records a catalog search matches, and its facet counts (issue #3 point 7, issue
 * #13.6–7). Nothing here may touch every match of a broad query (on 100,000 records,
 * "pelayanan" matches 94%).
 *
 * When the planner expects at most EXACT_FACET_CAP matches, they are counted exactly
 * over those rows. Otherwise (or when the bounded count overflows) they are estimated from a
 * sample of the search's population — the records its filters select, words left out (all
 * published records when it has none) — an id range of them (search-facets-repository.ts) sized
 * for ~1,000 matching rows within 1,000–6,000 rows read (1,500 of a filtered population).
 * Without filters the sample is the generation's facet sample in memory (search-sample.ts): the
 * database only says which of its records match, and each match stands for its category's
 * exact size over the sampled records of that category. With filters the planner's estimate of
 * the population sizes the sample, and the share of sampled rows that match is scaled to it — to
 * its exact count (once per generation) when the matches are too many to count. Either way the
 * estimate never exceeds the population, and the response says `approximate: true`, for the
 * total and every facet count. The relative standard error is about √(1 − share)/√(matches in
 * the sample): under 1% for a word in most records, ~3% for one in a fifth, ~6% for one in 6%
 * (360 in 6,000 rows) — less where words cluster by category — measured against exact counts
 * in the bench (search-estimates). An estimate of at most EXACT_TOTAL_CAP, where the sample
 * holds fewer than ~500 matches, is replaced by an exact count of the matches (no facet columns
 * read), the buckets scaled to it: at 8,000 rather than 4,000, no estimate of 223 stream queries
 * was more than 5% off (4 were), for ~1.5 ms more per uncached search on PGlite. Counting
 * 3,000 matches with their facets instead of 1,500 was measured and lost 15% of the
 * single-user p95 on PostgreSQL: a match read through the index costs more than a sampled row.
 * The service (search-service.ts) caches the results per search generation and filter set.
 */
export const EXACT_FACET_CAP = 1500;
/** An estimated total up to this many is replaced by an exact count (of the matches alone, no facet columns). */
export const EXACT_TOTAL_CAP = 8000;
/** A sample aims at about this many matching rows, reading between SAMPLE_MIN_ROWS and SAMPLE_MAX_ROWS. */
const SAMPLE_TARGET_MATCHES = 1000;
const SAMPLE_MIN_ROWS = 1000;
export const SAMPLE_MAX_ROWS = 6000;
/**
 * A filtered search's sample reads at most this many of its population's records: each is tested
 * against the words (a sample of the whole catalog tests only the few that pass the filters), so
 * more cost more than they gain.
 */
const FILTERED_SAMPLE_MAX_ROWS = 1500;

/** Counts over `source`; a sample's counts are scaled to `population` (the exact size of what was sampled) and never exceed it. */
async function countFacets(db: Kysely<Database>, where: RawBuilder<boolean>, source: FacetSource, population?: number): Promise<Counts> {
  return countedRows(await facetRows(db, where, source), population);
}

/** The facet statement's rows as counts, scaled as countFacets says. */
function countedRows(rows: FacetRow[], population?: number): Counts {
  const sampled = Number(rows.find((r) => r.facet === 'read')?.n ?? 0);
  const counts = emptyCounts();
  for (const row of rows) {
    // Province-level records have no regency: not a bucket of the regency facet.
    if (row.facet === 'read' || (row.facet === 'regency' && !row.value)) continue;
    counts[row.facet as keyof Counts].set(row.value ?? '', Number(row.n));
  }
  return population !== undefined && sampled > 0 ? scaled(counts, population / sampled, population) : counts;
}

/** Every count multiplied by `factor` and rounded, none above `cap`. */
export function scaled(counts: Counts, factor: number, cap: number): Counts {
  const out = emptyCounts();
  for (const name of Object.keys(counts) as Array<keyof Counts>) {
    for (const [value, n] of counts[name]) out[name].set(value, Math.min(cap, Math.round(n * factor)));
  }
  return out;
}

export interface FacetResult {
  counts: Counts;
  total: number;
  approximate: boolean;
}

/** What a search's sample is drawn from: the records its filters (not its words) select, and how many there are. */
export interface Population {
  where: RawBuilder<boolean>;
  /** Whether filters narrow it (else it is every published record). */
  filtered: boolean;
  /** How many exactly (filters: counted once per generation and filter set). */
  size: () => Promise<number>;
  /** Enough to size a sample: the exact size when it is known already, else the planner's estimate. */
  roughSize: () => Promise<{ n: number; exact: boolean }>;
  /** The generation's facet sample in memory (search-sample.ts), for the unfiltered population. */
  sample?: () => Promise<FacetSample>;
}

/** Exact counts over at most EXACT_FACET_CAP matches, or a scaled sample of the population when there are more. */
export async function facetsFor(db: Kysely<Database>, where: RawBuilder<boolean>, population: Population): Promise<FacetResult> {
  const expected = await estimatedMatches(db, where);
  if (expected <= EXACT_FACET_CAP) {
    const bounded = await countFacets(db, where, { kind: 'matches', limit: EXACT_FACET_CAP + 1 });
    const boundedTotal = bounded.total.get('') ?? 0;
    if (boundedTotal <= EXACT_FACET_CAP) return { counts: bounded, total: boundedTotal, approximate: false };
  }
  let rough = await population.roughSize();
  // A population small enough to read whole is confirmed first: the planner's guess may be stale.
  if (!rough.exact && rough.n <= FILTERED_SAMPLE_MAX_ROWS) rough = { n: await population.size(), exact: true };
  const size = Math.max(rough.n, 1);
  // Broad queries need few rows read for enough matches; narrower ones more, within bounds.
  const matches = Math.min(size, Math.max(expected, EXACT_FACET_CAP + 1));
  const maxRows = population.filtered ? FILTERED_SAMPLE_MAX_ROWS : SAMPLE_MAX_ROWS;
  const sampleRows = Math.min(maxRows, Math.max(SAMPLE_MIN_ROWS, (SAMPLE_TARGET_MATCHES * size) / Math.max(matches, 1)));
  const share = sampleRows / Math.max(size, 1);
  if (share >= 1) {
    // The filters select fewer records than a sample would read: every one read, the count is exact.
    const all = await countFacets(db, where, { kind: 'sample', population: population.where, bound: idBound(1) });
    return { counts: all, total: all.total.get('') ?? 0, approximate: false };
  }
  let sample = await sampleCounts(db, where, population, idBound(share), size);
  if (!rough.exact && (sample.total.get('') ?? 0) > EXACT_TOTAL_CAP) {
    // Too many matches to count them: the estimate stands, so it is scaled to the population's
    // exact size. Below the cap they are counted, and the population's size is not needed.
    const exactSize = await population.size();
    sample = scaled(sample, exactSize / size, exactSize);
  }
  const sampled = sample.total.get('') ?? 0;
  if (sampled === 0) {
    // The planner expected many, the sample found none: the matches are rare after all, so count them.
    const exact = await countFacets(db, where, { kind: 'matches', limit: EXACT_FACET_CAP + 1 });
    const exactTotal = exact.total.get('') ?? 0;
    return { counts: exact, total: exactTotal, approximate: exactTotal > EXACT_FACET_CAP };
  }
  if (sampled <= EXACT_TOTAL_CAP) {
    // Few matches make a noisy estimate (150 in a sample of 6,000 is ±8%), and few are cheap to
    // count without their facet columns: the total becomes exact, the buckets are scaled to it.
    const exact = await countMatchesUpTo(db, where, EXACT_TOTAL_CAP + 1);
    if (exact <= EXACT_TOTAL_CAP) return { counts: scaled(sample, exact / sampled, exact), total: exact, approximate: true };
  }
  return { counts: sample, total: sampled, approximate: true };
}

/**
 * Estimated counts from `population`'s records with an id up to `bound`: from the generation's
 * facet sample in memory when it holds them (the database only says which match; weighted by
 * category, search-sample.ts), else by the facet statement, scaled to the population's `size`.
 */
async function sampleCounts(db: Kysely<Database>, where: RawBuilder<boolean>, population: Population, bound: string, size: number): Promise<Counts> {
  const kept = await population.sample?.();
  if (kept && bound <= kept.bound) return estimateFromSample(kept, bound, await sampleHits(db, where, bound));
  return countedRows(await facetRows(db, where, { kind: 'sample', population: population.where, bound }), size);
}

/**
 * Typo rescue: the trigram index hands over candidates that each need a similarity check, and a
 * common prefix ("stuntng") can have tens of thousands; only the first FUZZY_CAP are used.
 */
export async function fuzzyFacets(db: Kysely<Database>, where: RawBuilder<boolean>): Promise<FacetResult> {
  const counts = await countFacets(db, where, { kind: 'matches', limit: FUZZY_CAP + 1 });
  const total = counts.total.get('') ?? 0;
  return { counts, total: Math.min(total, FUZZY_CAP), approximate: total > FUZZY_CAP };
}
