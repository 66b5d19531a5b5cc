import { type RawBuilder, sql } from 'kysely';
import type { DbOrTrx } from '../../db/types.js';

/**
 * Innovation figures from the dashboards' count tables (migration 0700, kept by triggers on
 * `innovations`), never from the records themselves. Each scope reads its own level's cells: the
 * nation (`province_code = ''`), a province (`regency_code = ''`) or a regency/city; category 0
 * holds all categories.
 */
export interface CountScope {
  year?: number | undefined;
  provinceCode?: string | undefined;
  regencyCode?: string | undefined;
}

export interface CountRows {
  /** Per start year, all categories. */
  years: { key: string; n: number }[];
  /** Per category id. */
  categories: { key: string; n: number }[];
  sdgs: { key: string; n: number }[];
  /** Per province, only for the national scope. */
  provinces: { key: string; n: number }[];
}

/** The cells of a scope's own level. */
function level(scope: CountScope): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = scope.regencyCode
    ? [sql`c.province_code = ${scope.regencyCode.split('.')[0]!}`, sql`c.regency_code = ${scope.regencyCode}`]
    : [sql`c.province_code = ${scope.provinceCode ?? ''}`, sql`c.regency_code = ''`];
  if (scope.year !== undefined) parts.push(sql`c.year_started = ${scope.year}`);
  return sql<boolean>`${sql.join(parts, sql` and `)}`;
}

type Row = { key: string; n: string };
const rowsOf = (rows: Row[]) => rows.map((r) => ({ key: r.key, n: Number(r.n) }));

export async function innovationCountRows(db: DbOrTrx, scope: CountScope): Promise<CountRows> {
  const where = level(scope);
  const cells = await sql<{ year: number; category: number; n: string }>`
    select c.year_started as year, c.category_id as category, c.n::text as n
    from dashboard_innovation_counts c where ${where} and c.n > 0`.execute(db);
  const years = new Map<string, number>();
  const categories = new Map<string, number>();
  for (const c of cells.rows) {
    const map = c.category === 0 ? years : categories;
    const key = String(c.category === 0 ? c.year : c.category);
    map.set(key, (map.get(key) ?? 0) + Number(c.n));
  }
  const sdgs = await sql<Row>`
    select c.sdg::text as key, sum(c.n) as n from dashboard_innovation_sdg_counts c
    where ${where} group by c.sdg having sum(c.n) > 0`.execute(db);
  const provinces =
    scope.provinceCode || scope.regencyCode
      ? []
      : rowsOf(
          (
            await sql<Row>`
              select c.province_code as key, sum(c.n) as n from dashboard_innovation_counts c
              where c.regency_code = '' and c.category_id = 0 and c.province_code <> ''
                ${scope.year !== undefined ? sql`and c.year_started = ${scope.year}` : sql``}
              group by c.province_code having sum(c.n) > 0`.execute(db)
          ).rows,
        );
  const entries = (m: Map<string, number>) => [...m].map(([key, n]) => ({ key, n }));
  return { years: entries(years), categories: entries(categories), sdgs: rowsOf(sdgs.rows), provinces };
}

/** Published innovations per regency/city of a province (records at the province level left out). */
export async function regencyCounts(db: DbOrTrx, provinceCode: string): Promise<{ key: string; count: number }[]> {
  const { rows } = await sql<Row>`
    select c.regency_code as key, sum(c.n) as n
    from dashboard_innovation_counts c
    where c.province_code = ${provinceCode} and c.regency_code not in ('', '-') and c.category_id = 0
    group by c.regency_code
    having sum(c.n) > 0`.execute(db);
  return rows.map((r) => ({ key: r.key, count: Number(r.n) }));
}
