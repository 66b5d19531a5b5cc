import type { RegionSummary } from '../../../common/dashboards.js';
import type { Db } from '../../db/types.js';

/**
 * The regions module's read functions for other modules (dashboards): Kemendagri reference data
 * loaded from idn-area-data (ODbL), 38 provinces and 514 regencies/cities.
 */
export async function findRegion(db: Db, code: string): Promise<RegionSummary | null> {
  const row = await db
    .selectFrom('regions as r')
    .leftJoin('regions as p', 'p.code', 'r.province_code')
    .select(['r.code', 'r.name', 'r.level', 'r.kind', 'r.province_code', 'p.name as province_name'])
    .where('r.code', '=', code)
    .executeTakeFirst();
  if (!row) return null;
  return { code: row.code, name: row.name, level: row.level, kind: row.kind, provinceCode: row.province_code, provinceName: row.province_name };
}

/** Region names by code: all provinces, or the regencies/cities of one province. */
export async function regionNames(db: Db, scope: { level: 'province' } | { level: 'regency'; provinceCode: string }): Promise<{ code: string; name: string; kind: 'kabupaten' | 'kota' | null }[]> {
  let q = db.selectFrom('regions').select(['code', 'name', 'kind']).where('level', '=', scope.level);
  if (scope.level === 'regency') q = q.where('province_code', '=', scope.provinceCode);
  return q.orderBy('code').execute();
}
