import type { Kysely } from 'kysely';
import type { AgencyType } from '../../../common/agency-types.js';
import { containsPattern } from '../../db/like-pattern.js';
import type { Database } from '../../db/schema.js';
import type { AgencyView } from './schemas.js';

function baseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('agencies as a')
    .leftJoin('regions as r', 'r.code', 'a.region_code')
    .select(['a.id', 'a.name', 'a.type', 'a.region_code', 'r.name as region_name', 'r.province_code', 'r.level', 'a.active']);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toView(row: Row): AgencyView {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    regionCode: row.region_code,
    regionName: row.region_name,
    provinceCode: row.level === 'province' ? row.region_code : row.province_code,
    active: row.active,
  };
}

export interface AgencyFilter {
  q?: string;
  type?: AgencyType;
  province?: string;
  active?: boolean;
  limit: number;
  offset: number;
}

export async function listAgencies(db: Kysely<Database>, f: AgencyFilter): Promise<{ items: AgencyView[]; total: number }> {
  let q = baseQuery(db);
  if (f.q) q = q.where('a.name', 'ilike', containsPattern(f.q));
  if (f.type) q = q.where('a.type', '=', f.type);
  if (f.province) {
    const province = f.province;
    q = q.where((eb) => eb.or([eb('a.region_code', '=', province), eb('r.province_code', '=', province)]));
  }
  if (f.active !== undefined) q = q.where('a.active', '=', f.active);
  const [rows, count] = await Promise.all([
    q.orderBy('a.name').limit(f.limit).offset(f.offset).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toView), total: Number(count.n) };
}

export async function findAgencyView(db: Kysely<Database>, id: string): Promise<AgencyView | undefined> {
  const row = await baseQuery(db).where('a.id', '=', id).executeTakeFirst();
  return row ? toView(row) : undefined;
}

export async function regionExists(db: Kysely<Database>, code: string): Promise<{ level: string } | undefined> {
  return db.selectFrom('regions').select('level').where('code', '=', code).executeTakeFirst();
}

export async function agencyNameTaken(db: Kysely<Database>, name: string, exceptId?: string): Promise<boolean> {
  let q = db.selectFrom('agencies').select('id').where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}
