import { sql } from 'kysely';
import type { AgencyType } from '../../../common/agency-types.js';
import { containsPattern } from '../../db/like-pattern.js';
import type { DbOrTrx, Trx } from '../../db/types.js';
import type { AgencyView } from './schemas.js';

/** The only place that builds queries on `agencies` (and reads `regions` for names and levels). */
function baseQuery(db: DbOrTrx) {
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

export async function listAgencies(db: DbOrTrx, f: AgencyFilter): Promise<{ items: AgencyView[]; total: number }> {
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
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toView), total: Number(count.n) };
}

export async function findAgencyView(db: DbOrTrx, id: string): Promise<AgencyView | undefined> {
  const row = await baseQuery(db).where('a.id', '=', id).executeTakeFirst();
  return row ? toView(row) : undefined;
}

export async function regionExists(db: DbOrTrx, code: string): Promise<{ level: string } | undefined> {
  return db.selectFrom('regions').select('level').where('code', '=', code).executeTakeFirst();
}

export async function agencyNameTaken(db: DbOrTrx, name: string, exceptId?: string): Promise<boolean> {
  let q = db
    .selectFrom('agencies')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertAgency(trx: Trx, values: { name: string; type: AgencyType; regionCode: string | null }): Promise<string> {
  const row = await trx.insertInto('agencies').values({ name: values.name, type: values.type, region_code: values.regionCode }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Demo data only: creates the agencies whose name (case-insensitively) is not taken yet. */
export async function missingAgencyNames(db: DbOrTrx, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const taken = await db
    .selectFrom('agencies')
    .select(sql<string>`lower(name)`.as('name'))
    .where(
      sql<string>`lower(name)`,
      'in',
      names.map((n) => n.toLowerCase()),
    )
    .execute();
  const have = new Set(taken.map((t) => t.name));
  return names.filter((n) => !have.has(n.toLowerCase()));
}

export async function updateAgencyRow(trx: Trx, id: string, patch: { name?: string; regionCode?: string | null; active?: boolean }): Promise<void> {
  await trx
    .updateTable('agencies')
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.regionCode !== undefined ? { region_code: patch.regionCode } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

/** The id of an organisation by its exact name, or of the regional government of a region and type. */
export async function selectAgencyId(db: DbOrTrx, by: { name: string } | { regionCode: string; type: AgencyType }): Promise<string | undefined> {
  let q = db.selectFrom('agencies').select('id');
  q = 'name' in by ? q.where('name', '=', by.name) : q.where('region_code', '=', by.regionCode).where('type', '=', by.type);
  return (await q.executeTakeFirst())?.id;
}

/** The whole directory (about 600 organisations), for matching names in imports. */
export async function selectDirectory(db: DbOrTrx): Promise<AgencyView[]> {
  return (await baseQuery(db).orderBy('a.name').execute()).map(toView);
}

/**
 * The directory's generation (migration 0300 of 2026-12-04: bumped by every write to agencies or
 * regions), or null while a writer is still uncommitted — nothing read then may be kept.
 */
export async function readDirectoryGeneration(db: DbOrTrx): Promise<string | null> {
  const result = await sql<{ g: string; settled: boolean }>`
    select last_value::text || ':' || is_called::text as g, pg_try_advisory_xact_lock(7340044) as settled
    from directory_generation`.execute(db);
  const row = result.rows[0]!;
  return row.settled ? row.g : null;
}
