import type { Kysely, RawBuilder } from 'kysely';
import { MATURITY_STAGES, type MaturityStage } from '../../../common/institutionalisation.js';
import type { Database } from '../../db/schema.js';
import { unconfirmedSinceOf } from '../institutionalisation/read-model.js';
import { errors } from '../../http/errors.js';
import type { FacetBucket, SearchFilters, SearchItem, SearchQuery, SearchResponse } from './schemas.js';
import { cacheKey, GenerationCache, remembered } from './search-cache.js';
import { listCategories } from './categories-repository.js';
import { estimatedMatches, FUZZY_CAP, pageIds, regionNames, type ResolvedFilters, searchCardRows } from './search-pages-repository.js';
import {
  categoryIdsByCodes,
  categorySizes,
  countMatchesUpTo,
  countSearchRows,
  type FacetRow,
  type FacetSource,
  facetRows,
  idBound,
  sampleHits,
  sampleRecords,
  tableRowEstimate,
} from './search-facets-repository.js';
import { type Counts, emptyCounts, estimateFromSample, type FacetSample, facetSample } from './search-sample.js';
import { filterCondition, formsQuery, type MatchMode } from './search-filter-repository.js';
import { type GenerationalVocabulary, newGenerationalVocabulary, planWithMemo, type VocabularyMemo } from './search-plan.js';
import { allSynonymTerms, countPublished, isSettledGeneration, readSearchGeneration } from './search-terms-repository.js';
import { buildSynonymIndex, type SynonymIndex } from './search-terms.js';

export { FUZZY_CAP, type ResolvedFilters };

/** Result cards in the order of `ids`, with the "belum dikonfirmasi sejak …" mark of ended update campaigns. */
export async function searchItemsByIds(db: Kysely<Database>, ids: string[]): Promise<SearchItem[]> {
  if (ids.length === 0) return [];
  return cardsWithLabels(db, ids, await labelsFor(db, await readSearchGeneration(db)));
}

/** The cards of `ids` with region and category names from the generation's labels, and the campaign mark. */
async function cardsWithLabels(db: Kysely<Database>, ids: string[], labels: FacetLabels): Promise<SearchItem[]> {
  if (ids.length === 0) return [];
  const [rows, unconfirmed] = await Promise.all([searchCardRows(db, ids), unconfirmedSinceOf(db, ids)]);
  return rows.map(({ regionCode, provinceCode, categoryId, ...card }) => {
    const category = labels.categories.get(categoryId);
    return {
      ...card,
      regionName: labels.regionName.get(regionCode) ?? regionCode,
      provinceName: labels.regionName.get(provinceCode) ?? provinceCode,
      categoryCode: category?.code ?? '',
      categoryName: { id: category?.nameId ?? '', en: category?.nameEn ?? '' },
      unconfirmedSince: unconfirmed.get(card.id)?.toISOString() ?? null,
    };
  });
}

/**
 * Catalog search at national scale (issue #3, point 7; issue #13). Nothing here may touch every
 * match of a broad query (on 100,000 records, "pelayanan" matches 94%). Searches read
 * `innovation_search` (migration 2026_12_05_0001): the published records' searchable columns,
 * inline, a few rows a page, in random order — a row costs about one buffer visit there against
 * ~6 on `innovations`, whose columns sit in TOAST.
 *
 * - The query is planned first (search-terms.ts): synonyms and variants from the ministry's
 *   dictionary, joined/split words and typo corrections from the vocabulary of published text.
 *   A record matching any concept matches; ranking is in search-pages-repository.ts.
 * - Facets: when the planner expects at most EXACT_FACET_CAP matches, they are counted exactly
 *   over those rows. Otherwise (or when the bounded count overflows) they are estimated from a
 *   sample of the search's population — the records its filters select, words left out (all
 *   published records when it has none) — an id range of them (search-facets-repository.ts) sized
 *   for ~1,000 matching rows within 1,000–6,000 rows read (1,500 of a filtered population).
 *   Without filters the sample is the generation's facet sample in memory (search-sample.ts): the
 *   database only says which of its records match, and each match stands for its category's
 *   exact size over the sampled records of that category. With filters the share of sampled rows
 *   that match is scaled to the filters' exact count (once per generation). Either way the
 *   estimate never exceeds the population, and the response says `approximate: true`, for the
 *   total and every facet count. The relative standard error is about √(1 − share)/√(matches in
 *   the sample): under 1% for a word in most records, ~3% for one in a fifth, ~6% for one in 6%
 *   (360 in 6,000 rows) — less where words cluster by category — measured against exact counts
 *   in the bench (search-estimates). An estimate of at most EXACT_TOTAL_CAP, where the sample
 *   holds fewer than ~500 matches, is replaced by an exact count of the matches (no facet columns
 *   read), the buckets scaled to it: at 8,000 rather than 4,000, no estimate of 223 stream queries
 *   was more than 5% off (4 were), for ~1.5 ms more per uncached search on PGlite. Counting
 *   3,000 matches with their facets instead of 1,500 was measured and lost 15% of the
 *   single-user p95 on PostgreSQL: a match read through the index costs more than a sampled row.
 * - Answers are cached per search generation (search-cache.ts).
 * See docs/ARCHITECTURE.md (Catalog search at scale) for the measurements.
 */
