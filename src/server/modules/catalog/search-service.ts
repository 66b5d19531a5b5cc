import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { AwardLevel, InnovationStatus, SearchSort } from '../../../common/catalog.js';
import { MATURITY_STAGES, type MaturityStage } from '../../../common/institutionalisation.js';
import type { Database } from '../../db/schema.js';
import { unconfirmedSinceOf } from '../institutionalisation/read-model.js';
import { errors } from '../../http/errors.js';
import { FACET_NAMES, type FacetBucket, type FacetName, type SearchFilters, type SearchItem, type SearchQuery, type SearchResponse } from './schemas.js';
import { FACET_COLUMNS, facetCounts, filterCondition, maturityStageSql, type MatchMode, type TextAccess, titleMatch, tsQuery } from './search-sql.js';

/**
 * Catalog search at national scale (issue #3, point 7). Nothing here may touch every match of a
 * broad query (on 100,000 records, "pelayanan" matches 94%): on PGlite each row read costs
 * ~10 µs (its tsvector is TOASTed), so reading all matches alone would take a second.
 *
 * - Facets: when the planner expects at most EXACT_FACET_CAP matches, they are counted exactly
 *   over those rows. Otherwise (or when the bounded count overflows) they are estimated from a
 *   page sample of the table (`TABLESAMPLE SYSTEM`, fixed seed, sized for ~500 matching rows
 *   within 800–2,000 rows read) scaled up,
 *   and the response says `approximate: true`. Award counts are always exact (awards are few).
 * - Relevance: exact `ts_rank` order when the exact total is at most EXACT_RANK_CAP; beyond
 *   that, records whose title holds the words come first, then the other matches, newest first
 *   within each tier — both tiers are read in start-date index order and stop after one page.
 * See docs/ARCHITECTURE.md (Catalog search at scale) for the measurements.
 */
export const EXACT_FACET_CAP = 1500;
/** A sample aims at about this many matching rows, reading between SAMPLE_MIN_ROWS and SAMPLE_MAX_ROWS. */
const SAMPLE_TARGET_MATCHES = 500;
const SAMPLE_MIN_ROWS = 800;
const SAMPLE_MAX_ROWS = 2000;
/** A typo rescue lists similar titles among the first FUZZY_CAP candidates; it does not count them all. */
export const FUZZY_CAP = 500;
export const EXACT_RANK_CAP = 1000;
/** Deepest row a page may reach; beyond it people should narrow the search (and deep OFFSETs get slow). */
export const MAX_RESULT_WINDOW = 10_000;
const REGENCY_FACET_LIMIT = 40;

type Counts = Record<FacetName | 'total', Map<string, number>>;

function emptyCounts(): Counts {
  return Object.fromEntries([...FACET_NAMES, 'total'].map((n) => [n, new Map<string, number>()])) as Counts;
}

async function countFacets(db: Kysely<Database>, source: RawBuilder<unknown>, scale = 1): Promise<Counts> {
  const rows = await facetCounts(source).execute(db);
  const counts = emptyCounts();
  for (const row of rows.rows) {
    // Province-level records have no regency: not a bucket of the regency facet.
    if (row.facet === 'regency' && !row.value) continue;
    counts[row.facet as FacetName | 'total'].set(row.value ?? '', Math.round(Number(row.n) * scale));
  }
  return counts;
}

/** The planner's row estimate for a condition: a few milliseconds, no rows read. */
async function estimatedMatches(db: Kysely<Database>, where: RawBuilder<boolean>): Promise<number> {
  const plan = await sql<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>`explain (format json) select 1 from innovations i where ${where}`.execute(db);
  const raw = plan.rows[0]?.['QUERY PLAN'];
  const parsed = typeof raw === 'string' ? (JSON.parse(raw) as typeof raw) : raw;
  return Number(parsed?.[0]?.Plan['Plan Rows'] ?? Number.POSITIVE_INFINITY);
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}

async function tableRowEstimate(db: Kysely<Database>): Promise<number> {
  const stats = await sql<{ n: number }>`select reltuples::float8 as n from pg_class where oid = 'innovations'::regclass`.execute(db);
  const estimate = Number(stats.rows[0]?.n ?? -1);
  if (estimate > 0) return estimate;
  // Never analysed (fresh PGlite): count once; the next ANALYZE makes this path unnecessary.
  const counted = await sql<{ n: string }>`select count(*)::text as n from innovations`.execute(db);
  return Number(counted.rows[0]!.n);
}

interface FacetResult {
  counts: Counts;
  total: number;
  approximate: boolean;
}

