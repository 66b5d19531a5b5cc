import { type RawBuilder, sql } from 'kysely';
import type { DbOrTrx } from '../../db/types.js';
import { factStagesView } from '../institutionalisation/read-model.js';
import { ageStageSql } from './search-filter-repository.js';

/**
 * The facet queries of a catalog search: counts per facet value over the matches, and the
 * table-size estimate samples are sized by. The choice between the sources (caps, sample size)
 * is search-service.ts's.
 *
 * Samples are id ranges: record ids are random (`gen_random_uuid()`), so the records whose id
 * sorts at or below a bound are a uniform sample of a known share of the catalog, read through
 * the primary key, the same records for every query. That is about a fifth cheaper than the
 * `TABLESAMPLE SYSTEM` used before (200 stream queries, PGlite and PostgreSQL): at 1% and more a
 * table sample reads through a small ring of buffers, so every search read its pages again.
 */
export type FacetRow = { facet: string; value: string; n: string };

/**
 * Which rows facets are counted over: the first `limit` matches (through the indexes), or the
 * records of `population` (the search's filters without its words) whose id is at most `bound`,
 * matching or not — the buckets then count those that match.
 */
export type FacetSource = { kind: 'matches'; limit: number } | { kind: 'sample'; population: RawBuilder<boolean>; bound: string };

/** The facet columns; the maturity stage as maturityStageSql computes it, with the stored stages joined once (STAGES). */
const FACET_COLUMNS = sql`i.id, i.province_code, i.regency_code, i.agency_type, i.category_id, i.year_started, i.status, i.sdgs, coalesce(mt.fact_stage, ${ageStageSql('i')}) as maturity`;
const STAGES = sql`left join ${factStagesView('mt')} on mt.innovation_id = i.id`;

/** The rows read (`r`, with `hit`: whether the row counts). */
function rowsRead(where: RawBuilder<boolean>, source: FacetSource): RawBuilder<unknown> {
  if (source.kind === 'matches') return sql`select ${FACET_COLUMNS}, true as hit from innovation_search i ${STAGES} where ${where} limit ${source.limit}`;
  return sql`select ${FACET_COLUMNS}, (${where}) as hit from innovation_search i ${STAGES} where ${source.population} and i.id <= ${source.bound}::uuid`;
}

/**
 * One row per (facet, value) with its count: `read` counts the rows read (materialised once as
 * `r`), and the buckets count the hits among them — the scalar facets in one pass with GROUPING
 * SETS (the empty set is `total`), the SDG array unnested in the select list, awards joined. Each
 * branch filters `r` itself: a second CTE of the hits, and a lateral unnest per row, were each
 * about a quarter of the statement on PGlite.
 */
function facetCounts(rows: RawBuilder<unknown>): RawBuilder<FacetRow> {
  return sql<FacetRow>`
    with r as materialized (${rows})
    select 'read' as facet, '' as value, count(*)::text as n from r
    union all
    select case
        when grouping(province_code) = 0 then 'province'
        when grouping(regency_code) = 0 then 'regency'
        when grouping(agency_type) = 0 then 'agencyType'
        when grouping(category_id) = 0 then 'category'
        when grouping(year_started) = 0 then 'year'
        when grouping(status) = 0 then 'status'
        when grouping(maturity) = 0 then 'maturity'
        else 'total' end as facet,
      coalesce(province_code, regency_code, agency_type, category_id::text, year_started::text, status, maturity, '') as value,
      count(*)::text as n
    from r where r.hit
    group by grouping sets ((province_code), (regency_code), (agency_type), (category_id), (year_started), (status), (maturity), ())
    union all
    select 'sdg', s::text, count(*)::text from (select unnest(r.sdgs) as s from r where r.hit) u group by s
    union all
    select 'award', aw.level, count(distinct aw.innovation_id)::text from r join innovation_awards aw on aw.innovation_id = r.id where r.hit group by aw.level
  `;
}

/** The facet rows of the matches of `where` over `source` (facet `read`: rows the source read; `total`: the matches among them). */
export async function facetRows(db: DbOrTrx, where: RawBuilder<boolean>, source: FacetSource): Promise<FacetRow[]> {
  return (await facetCounts(rowsRead(where, source)).execute(db)).rows;
}

/** A record of the catalog's facet sample (search-sample.ts): its id and the values its facets count. */
export interface SampleRecord {
  id: string;
  province: string;
  regency: string | null;
  agencyType: string;
  categoryId: number;
  year: number;
  status: string;
  sdgs: number[];
  maturity: string;
  awardLevels: string[];
}

