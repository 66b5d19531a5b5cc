import type { DbOrTrx, Trx } from '../../db/types.js';
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
