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
  const of = (dim: string) => rows.filter((r) => r.dim === dim && r.key !== null).map((r) => ({ key: r.key!, count: r.n }));
  const byCategoryId = new Map(of('category').map((b) => [b.key, b.count]));
  const sdgCounts = new Map(of('sdg').map((b) => [b.key, b.count]));
  return {
    total: rows.find((r) => r.dim === 'total')?.n ?? 0,
    byProvince: of('province').sort(desc),
    byCategory: categories
      .filter((c) => byCategoryId.has(String(c.id)))
      .map((c) => ({ key: c.code, name: { id: c.nameId, en: c.nameEn }, count: byCategoryId.get(String(c.id)) ?? 0 }))
      .sort(desc),
    bySdg: Array.from({ length: 17 }, (_, i) => ({ key: String(i + 1), count: sdgCounts.get(String(i + 1)) ?? 0 })),
    byStartYear: of('year').sort((a, b) => Number(a.key) - Number(b.key)),
  };
}

/** Published innovations per regency/city of a province, most first. */
export async function regencyFigures(db: Db, provinceCode: string): Promise<Bucket[]> {
  return (await regencyCounts(db, provinceCode)).sort(desc);
}
