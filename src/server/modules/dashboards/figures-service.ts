import type { InnovationFigures } from '../../../common/dashboards.js';
import type { Db } from '../../db/types.js';
import { categoriesFor } from '../catalog/categories-service.js';
import { type CountScope, innovationCountRows, regencyCounts } from './figures-repository.js';

/**
 * Published innovation figures of a scope from the count tables (see figures-repository.ts):
 * province codes unnamed (the caller names them), categories named, the 17 goals always.
 */
export type { CountScope };

export interface CountFigures extends Omit<InnovationFigures, 'byProvince'> {
  byProvince: { key: string; count: number }[];
}

type Bucket = { key: string; count: number };
const desc = (a: Bucket, b: Bucket) => b.count - a.count || a.key.localeCompare(b.key);

export async function innovationFigures(db: Db, scope: CountScope): Promise<CountFigures> {
  const rows = await innovationCountRows(db, scope);
  const categories = await categoriesFor(db, true);
  const buckets = (xs: { key: string; n: number }[]) => xs.map((x) => ({ key: x.key, count: x.n }));
  const byYear = buckets(rows.years).sort((a, b) => Number(a.key) - Number(b.key));
  const total = byYear.reduce((n, y) => n + y.count, 0);
  const byCategoryId = new Map(rows.categories.map((b) => [b.key, b.n]));
  const sdgCounts = new Map(rows.sdgs.map((b) => [b.key, b.n]));
  const ownProvince = scope.regencyCode ? scope.regencyCode.split('.')[0]! : scope.provinceCode;
  return {
    total,
    byProvince: ownProvince ? (total > 0 ? [{ key: ownProvince, count: total }] : []) : buckets(rows.provinces).sort(desc),
    byCategory: categories
      .filter((c) => byCategoryId.has(String(c.id)))
      .map((c) => ({ key: c.code, name: { id: c.nameId, en: c.nameEn }, count: byCategoryId.get(String(c.id)) ?? 0 }))
      .sort(desc),
    bySdg: Array.from({ length: 17 }, (_, i) => ({ key: String(i + 1), count: sdgCounts.get(String(i + 1)) ?? 0 })),
    byStartYear: byYear,
  };
}

/** Published innovations per regency/city of a province, most first. */
export async function regencyFigures(db: Db, provinceCode: string): Promise<Bucket[]> {
  return (await regencyCounts(db, provinceCode)).sort(desc);
}
