import { type RawBuilder, sql } from 'kysely';
import type { DbOrTrx } from '../../db/types.js';

/**
 * Innovation figures from the dashboards' count tables (migration 0700, kept by triggers on
 * `innovations`), never from the records themselves: the national view reads a few thousand
 * cells instead of every published record and its goals.
 */
export interface CountScope {
  year?: number | undefined;
  provinceCode?: string | undefined;
  regencyCode?: string | undefined;
}

export type CountDimension = 'total' | 'province' | 'category' | 'year' | 'sdg';

export interface CountRow {
  dim: CountDimension;
  key: string | null;
  n: number;
}

/** The cells of a scope: a regency's/city's own rows, or the province rows ('') of one or every province. */
function cells(scope: CountScope): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = scope.regencyCode
    ? [sql`c.province_code = ${scope.regencyCode.split('.')[0]!}`, sql`c.regency_code = ${scope.regencyCode}`]
    : [sql`c.regency_code = ''`];
  if (!scope.regencyCode && scope.provinceCode) parts.push(sql`c.province_code = ${scope.provinceCode}`);
  if (scope.year !== undefined) parts.push(sql`c.year_started = ${scope.year}`);
  return sql<boolean>`${sql.join(parts, sql` and `)}`;
}

/** Counts by province, category and start year (and the total), then by SDG; zero cells left out. */
export async function innovationCountRows(db: DbOrTrx, scope: CountScope): Promise<CountRow[]> {
  const where = cells(scope);
  const grouped = await sql<{ dim: CountDimension; key: string | null; n: string }>`
    select
      case
        when grouping(c.province_code) = 0 then 'province'
        when grouping(c.category_id) = 0 then 'category'
        when grouping(c.year_started) = 0 then 'year'
        else 'total'
      end as dim,
      coalesce(c.province_code, c.category_id::text, c.year_started::text) as key,
      sum(c.n) as n
    from dashboard_innovation_counts c
    where ${where}
    group by grouping sets ((c.province_code), (c.category_id), (c.year_started), ())
    having sum(c.n) > 0`.execute(db);
  const sdgs = await sql<{ key: string; n: string }>`
    select c.sdg::text as key, sum(c.n) as n
    from dashboard_innovation_sdg_counts c
    where ${where}
    group by c.sdg
    having sum(c.n) > 0`.execute(db);
  return [...grouped.rows.map((r) => ({ dim: r.dim, key: r.key, n: Number(r.n) })), ...sdgs.rows.map((r) => ({ dim: 'sdg' as const, key: r.key, n: Number(r.n) }))];
}

/** Published innovations per regency/city of a province (records at the province level left out). */
export async function regencyCounts(db: DbOrTrx, provinceCode: string): Promise<{ key: string; count: number }[]> {
  const { rows } = await sql<{ key: string; n: string }>`
    select c.regency_code as key, sum(c.n) as n
    from dashboard_innovation_counts c
    where c.province_code = ${provinceCode} and c.regency_code not in ('', '-')
    group by c.regency_code
    having sum(c.n) > 0`.execute(db);
  return rows.map((r) => ({ key: r.key, count: Number(r.n) }));
}
