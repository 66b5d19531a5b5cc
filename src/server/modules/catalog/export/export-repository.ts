import { type RawBuilder, sql } from 'kysely';
import type { DbOrTrx } from '../../../db/types.js';
import type { ResolvedFilters as SearchFilters } from '../search-service.js';
import { filterCondition, type MatchMode } from '../search-filter-repository.js';

/** The catalog export's queries: the bounded count and the keyset-paged batches (newest first). */

export interface BatchRow {
  id: string;
  title: string;
  summary: string;
  agency: string;
  agency_type: string;
  unit_name: string;
  province: string;
  region: string;
  region_code: string;
  category: string;
  sdgs: number[];
  start_date: string;
  status: string;
  stopped_reason: string | null;
  confirmed: string;
  beneficiaries: string | null;
  awards: string | null;
  replications: string;
  website_url: string | null;
  video_url: string | null;
}

/** Counts matches up to the cap + 1, so an oversized export is refused before any byte is sent. */
export async function countUpTo(db: DbOrTrx, filters: SearchFilters, mode: MatchMode, cap: number): Promise<number> {
  const r = await sql<{ n: string }>`select count(*)::text as n from (select 1 from innovation_search i where ${filterCondition(filters, mode)} limit ${cap + 1}) t`.execute(db);
  return Number(r.rows[0]!.n);
}

/** The next `limit` matches after `after` (start date descending, then id). */
export async function exportBatch(db: DbOrTrx, where: RawBuilder<boolean>, after: { date: string; id: string } | null, limit: number): Promise<BatchRow[]> {
  const cursor: RawBuilder<unknown> = after ? sql`and (i.start_date < ${after.date}::date or (i.start_date = ${after.date}::date and i.id > ${after.id}::uuid))` : sql``;
  const batch = await sql<BatchRow>`
    select i.id, i.title, i.summary, a.name as agency, i.agency_type, i.unit_name, p.name as province, r.name as region,
      i.region_code, c.name_id as category, i.sdgs, to_char(i.start_date, 'YYYY-MM-DD') as start_date, i.status,
      i.stopped_reason, to_char(i.status_confirmed_at, 'YYYY-MM-DD') as confirmed, i.beneficiaries::text as beneficiaries,
      (select string_agg(aw.label || ' (' || aw.year || ')', '; ' order by aw.year desc) from innovation_awards aw where aw.innovation_id = i.id) as awards,
      (select count(*) from innovation_replications rep where rep.innovation_id = i.id)::text as replications,
      i.website_url, i.video_url
    from innovations i
    join agencies a on a.id = i.agency_id
    join regions r on r.code = i.region_code
    join regions p on p.code = i.province_code
    join innovation_categories c on c.id = i.category_id
    where ${where} ${cursor}
    order by i.start_date desc, i.id
    limit ${limit}`.execute(db);
  return batch.rows;
}
