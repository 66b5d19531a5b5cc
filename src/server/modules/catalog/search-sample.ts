import { FACET_NAMES, type FacetName } from '../../../common/catalog.js';
import type { SampleRecord } from './search-facets-repository.js';

/** Counts per facet value, and `total` (key ''): exact, or estimated from a sample. */
export type Counts = Record<FacetName | 'total', Map<string, number>>;

export function emptyCounts(): Counts {
  return Object.fromEntries([...FACET_NAMES, 'total'].map((n) => [n, new Map<string, number>()])) as Counts;
}

/**
 * The catalog's facet sample, kept in memory per search generation (issue #13.6): the facet
 * values of the published records whose id is at most `bound` (ids are random, so they are a
 * uniform sample; search-facets-repository.ts idBound), and the exact number of published
 * records in each category. A search without filters whose counts are estimated asks the
 * database only which of the sample's first records match its words (sampleHits) and counts
 * their facets here — the same rows the facet statement (facetRows) would count for that sample,
 * at about a third of its cost on PGlite.
 */
export interface FacetSample {
  bound: string;
  /** In id order. */
  records: SampleRecord[];
  byId: Map<string, SampleRecord>;
  /** Published records per category id, exactly. */
  categorySizes: Map<number, number>;
  /** Their sum: every published record. */
  size: number;
}

export function facetSample(bound: string, records: SampleRecord[], categorySizes: Map<number, number>): FacetSample {
  const size = [...categorySizes.values()].reduce((a, b) => a + b, 0);
  return { bound, records, byId: new Map(records.map((r) => [r.id, r])), categorySizes, size };
}

/** How many of the sample's records have an id at most `bound` (ids compare as their lowercase text). */
function recordsUpTo(sample: FacetSample, bound: string): number {
  let low = 0;
  let high = sample.records.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sample.records[mid]!.id <= bound) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The sample's records up to `bound` whose ids are `hits`, counted per facet value, each hit
 * counting `weight(record)` (1: the plain counts of the sample). `read` is how many records up to
 * `bound` there are. A hit the sample does not hold (a record written after the sample was read,
 * within the same generation's request) is left out.
 */
export function tallySample(sample: FacetSample, bound: string, hits: readonly string[], weight: (r: SampleRecord) => number = () => 1): { read: number; counts: Counts } {
  const counts = emptyCounts();
  const add = (facet: keyof Counts, value: string, w: number) => counts[facet].set(value, (counts[facet].get(value) ?? 0) + w);
  for (const id of hits) {
    const record = sample.byId.get(id);
    if (!record || record.id > bound) continue;
    const w = weight(record);
    add('total', '', w);
    add('province', record.province, w);
    // Province-level records have no regency: not a bucket of the regency facet.
    if (record.regency) add('regency', record.regency, w);
    add('agencyType', record.agencyType, w);
    add('category', String(record.categoryId), w);
    add('year', String(record.year), w);
    add('status', record.status, w);
    add('maturity', record.maturity, w);
    for (const sdg of record.sdgs) add('sdg', String(sdg), w);
    for (const level of new Set(record.awardLevels)) add('award', level, w);
  }
  return { read: recordsUpTo(sample, bound), counts };
}

/** A category with fewer records than this in the sample is weighted together with the other small ones. */
const MIN_STRATUM = 30;

/**
 * What a sampled record of each category stands for: that category's exact size over how many of
 * its records the sample read up to `bound` (post-stratification). A fixed sample holds each
 * category in a slightly different share than the catalog — measured on the national data set,
 * enough to put the words of one theme 5–8% low together — and words cluster by category, so
 * weighting by category removes that error for every query. Small categories are pooled; when
 * the sample read none of a pool, every weight grows so the weights still add up to the catalog.
 */
export function categoryWeights(sample: FacetSample, bound: string): (r: SampleRecord) => number {
  const read = new Map<number, number>();
  const upTo = recordsUpTo(sample, bound);
  for (let i = 0; i < upTo; i++) read.set(sample.records[i]!.categoryId, (read.get(sample.records[i]!.categoryId) ?? 0) + 1);
  const weights = new Map<number, number>();
  let pooledSize = 0;
  let pooledRead = 0;
  for (const [category, size] of sample.categorySizes) {
    const n = read.get(category) ?? 0;
    if (n >= MIN_STRATUM) weights.set(category, size / n);
    else {
      pooledSize += size;
      pooledRead += n;
    }
  }
  const pooled = pooledRead > 0 ? pooledSize / pooledRead : 0;
  const covered = sample.size - (pooledRead > 0 ? 0 : pooledSize);
  const spread = covered > 0 ? sample.size / covered : 1;
  return (r) => (weights.get(r.categoryId) ?? pooled) * spread;
}

/**
 * Estimated counts for the matches among the sample's records up to `bound` (`hits`): each hit
 * weighted by its category (categoryWeights), rounded, none above the catalog's size.
 */
export function estimateFromSample(sample: FacetSample, bound: string, hits: readonly string[]): Counts {
  const { counts } = tallySample(sample, bound, hits, categoryWeights(sample, bound));
  for (const values of Object.values(counts)) for (const [value, n] of values) values.set(value, Math.min(sample.size, Math.round(n)));
  return counts;
}