export const EXACT_FACET_CAP = 1500;
/** An estimated total up to this many is replaced by an exact count (of the matches alone, no facet columns). */
export const EXACT_TOTAL_CAP = 8000;
/** A sample aims at about this many matching rows, reading between SAMPLE_MIN_ROWS and SAMPLE_MAX_ROWS. */
const SAMPLE_TARGET_MATCHES = 1000;
const SAMPLE_MIN_ROWS = 1000;
const SAMPLE_MAX_ROWS = 6000;
/**
 * A filtered search's sample reads at most this many of its population's records: each is tested
 * against the words (a sample of the whole catalog tests only the few that pass the filters), so
 * more cost more than they gain.
 */
const FILTERED_SAMPLE_MAX_ROWS = 1500;
export const EXACT_RANK_CAP = 1000;
/** Deepest row a page may reach; beyond it people should narrow the search (and deep OFFSETs get slow). */
export const MAX_RESULT_WINDOW = 10_000;
const REGENCY_FACET_LIMIT = 40;

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
function scaled(counts: Counts, factor: number, cap: number): Counts {
  const out = emptyCounts();
  for (const name of Object.keys(counts) as Array<keyof Counts>) {
    for (const [value, n] of counts[name]) out[name].set(value, Math.min(cap, Math.round(n * factor)));
  }
  return out;
}

interface FacetResult {
  counts: Counts;
  total: number;
  approximate: boolean;
}

