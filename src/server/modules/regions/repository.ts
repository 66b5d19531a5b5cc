import type { DbOrTrx } from '../../db/types.js';

/** Every regional government's territory: the 38 provinces and the regencies/cities, by Kemendagri code. */
export async function selectRegionalGovernments(db: DbOrTrx): Promise<{ code: string; name: string; kind: 'provinsi' | 'kabupaten' | 'kota' }[]> {
  const rows = await db.selectFrom('regions').select(['code', 'name', 'level', 'kind']).orderBy('code').execute();
  return rows.map((r) => ({ code: r.code, name: r.name, kind: r.level === 'province' ? 'provinsi' : (r.kind ?? 'kabupaten') }));
}
