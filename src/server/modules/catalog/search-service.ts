import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { AwardLevel, InnovationStatus, SearchSort } from '../../../common/catalog.js';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { FACET_NAMES, type FacetBucket, type FacetName, type SearchFilters, type SearchItem, type SearchQuery, type SearchResponse } from './schemas.js';
import { FACET_COLUMNS, facetCounts, filterCondition, type MatchMode, tsQuery } from './search-sql.js';

/**
 * Catalog search at national scale (issue #3, point 7). Items come from one indexed query with
 * LIMIT/OFFSET. Facet counts are exact while a query matches at most EXACT_FACET_CAP rows (counted
 * over those rows only). Beyond that they are estimated from a page sample of the table
 * (`TABLESAMPLE SYSTEM`, about SAMPLE_ROWS rows, fixed seed) and scaled up, and the response says
 * `approximate: true`; award counts stay exact because awards are few. See docs/ARCHITECTURE.md.
 */
export const EXACT_FACET_CAP = 3000;
const SAMPLE_ROWS = 6000;
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
  for (const row of rows.rows) counts[row.facet as FacetName | 'total'].set(row.value ?? '', Math.round(Number(row.n) * scale));
  return counts;
}

async function tableRowEstimate(db: Kysely<Database>): Promise<number> {
  const stats = await sql<{ n: number }>`select reltuples::float8 as n from pg_class where oid = 'innovations'::regclass`.execute(db);
  const estimate = Number(stats.rows[0]?.n ?? -1);
  if (estimate > 0) return estimate;
  // Never analysed (fresh PGlite): count once; the next ANALYZE makes this path unnecessary.
  const counted = await sql<{ n: string }>`select count(*)::text as n from innovations`.execute(db);
  return Number(counted.rows[0]!.n);
}

/** Exact counts over at most EXACT_FACET_CAP matches, or a scaled sample when there are more. */
async function facetsFor(db: Kysely<Database>, where: RawBuilder<boolean>): Promise<{ counts: Counts; total: number; approximate: boolean }> {
  const bounded = await countFacets(db, sql`select ${FACET_COLUMNS} from innovations i where ${where} limit ${EXACT_FACET_CAP + 1}`);
  const boundedTotal = bounded.total.get('') ?? 0;
  if (boundedTotal <= EXACT_FACET_CAP) return { counts: bounded, total: boundedTotal, approximate: false };

  const tableRows = await tableRowEstimate(db);
  const percent = Math.min(100, (100 * SAMPLE_ROWS) / Math.max(tableRows, 1));
  if (percent >= 100) {
    const all = await countFacets(db, sql`select ${FACET_COLUMNS} from innovations i where ${where}`);
    return { counts: all, total: all.total.get('') ?? 0, approximate: false };
  }
  const sample = await countFacets(
    db,
    sql`select ${FACET_COLUMNS} from innovations i tablesample system (${sql.lit(Number(percent.toFixed(4)))}) repeatable (7) where ${where}`,
    100 / percent,
  );
  // The sample may under-shoot a query we know has more than the cap.
  const total = Math.max(sample.total.get('') ?? 0, EXACT_FACET_CAP + 1);
  return { counts: sample, total, approximate: true };
}

async function awardCounts(db: Kysely<Database>, where: RawBuilder<boolean>): Promise<Map<string, number>> {
  const rows = await sql<{ level: string; n: string }>`
    select aw.level, count(distinct aw.innovation_id)::text as n
    from innovation_awards aw join innovations i on i.id = aw.innovation_id
    where ${where} group by aw.level`.execute(db);
  return new Map(rows.rows.map((r) => [r.level, Number(r.n)]));
}