/** Exact counts over at most EXACT_FACET_CAP matches, or a scaled sample when there are more. */
async function facetsFor(db: Kysely<Database>, where: RawBuilder<boolean>, tableRows: () => Promise<number>): Promise<FacetResult> {
  const expected = await estimatedMatches(db, where);
  if (expected <= EXACT_FACET_CAP) {
    const bounded = await countFacets(db, sql`select ${FACET_COLUMNS} from innovations i where ${where} limit ${EXACT_FACET_CAP + 1}`);
    const boundedTotal = bounded.total.get('') ?? 0;
    if (boundedTotal <= EXACT_FACET_CAP) return { counts: bounded, total: boundedTotal, approximate: false };
  }
  const rows = await tableRows();
  // Broad queries need few rows read for enough matches; narrower ones more, within bounds.
  const matches = Math.max(expected, EXACT_FACET_CAP + 1);
  const sampleRows = Math.min(SAMPLE_MAX_ROWS, Math.max(SAMPLE_MIN_ROWS, (SAMPLE_TARGET_MATCHES * rows) / matches));
  const percent = Math.min(100, (100 * sampleRows) / Math.max(rows, 1));
  if (percent >= 100) {
    const all = await countFacets(db, sql`select ${FACET_COLUMNS} from innovations i where ${where}`);
    return { counts: all, total: all.total.get('') ?? 0, approximate: false };
  }
  const sample = await countFacets(
    db,
    sql`select ${FACET_COLUMNS} from innovations i tablesample system (${sql.lit(Number(percent.toFixed(4)))}) repeatable (7) where ${where}`,
    100 / percent,
  );
  const sampled = sample.total.get('') ?? 0;
  if (sampled === 0) {
    // The planner expected many, the sample found none: the matches are rare after all, so count them.
    const exact = await countFacets(db, sql`select ${FACET_COLUMNS} from innovations i where ${where} limit ${EXACT_FACET_CAP + 1}`);
    const exactTotal = exact.total.get('') ?? 0;
    return { counts: exact, total: exactTotal, approximate: exactTotal > EXACT_FACET_CAP };
  }
  return { counts: sample, total: sampled, approximate: true };
}


/**
 * Typo rescue: the trigram index hands over candidates that each need a similarity check, and a
 * common prefix ("stuntng") can have tens of thousands; only the first FUZZY_CAP are used.
 */
async function fuzzyFacets(db: Kysely<Database>, where: RawBuilder<boolean>): Promise<FacetResult> {
  const counts = await countFacets(db, sql`select ${FACET_COLUMNS} from innovations i where ${where} limit ${FUZZY_CAP + 1}`);
  const total = counts.total.get('') ?? 0;
  return { counts, total: Math.min(total, FUZZY_CAP), approximate: total > FUZZY_CAP };
}

async function idsOf(db: Kysely<Database>, query: RawBuilder<{ id: string }>): Promise<string[]> {
  return (await query.execute(db)).rows.map((r) => r.id);
}

const NEWEST = sql`i.start_date desc, i.id`;

/**
 * Walk the start-date index (testing each row) when that reads fewer rows than all the matches:
 * with matches spread evenly, a page ending at row `window` needs about window × tableRows / total
 * rows walked.
 */
function accessFor(total: number, tableRows: number, window: number): TextAccess {
  return window * tableRows < total * total ? 'walk' : 'indexed';
}

interface PageContext {
  facets: FacetResult;
  tableRows: () => Promise<number>;
}

async function pageIds(db: Kysely<Database>, f: ResolvedFilters, mode: MatchMode, sort: SearchSort, ctx: PageContext, limit: number, offset: number): Promise<string[]> {
  const q = f.q;
  const broad = ctx.facets.approximate || ctx.facets.total > EXACT_RANK_CAP;
  const how: TextAccess = q && mode === 'fulltext' && broad ? accessFor(ctx.facets.total, await ctx.tableRows(), offset + limit) : 'indexed';
  const where = filterCondition(f, mode, how);
  if (mode === 'fuzzy') {
    // Ordered among the same bounded candidates the counts came from (see fuzzyFacets).
    const order = sort === 'relevance' && q ? sql`word_similarity(simpul_unaccent(${q}), simpul_unaccent(i.title)) desc, ${NEWEST}` : NEWEST;
    return idsOf(
      db,
      sql<{ id: string }>`select i.id from (select i.id, i.title, i.start_date from innovations i where ${where} limit ${FUZZY_CAP}) i
        order by ${order} limit ${limit} offset ${offset}`,
    );
  }
  if (sort === 'replicated') return replicatedPage(db, where, limit, offset);
  if (sort !== 'relevance' || !q) {
    return idsOf(db, sql<{ id: string }>`select i.id from innovations i where ${where} order by ${NEWEST} limit ${limit} offset ${offset}`);
  }
  if (!broad) {
    return idsOf(db, sql<{ id: string }>`select i.id from innovations i where ${where} order by ts_rank(i.search_vector, ${tsQuery(q)}) desc, ${NEWEST} limit ${limit} offset ${offset}`);
  }
  return tieredPage(db, f, q, ctx, where, limit, offset);
}