/** What a search's sample is drawn from: the records its filters (not its words) select, and how many there are. */
interface Population {
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
async function facetsFor(db: Kysely<Database>, where: RawBuilder<boolean>, population: Population): Promise<FacetResult> {
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
async function fuzzyFacets(db: Kysely<Database>, where: RawBuilder<boolean>): Promise<FacetResult> {
  const counts = await countFacets(db, where, { kind: 'matches', limit: FUZZY_CAP + 1 });
  const total = counts.total.get('') ?? 0;
  return { counts, total: Math.min(total, FUZZY_CAP), approximate: total > FUZZY_CAP };
}

async function labelledFacets(labels: FacetLabels, counts: Counts, awards: Map<string, number>, f: SearchFilters): Promise<SearchResponse['facets']> {
  const { regionName } = labels;
  const byCount = (a: FacetBucket, b: FacetBucket) => b.count - a.count || a.label.localeCompare(b.label);
  const plain = (m: Map<string, number>): FacetBucket[] => [...m].map(([value, count]) => ({ value, label: value, count }));

  const regency = [...counts.regency]
    .map(([value, count]) => ({ value, label: regionName.get(value) ?? value, count }))
    .sort(byCount)
    // Without a province chosen, only the largest regencies are useful to list.
    .slice(0, f.province?.length ? undefined : REGENCY_FACET_LIMIT);
  return {
    province: [...counts.province].map(([value, count]) => ({ value, label: regionName.get(value) ?? value, count })).sort(byCount),
    regency,
    agencyType: plain(counts.agencyType).sort(byCount),
    category: [...counts.category.keys()]
      .map((id) => labels.categories.get(Number(id)))
      .filter((c) => c !== undefined)
      .map((c) => ({ value: c.code, label: c.nameId, labelEn: c.nameEn, count: counts.category.get(String(c.id)) ?? 0 }))
      .sort(byCount),
    sdg: plain(counts.sdg).sort((a, b) => Number(a.value) - Number(b.value)),
    year: plain(counts.year).sort((a, b) => Number(b.value) - Number(a.value)),
    status: plain(counts.status).sort(byCount),
    award: plain(awards).sort(byCount),
    maturity: plain(counts.maturity).sort((a, b) => MATURITY_STAGES.indexOf(a.value as MaturityStage) - MATURITY_STAGES.indexOf(b.value as MaturityStage)),
  };
}

/** Per database and search generation: the synonym index, the published total, cached answers. */
interface GenerationState {
  generation: string;
  synonyms?: Promise<SynonymIndex>;
  published?: Promise<number>;
  tableRows?: Promise<number>;
  labels?: Promise<FacetLabels>;
  sample?: Promise<FacetSample>;
  vocabulary: GenerationalVocabulary;
  /** Counts and match mode per filter set (sort and page left out: every page of a search shares them). */
  facets: Map<string, Promise<{ mode: MatchMode; facets: FacetResult }>>;
  /** How many records each set of filters (words left out) selects: being counted, and counted. */
  populations: Map<string, Promise<number>>;
  populationSizes: Map<string, number>;
}

interface FacetLabels {
  regionName: Map<string, string>;
  categories: Map<number, { id: number; code: string; nameId: string; nameEn: string }>;
}

function labelsFor(db: Kysely<Database>, generation: string): Promise<FacetLabels> {
  const state = stateFor(db, generation);
  return (state.labels ??= Promise.all([regionNames(db), listCategories(db, true)]).then(([regions, categories]) => ({
    regionName: new Map(regions.map((r) => [r.code, r.name])),
    categories: new Map(categories.map((c) => [c.id, c])),
  })));
}
const caches = new WeakMap<object, { state: GenerationState; answers: GenerationCache<SearchResponse>; vocabulary: VocabularyMemo }>();

function cacheOf(db: Kysely<Database>) {
  let entry = caches.get(db);
  if (!entry) caches.set(db, (entry = { state: newState(''), answers: new GenerationCache<SearchResponse>(), vocabulary: { permanent: new Map() } }));
  return entry;
}

const newState = (generation: string): GenerationState => ({
  generation,
  vocabulary: newGenerationalVocabulary(),
  facets: new Map(),
  populations: new Map(),
  populationSizes: new Map(),
});
/** Filter sets whose counts are kept per generation (least recently made go first). */
const MAX_FACET_ENTRIES = 4000;

function stateFor(db: Kysely<Database>, generation: string): GenerationState {
  // A writer is in flight: what is read now is kept for this request only.
  if (!isSettledGeneration(generation)) return newState(generation);
  const entry = cacheOf(db);
  if (entry.state.generation !== generation) entry.state = newState(generation);
  return entry.state;
}

function synonymsFor(db: Kysely<Database>, generation: string): Promise<SynonymIndex> {
  const state = stateFor(db, generation);
  return (state.synonyms ??= allSynonymTerms(db).then(buildSynonymIndex));
}

function publishedFor(db: Kysely<Database>, generation: string): Promise<number> {
  const state = stateFor(db, generation);
  return (state.published ??= countPublished(db));
}

/**
 * The generation's facet sample: the published records a sample of SAMPLE_MAX_ROWS would read
 * (every one when there are fewer), read once per generation — about 6,000 records, a few
 * hundred kilobytes.
 */
function sampleFor(db: Kysely<Database>, generation: string): Promise<FacetSample> {
  const state = stateFor(db, generation);
  return (state.sample ??= publishedFor(db, generation).then(async (published) => {
    const bound = idBound(SAMPLE_MAX_ROWS / Math.max(published, 1));
    const [records, sizes] = await Promise.all([sampleRecords(db, bound), categorySizes(db)]);
    return facetSample(bound, records, sizes);
  }));
}

/**
 * The records a search's filters select, words left out: its sample is drawn from them, so a
 * filtered search reads only its province's or category's records — a larger share of them match.
 * The planner's estimate of their number sizes the sample; their exact number (counted once per
 * generation and filter set) scales an estimate only when the matches are too many to count.
 */
function populationOf(db: Kysely<Database>, filters: ResolvedSearch, given: SearchFilters, generation: string): Population {
  const rest = { ...given, q: undefined };
  const where = filterCondition({ ...filters, q: undefined, text: undefined }, 'all');
  const filtered = Object.values(rest).some((v) => v !== undefined && (!Array.isArray(v) || v.length > 0));
  if (!filtered) {
    const size = () => publishedFor(db, generation);
    return { where, filtered, size, roughSize: async () => ({ n: await size(), exact: true }), sample: () => sampleFor(db, generation) };
  }
  const state = stateFor(db, generation);
  const key = cacheKey(rest as Record<string, unknown>);
  const size = () =>
    remembered(
      state.populations,
      key,
      async () => {
        const n = await countSearchRows(db, where);
        state.populationSizes.set(key, n);
        if (state.populationSizes.size > MAX_FACET_ENTRIES) state.populationSizes.delete(state.populationSizes.keys().next().value!);
        return n;
      },
      MAX_FACET_ENTRIES,
    );
  const roughSize = async () => {
    const known = state.populationSizes.get(key);
    return known !== undefined ? { n: known, exact: true } : { n: await estimatedMatches(db, where), exact: false };
  };
  return { where, filtered, size, roughSize };
}

export type ResolvedSearch = ResolvedFilters & { suggestion: string | null };

/**
 * Category codes to ids, and the words to a query plan (synonyms, joined/split forms, typo
 * corrections), once per request. Used by the search and by its export, so both match alike.
 */
export async function resolveFilters(db: Kysely<Database>, filters: SearchFilters, generation?: string): Promise<ResolvedSearch> {
  const gen = generation ?? (await readSearchGeneration(db));
  const [categoryIds, plan] = await Promise.all([
    filters.category?.length ? categoryIdsByCodes(db, filters.category) : undefined,
    filters.q ? planFor(db, filters.q, gen) : undefined,
  ]);
  return {
    ...filters,
    ...(categoryIds ? { categoryIds } : {}),
    ...(plan ? { text: { groups: plan.groups.map((g) => formsQuery(g.forms)) } } : {}),
    suggestion: plan?.suggestion ?? null,
  };
}

async function planFor(db: Kysely<Database>, q: string, generation: string) {
  const synonyms = await synonymsFor(db, generation);
  return planWithMemo(db, q, synonyms, cacheOf(db).vocabulary, stateFor(db, generation).vocabulary);
}

export async function searchCatalog(db: Kysely<Database>, query: SearchQuery): Promise<SearchResponse> {
  const { sort, page, pageSize, ...given } = query;
  const offset = (page - 1) * pageSize;
  if (offset + pageSize > MAX_RESULT_WINDOW) {
    throw errors.validation(
      {
        id: `Data tidak valid: Halaman terlalu jauh; hanya ${MAX_RESULT_WINDOW.toLocaleString('id-ID')} hasil pertama yang dapat dibuka. Persempit pencarian dengan filter.`,
        en: `Invalid data: Page is too deep; only the first ${MAX_RESULT_WINDOW.toLocaleString('en')} results can be opened. Narrow the search with filters.`,
      },
      { fields: [{ field: 'page' }] },
    );
  }
  const generation = await readSearchGeneration(db);
  const key = cacheKey(query as Record<string, unknown>);
  const { answers } = cacheOf(db);
  const cached = answers.get(key, generation);
  if (cached) return cached;
  const answer = await runSearch(db, given, { sort, page, pageSize, offset }, generation);
  if (isSettledGeneration(generation)) answers.set(key, generation, answer);
  return answer;
}

/** The match mode and counts of a filter set: full text, or similar titles when the words found nothing. */
async function countMatches(db: Kysely<Database>, filters: ResolvedSearch, population: Population) {
  if (!filters.q) return { mode: 'all' as MatchMode, facets: await facetsFor(db, filterCondition(filters, 'all'), population) };
  const facets = await facetsFor(db, filterCondition(filters, 'fulltext'), population);
  // Nothing matched the words: perhaps a typo. Fall back to similar titles.
  if (facets.total === 0) return { mode: 'fuzzy' as MatchMode, facets: await fuzzyFacets(db, filterCondition(filters, 'fuzzy')) };
  return { mode: 'fulltext' as MatchMode, facets };
}

async function runSearch(
  db: Kysely<Database>,
  given: SearchFilters,
  p: { sort: SearchQuery['sort']; page: number; pageSize: number; offset: number },
  generation: string,
): Promise<SearchResponse> {
  const filters = await resolveFilters(db, given, generation);
  const state = stateFor(db, generation);
  const tableRows = () => (state.tableRows ??= tableRowEstimate(db));
  const facetKey = cacheKey(given as Record<string, unknown>);
  const { mode, facets } = await remembered(state.facets, facetKey, () => countMatches(db, filters, populationOf(db, filters, given, generation)), MAX_FACET_ENTRIES);
  const ctx = { total: facets.total, approximate: facets.approximate, tableRows, exactRankCap: EXACT_RANK_CAP };
  const ids = p.offset < facets.total || facets.approximate ? await pageIds(db, filters, mode, p.sort, ctx, p.pageSize, p.offset) : [];
  const labels = await labelsFor(db, generation);
  return {
    items: await cardsWithLabels(db, ids, labels),
    total: facets.total,
    approximate: facets.approximate,
    matchMode: mode,
    // A correction is only suggested when it found something.
    suggestion: mode === 'fulltext' && facets.total > 0 ? filters.suggestion : null,
    facets: await labelledFacets(labels, facets.counts, facets.counts.award, filters),
    page: p.page,
    pageSize: p.pageSize,
  };
}