async function pageIds(db: Kysely<Database>, f: SearchFilters, mode: MatchMode, sort: SearchSort, limit: number, offset: number): Promise<string[]> {
  const where = filterCondition(f, mode);
  if (sort === 'replicated') return replicatedPage(db, where, limit, offset);
  let order: RawBuilder<unknown> = sql`i.start_date desc, i.id`;
  if (sort === 'relevance' && f.q && mode === 'fulltext') order = sql`ts_rank(i.search_vector, ${tsQuery(f.q)}) desc, i.start_date desc, i.id`;
  if (sort === 'relevance' && f.q && mode === 'fuzzy') order = sql`word_similarity(simpul_unaccent(${f.q}), simpul_unaccent(i.title)) desc, i.start_date desc, i.id`;
  const rows = await sql<{ id: string }>`select i.id from innovations i where ${where} order by ${order} limit ${limit} offset ${offset}`.execute(db);
  return rows.rows.map((r) => r.id);
}

/**
 * Most replicated first. Replicated innovations are few (they come from the replication
 * register), so they are ranked on their own and the rest of the matches follow, newest first;
 * no per-row count over the whole catalog is needed.
 */
async function replicatedPage(db: Kysely<Database>, where: RawBuilder<boolean>, limit: number, offset: number): Promise<string[]> {
  const replicated = await sql<{ id: string }>`
    select i.id from innovations i join innovation_replications rep on rep.innovation_id = i.id
    where ${where} group by i.id, i.start_date order by count(*) desc, i.start_date desc, i.id`.execute(db);
  const head = replicated.rows.slice(offset, offset + limit).map((r) => r.id);
  if (head.length === limit) return head;
  const rest = await sql<{ id: string }>`
    select i.id from innovations i
    where ${where} and not exists (select 1 from innovation_replications rep where rep.innovation_id = i.id)
    order by i.start_date desc, i.id limit ${limit - head.length} offset ${Math.max(0, offset - replicated.rows.length)}`.execute(db);
  return [...head, ...rest.rows.map((r) => r.id)];
}

export async function searchItemsByIds(db: Kysely<Database>, ids: string[]): Promise<SearchItem[]> {
  if (ids.length === 0) return [];
  const idList = sql.join(ids.map((id) => sql`${id}::uuid`));
  const [rows, awards, replications] = await Promise.all([
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
    }>`
      select i.id, i.title, left(i.summary, 320) as summary, a.name as agency_name, i.agency_type, r.name as region_name,
        p.name as province_name, c.code as category_code, c.name_id as category_name_id, c.name_en as category_name_en,
        i.sdgs, i.year_started, i.status
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
  };
}

export async function searchCatalog(db: Kysely<Database>, query: SearchQuery): Promise<SearchResponse> {
  const { sort, page, pageSize, ...filters } = query;
  const offset = (page - 1) * pageSize;
  if (offset + pageSize > MAX_RESULT_WINDOW) {
    throw errors.validation(
      {
        id: `Data tidak valid: 'page' terlalu jauh; hanya ${MAX_RESULT_WINDOW.toLocaleString('id-ID')} hasil pertama yang dapat dibuka. Persempit pencarian dengan filter.`,
        en: `Invalid data: 'page' is too deep; only the first ${MAX_RESULT_WINDOW.toLocaleString('en')} results can be opened. Narrow the search with filters.`,
      },
      { fields: [{ field: 'page' }] },
    );
  }
  let mode: MatchMode = filters.q ? 'fulltext' : 'all';
  let facets = await facetsFor(db, filterCondition(filters, mode));
  if (mode === 'fulltext' && facets.total === 0) {
    // Nothing matched the words: perhaps a typo. Fall back to similar titles.
    mode = 'fuzzy';
    facets = await facetsFor(db, filterCondition(filters, mode));
  }
  const where = filterCondition(filters, mode);
  const [ids, awards] = await Promise.all([
    offset < facets.total ? pageIds(db, filters, mode, sort, pageSize, offset) : Promise.resolve([]),
    awardCounts(db, where),
  ]);
  return {
    items: await searchItemsByIds(db, ids),
    total: facets.total,
    approximate: facets.approximate,
    matchMode: mode,
    facets: await labelledFacets(db, facets.counts, awards, filters),
    page,
    pageSize,
  };
}