/** Broad text queries: title matches first, then the rest, newest first in each tier. */
async function tieredPage(db: Kysely<Database>, f: ResolvedFilters, q: string, ctx: PageContext, where: RawBuilder<boolean>, limit: number, offset: number): Promise<string[]> {
  const indexedWhere = filterCondition(f, 'fulltext');
  const titleEstimate = await estimatedMatches(db, sql<boolean>`${indexedWhere} and ${titleMatch(q)}`);
  const titleAccess = accessFor(titleEstimate, await ctx.tableRows(), offset + limit);
  const head = await idsOf(
    db,
    sql<{ id: string }>`select i.id from innovations i where ${filterCondition(f, 'fulltext', titleAccess)} and ${titleMatch(q, titleAccess)}
      order by ${NEWEST} limit ${limit} offset ${offset}`,
  );
  if (head.length === limit) return head;
  // How many title matches lie before this page decides where the second tier starts.
  const before =
    head.length > 0
      ? offset
      : Number((await sql<{ n: string }>`select count(*)::text as n from (select 1 from innovations i where ${indexedWhere} and ${titleMatch(q)} limit ${offset}) t`.execute(db)).rows[0]!.n);
  const rest = await idsOf(
    db,
    sql<{ id: string }>`select i.id from innovations i where ${where} and not ${titleMatch(q, 'walk')} order by ${NEWEST} limit ${limit - head.length} offset ${Math.max(0, offset - before)}`,
  );
  return [...head, ...rest];
}

/**
 * Most replicated first, then the most recently replicated. Replicated innovations are few (the
 * replication register), so they are ranked on their own — sorted from the register alone and
 * checked against the filters one by one until the page is full — and the other matches follow,
 * newest first. No per-row count over the whole catalog is needed.
 */
async function replicatedPage(db: Kysely<Database>, where: RawBuilder<boolean>, limit: number, offset: number): Promise<string[]> {
  // `offset 0` keeps the sorted register a separate step, so the filters run only until the page is full.
  const ranked = sql`
    select r.innovation_id as id from (
      select innovation_id, count(*) as n, max(created_at) as latest from innovation_replications
      group by innovation_id order by n desc, latest desc, innovation_id offset 0
    ) r
    where exists (select 1 from innovations i where i.id = r.innovation_id and ${where})`;
  const head = await idsOf(db, sql<{ id: string }>`${ranked} order by r.n desc, r.latest desc, r.innovation_id limit ${limit} offset ${offset}`);
  if (head.length === limit) return head;
  const before =
    head.length > 0 ? offset : Number((await sql<{ n: string }>`select count(*)::text as n from (${ranked} limit ${offset}) t`.execute(db)).rows[0]!.n);
  // NOT IN over the small replication register is a hashed lookup while walking the date index.
  const rest = await idsOf(
    db,
    sql<{ id: string }>`select i.id from innovations i where ${where} and i.id not in (select innovation_id from innovation_replications)
      order by ${NEWEST} limit ${limit - head.length} offset ${Math.max(0, offset - before)}`,
  );
  return [...head, ...rest];
}

