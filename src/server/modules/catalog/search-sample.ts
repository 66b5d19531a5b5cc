import type { FacetRow, SampleRecord } from './search-facets-repository.js';

/**
 * The catalog's facet sample, kept in memory per search generation (issue #13.6): the facet
 * values of the published records whose id is at most `bound` (ids are random, so they are a
 * uniform sample; search-facets-repository.ts idBound). A search without filters whose counts are
 * estimated asks the database only which of the sample's first records match its words
 * (sampleHits) and counts their facets here — the same rows, with the same meaning, as the facet
 * statement (facetRows) would give for that sample, at about a third of its cost on PGlite.
 */
export interface FacetSample {
  bound: string;
  /** In id order. */
  records: SampleRecord[];
  byId: Map<string, SampleRecord>;
}

export function facetSample(bound: string, records: SampleRecord[]): FacetSample {
  return { bound, records, byId: new Map(records.map((r) => [r.id, r])) };
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
 * The facet rows of the sample's records up to `bound` whose ids are `hits`, in facetRows' shape:
 * `read` is how many records up to `bound` there are, `total` how many of them match, and one row
 * per facet value. A hit the sample does not hold (a record written after the sample was read,
 * within the same generation's request) is left out.
 */
export function tallySample(sample: FacetSample, bound: string, hits: readonly string[]): FacetRow[] {
  const counts = new Map<string, Map<string, number>>();
  const add = (facet: string, value: string) => {
    let values = counts.get(facet);
    if (!values) counts.set(facet, (values = new Map()));
    values.set(value, (values.get(value) ?? 0) + 1);
  };
  for (const id of hits) {
    const record = sample.byId.get(id);
    if (!record || record.id > bound) continue;
    add('total', '');
    add('province', record.province);
    // Province-level records have no regency: not a bucket of the regency facet.
    if (record.regency) add('regency', record.regency);
    add('agencyType', record.agencyType);
    add('category', String(record.categoryId));
    add('year', String(record.year));
    add('status', record.status);
    add('maturity', record.maturity);
    for (const sdg of record.sdgs) add('sdg', String(sdg));
    for (const level of new Set(record.awardLevels)) add('award', level);
  }
  const rows: FacetRow[] = [{ facet: 'read', value: '', n: String(recordsUpTo(sample, bound)) }];
  for (const [facet, values] of counts) for (const [value, n] of values) rows.push({ facet, value, n: String(n) });
  return rows;
}