type SampleTuple = [string, string, string | null, string, number, number, string, number[], string, string[] | null];

/**
 * The facet values of every published record whose id is at most `bound`, in id order: the facet
 * sample a generation keeps in memory. One JSON value, not a row per record, is about four times
 * cheaper to hand over from PGlite.
 */
export async function sampleRecords(db: DbOrTrx, bound: string): Promise<SampleRecord[]> {
  const result = await sql<{ records: SampleTuple[] | null }>`
    select json_agg(json_build_array(i.id, i.province_code, i.regency_code, i.agency_type, i.category_id, i.year_started, i.status, i.sdgs,
      coalesce(mt.fact_stage, ${ageStageSql('i')}), aw.levels) order by i.id) as records
    from innovation_search i ${STAGES}
    left join (select innovation_id, array_agg(distinct level) as levels from innovation_awards group by innovation_id) aw on aw.innovation_id = i.id
    where i.id <= ${bound}::uuid`.execute(db);
  return (result.rows[0]?.records ?? []).map(([id, province, regency, agencyType, categoryId, year, status, sdgs, maturity, awardLevels]) => ({
    id,
    province,
    regency,
    agencyType,
    categoryId: Number(categoryId),
    year: Number(year),
    status,
    sdgs: sdgs.map(Number),
    maturity,
    awardLevels: awardLevels ?? [],
  }));
}

/**
 * The ids of the records whose id is at most `bound` that match `where` — what a search asks of
 * the facet sample; its counts are made from the sample's values (search-sample.ts). The facet
 * statement (facetRows) reading the same rows costs about three times as much on PGlite.
 */
export async function sampleHits(db: DbOrTrx, where: RawBuilder<boolean>, bound: string): Promise<string[]> {
  const result = await sql<{ ids: string | null }>`select string_agg(i.id::text, ',') as ids from innovation_search i where i.id <= ${bound}::uuid and ${where}`.execute(db);
  const ids = result.rows[0]?.ids;
  return ids ? ids.split(',') : [];
}

/** Published records per category id (the facet sample's strata, search-sample.ts). */
export async function categorySizes(db: DbOrTrx): Promise<Map<number, number>> {
  const result = await sql<{ category_id: number; n: string }>`select category_id, count(*)::text as n from innovation_search group by category_id`.execute(db);
  return new Map(result.rows.map((r) => [Number(r.category_id), Number(r.n)]));
}

/** How many published records meet `condition` (a search's filters without its words). */
export async function countSearchRows(db: DbOrTrx, condition: RawBuilder<boolean>): Promise<number> {
  return Number((await sql<{ n: string }>`select count(*)::text as n from innovation_search i where ${condition}`.execute(db)).rows[0]!.n);
}

/** How many records match `where`, counting no further than `limit`. */
export async function countMatchesUpTo(db: DbOrTrx, where: RawBuilder<boolean>, limit: number): Promise<number> {
  return Number((await sql<{ n: string }>`select count(*)::text as n from (select 1 from innovation_search i where ${where} limit ${limit}) m`.execute(db)).rows[0]!.n);
}

/** The id at or below which a share `fraction` (0–1) of random ids falls (32 bits of precision are plenty). */
export function idBound(fraction: number): string {
  if (fraction >= 1) return 'ffffffff-ffff-ffff-ffff-ffffffffffff';
  const top = Math.min(0xffffffff, Math.max(0, Math.floor(fraction * 0x100000000)));
  return `${top.toString(16).padStart(8, '0')}-0000-0000-0000-000000000000`;
}

/** The planner's row count of `innovation_search` (published records), or a count when the table was never analysed. */
export async function tableRowEstimate(db: DbOrTrx): Promise<number> {
  const stats = await sql<{ n: number }>`select reltuples::float8 as n from pg_class where oid = 'innovation_search'::regclass`.execute(db);
  const estimate = Number(stats.rows[0]?.n ?? -1);
  if (estimate > 0) return estimate;
  // Never analysed (fresh PGlite): count once; the next ANALYZE makes this path unnecessary.
  const counted = await sql<{ n: string }>`select count(*)::text as n from innovation_search`.execute(db);
  return Number(counted.rows[0]!.n);
}

/** Category ids of the given codes. */
export async function categoryIdsByCodes(db: DbOrTrx, codes: readonly string[]): Promise<number[]> {
  return (await db.selectFrom('innovation_categories').select('id').where('code', 'in', codes).execute()).map((r) => r.id);
}