export async function searchItemsByIds(db: Kysely<Database>, ids: string[]): Promise<SearchItem[]> {
  if (ids.length === 0) return [];
  const idList = sql.join(ids.map((id) => sql`${id}::uuid`));
  const [rows, awards, replications, unconfirmed] = await Promise.all([
    sql<{
      id: string;
      title: string;
      summary: string;
      agency_name: string;
      agency_type: string;
      region_name: string;
      province_name: string;
      category_code: string;
      category_name_id: string;
      category_name_en: string;
      sdgs: number[];
      year_started: number;
      status: InnovationStatus;
      maturity: MaturityStage;
    }>`
      select i.id, i.title, left(i.summary, 320) as summary, a.name as agency_name, i.agency_type, r.name as region_name,
        p.name as province_name, c.code as category_code, c.name_id as category_name_id, c.name_en as category_name_en,
        i.sdgs, i.year_started, i.status, ${maturityStageSql('i')} as maturity
      from innovations i
      join agencies a on a.id = i.agency_id
      join regions r on r.code = i.region_code
      join regions p on p.code = i.province_code
      join innovation_categories c on c.id = i.category_id
      where i.id in (${idList})`.execute(db),
    sql<{ innovation_id: string; level: AwardLevel; year: number }>`
      select innovation_id, level, year from innovation_awards where innovation_id in (${idList}) order by year desc, level`.execute(db),
    sql<{ innovation_id: string; n: string }>`
      select innovation_id, count(*)::text as n from innovation_replications where innovation_id in (${idList}) group by innovation_id`.execute(db),
    unconfirmedSinceOf(db, ids),
  ]);
  const byId = new Map(rows.rows.map((r) => [r.id, r]));
  const replicationCount = new Map(replications.rows.map((r) => [r.innovation_id, Number(r.n)]));
  return ids
    .map((id) => byId.get(id))
    .filter((r) => r !== undefined)
    .map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.summary,
      agencyName: r.agency_name,
      agencyType: r.agency_type,
      regionName: r.region_name,
      provinceName: r.province_name,
      categoryCode: r.category_code,
      categoryName: { id: r.category_name_id, en: r.category_name_en },
      sdgs: r.sdgs.map(Number),
      yearStarted: r.year_started,
      status: r.status,
      awards: awards.rows.filter((a) => a.innovation_id === r.id).map((a) => ({ level: a.level, year: a.year })),
      replicationCount: replicationCount.get(r.id) ?? 0,
      maturity: r.maturity,
      unconfirmedSince: unconfirmed.get(r.id)?.toISOString() ?? null,
    }));
}

async function labelledFacets(db: Kysely<Database>, counts: Counts, awards: Map<string, number>, f: SearchFilters): Promise<SearchResponse['facets']> {
  const regionCodes = [...counts.province.keys(), ...counts.regency.keys()];
  const categoryIds = [...counts.category.keys()].map(Number);
  const [regions, categories] = await Promise.all([
    regionCodes.length ? db.selectFrom('regions').select(['code', 'name']).where('code', 'in', regionCodes).execute() : [],
    categoryIds.length ? db.selectFrom('innovation_categories').select(['id', 'code', 'name_id', 'name_en']).where('id', 'in', categoryIds).execute() : [],
  ]);
  const regionName = new Map(regions.map((r) => [r.code, r.name]));
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
    category: categories
      .map((c) => ({ value: c.code, label: c.name_id, labelEn: c.name_en, count: counts.category.get(String(c.id)) ?? 0 }))
      .sort(byCount),
    sdg: plain(counts.sdg).sort((a, b) => Number(a.value) - Number(b.value)),
    year: plain(counts.year).sort((a, b) => Number(b.value) - Number(a.value)),
    status: plain(counts.status).sort(byCount),
    award: plain(awards).sort(byCount),
    maturity: plain(counts.maturity).sort((a, b) => MATURITY_STAGES.indexOf(a.value as MaturityStage) - MATURITY_STAGES.indexOf(b.value as MaturityStage)),
  };
}

export type ResolvedFilters = SearchFilters & { categoryIds?: number[] };

/** Category codes to ids, once per request, so the SQL filters on the indexed id. */
export async function resolveFilters(db: Kysely<Database>, filters: SearchFilters): Promise<ResolvedFilters> {
  if (!filters.category?.length) return filters;
  const rows = await db.selectFrom('innovation_categories').select('id').where('code', 'in', filters.category).execute();
  return { ...filters, categoryIds: rows.map((r) => r.id) };
}

export async function searchCatalog(db: Kysely<Database>, query: SearchQuery): Promise<SearchResponse> {
  const { sort, page, pageSize, ...given } = query;
  const filters = await resolveFilters(db, given);
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
  const tableRows = once(() => tableRowEstimate(db));
  let mode: MatchMode = filters.q ? 'fulltext' : 'all';
  let facets = await facetsFor(db, filterCondition(filters, mode), tableRows);
  if (mode === 'fulltext' && facets.total === 0) {
    // Nothing matched the words: perhaps a typo. Fall back to similar titles.
    mode = 'fuzzy';
    facets = await fuzzyFacets(db, filterCondition(filters, mode));
  }
  const ids =
    offset < facets.total || facets.approximate ? await pageIds(db, filters, mode, sort, { facets, tableRows }, pageSize, offset) : [];
  return {
    items: await searchItemsByIds(db, ids),
    total: facets.total,
    approximate: facets.approximate,
    matchMode: mode,
    facets: await labelledFacets(db, facets.counts, facets.counts.award, filters),
    page,
    pageSize,
  };
}
