import type { DbOrTrx, Trx } from '../../db/types.js';
import type { RegionSummary } from '../../../common/dashboards.js';
import type { RegionView } from './schemas.js';

/** The only place that builds queries on `regions` for this module (provinces carry no province code or kind). */
type RegionRow = { code: string; name: string; province_code: string | null; kind: string | null; is_3t: boolean };

function toView(r: RegionRow): RegionView {
  return { code: r.code, name: r.name, provinceCode: r.province_code, kind: r.kind, is3t: r.is_3t };
}

export async function listRegions(db: DbOrTrx, level: 'province' | 'regency', province?: string): Promise<RegionView[]> {
  let q = db.selectFrom('regions').selectAll().where('level', '=', level);
  if (province) q = q.where('province_code', '=', province);
  return (await q.orderBy('code').execute()).map(toView);
}

/** The region locked for update, or undefined. */
export async function lockRegion(trx: Trx, code: string): Promise<RegionView | undefined> {
  const row = await trx.selectFrom('regions').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  return row ? toView(row) : undefined;
}

export async function set3t(trx: Trx, code: string, is3t: boolean): Promise<RegionView> {
  return toView(await trx.updateTable('regions').set({ is_3t: is3t }).where('code', '=', code).returningAll().executeTakeFirstOrThrow());
}

/** Every regional government's territory: the 38 provinces and the regencies/cities, by Kemendagri code. */
export async function selectRegionalGovernments(db: DbOrTrx): Promise<{ code: string; name: string; kind: 'provinsi' | 'kabupaten' | 'kota' }[]> {
  const rows = await db.selectFrom('regions').select(['code', 'name', 'level', 'kind']).orderBy('code').execute();
  return rows.map((r) => ({ code: r.code, name: r.name, kind: r.level === 'province' ? 'provinsi' : (r.kind ?? 'kabupaten') }));
}

/** One region with its province's name, or null. */
export async function selectRegionSummary(db: DbOrTrx, code: string): Promise<RegionSummary | null> {
  const row = await db
    .selectFrom('regions as r')
    .leftJoin('regions as p', 'p.code', 'r.province_code')
    .select(['r.code', 'r.name', 'r.level', 'r.kind', 'r.province_code', 'p.name as province_name'])
    .where('r.code', '=', code)
    .executeTakeFirst();
  if (!row) return null;
  return { code: row.code, name: row.name, level: row.level, kind: row.kind, provinceCode: row.province_code, provinceName: row.province_name };
}

export async function selectRegionNames(
  db: DbOrTrx,
  scope: { level: 'province' } | { level: 'regency'; provinceCode: string },
): Promise<{ code: string; name: string; kind: 'kabupaten' | 'kota' | null }[]> {
  let q = db.selectFrom('regions').select(['code', 'name', 'kind']).where('level', '=', scope.level);
  if (scope.level === 'regency') q = q.where('province_code', '=', scope.provinceCode);
  return q.orderBy('code').execute();
}

/** One region as the directory shows it (with its 3T mark), or undefined. */
export async function selectRegion(db: DbOrTrx, code: string): Promise<RegionView | undefined> {
  const row = await db.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? toView(row) : undefined;
}
