import { type RawBuilder, sql } from 'kysely';
import type { DbOrTrx } from '../../db/types.js';
import { factStagesView } from '../institutionalisation/read-model.js';
import { ageStageSql } from './search-filter-repository.js';

/**
 * The facet queries of a catalog search: counts per facet value over the matches (bounded, all,
 * or a fixed-seed page sample of the table), and the table-size estimate the sample is sized by.
 * The choice between them (caps, sample size) is search-service.ts's.
 */
export type FacetRow = { facet: string; value: string; n: string };

/** Which rows facets are counted over: the first `limit` matches, every match, or a page sample of `percent`. */
export type FacetSource = { kind: 'bounded'; limit: number } | { kind: 'all' } | { kind: 'sample'; percent: number };

/**
 * One row per (facet, value) with its count, over the rows of `source` (a subquery of
 * FACET_COLUMNS and a boolean `hit`): the scalar facets over the hits in one pass with GROUPING
 * SETS, the SDG array unnested in a second, and (facet `sampled`) how many rows the source read,
 * which a sample's estimate is scaled by.
 */
function facetCounts(source: RawBuilder<unknown>): RawBuilder<{ facet: string; value: string; n: string }> {
  return sql<{ facet: string; value: string; n: string }>`
    with s as materialized (${source}), m as (select * from s where hit)
    select 'sampled' as facet, '' as value, count(*)::text as n from s
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
    from m
    group by grouping sets ((province_code), (regency_code), (agency_type), (category_id), (year_started), (status), (maturity), ())
    union all
    select 'sdg', s::text, count(*)::text from m cross join lateral unnest(m.sdgs) s group by s
    union all
    select 'award', aw.level, count(distinct aw.innovation_id)::text from m join innovation_awards aw on aw.innovation_id = m.id group by aw.level
  `;
}

/** The facet columns; the maturity stage as maturityStageSql computes it, with the stored stages joined once (STAGES). */
const FACET_COLUMNS = sql`i.id, i.province_code, i.regency_code, i.agency_type, i.category_id, i.year_started, i.status, i.sdgs, coalesce(mt.fact_stage, ${ageStageSql('i')}) as maturity`;
const STAGES = sql`left join ${factStagesView('mt')} on mt.innovation_id = i.id`;

function sourceQuery(where: RawBuilder<boolean>, source: FacetSource): RawBuilder<unknown> {
  if (source.kind === 'bounded') return sql`select ${FACET_COLUMNS}, true as hit from innovation_search i ${STAGES} where ${where} limit ${source.limit}`;
  if (source.kind === 'all') return sql`select ${FACET_COLUMNS}, true as hit from innovation_search i ${STAGES} where ${where}`;
  return sql`select ${FACET_COLUMNS}, (${where}) as hit from innovation_search i tablesample system (${sql.lit(source.percent)}) repeatable (7) ${STAGES}`;
}

/** The facet rows of the matches of `where` over `source` (facet `sampled`: rows the source read). */
export async function facetRows(db: DbOrTrx, where: RawBuilder<boolean>, source: FacetSource): Promise<FacetRow[]> {
  return (await facetCounts(sourceQuery(where, source)).execute(db)).rows;
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
