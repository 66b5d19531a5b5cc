import type { Kysely } from 'kysely';
import { MATURITY_STAGES, type MaturityStage } from '../../../common/institutionalisation.js';
import type { Database } from '../../db/schema.js';
import { unconfirmedSinceOf } from '../institutionalisation/read-model.js';
import { errors } from '../../http/errors.js';
import type { FacetBucket, SearchFilters, SearchItem, SearchQuery, SearchResponse } from './schemas.js';
import { cacheKey, GenerationCache, remembered } from './search-cache.js';
import { listCategories } from './categories-repository.js';
import { estimatedMatches, FUZZY_CAP, pageIds, regionNames, type ResolvedFilters, searchCardRows } from './search-pages-repository.js';
import { categoryIdsByCodes, categorySizes, countSearchRows, idBound, sampleRecords, tableRowEstimate } from './search-facets-repository.js';
import { type Counts, type FacetSample, facetSample } from './search-sample.js';
import { type FacetResult, facetsFor, fuzzyFacets, type Population, SAMPLE_MAX_ROWS } from './search-counts.js';
import { filterCondition, formsQuery, type MatchMode } from './search-filter-repository.js';
import { type GenerationalVocabulary, newGenerationalVocabulary, planWithMemo, type VocabularyMemo } from './search-plan.js';
import { allSynonymTerms, countPublished, isSettledGeneration, readSearchGeneration } from './search-terms-repository.js';
import { buildSynonymIndex, type SynonymIndex } from './search-terms.js';

export { FUZZY_CAP, type ResolvedFilters };
export { EXACT_FACET_CAP, EXACT_TOTAL_CAP } from './search-counts.js';

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
 * - The total and the facets are counted, or estimated from a sample, in search-counts.ts.
 * - Answers are cached per search generation (search-cache.ts).
 * See docs/ARCHITECTURE.md (Catalog search at scale) for the measurements.
 */
export const EXACT_RANK_CAP = 1000;
/** Deepest row a page may reach; beyond it people should narrow the search (and deep OFFSETs get slow). */
export const MAX_RESULT_WINDOW = 10_000;
const REGENCY_FACET_LIMIT = 40;

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
  /** How many records each set of filters (words left out) selects. */
  populations: Map<string, Promise<number>>;
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
  const size = () => remembered(state.populations, key, () => countSearchRows(db, where), MAX_FACET_ENTRIES);
  // A count this generation already made (or is making) is used; else the planner's estimate.
  const roughSize = async () => (state.populations.has(key) ? { n: await size(), exact: true } : { n: await estimatedMatches(db, where), exact: false });
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
