import { sql } from 'kysely';
import type { DbOrTrx, Trx } from '../../db/types.js';

/** Queries on One Agency One Innovation's targets (oaoi_default_targets, oaoi_agency_targets). */

export async function selectDefaultTargets(db: DbOrTrx, fromYear: number, toYear: number) {
  return db
    .selectFrom('oaoi_default_targets')
    .select(['agency_type', 'year', 'target'])
    .where('year', '>=', fromYear)
    .where('year', '<=', toYear)
    .orderBy('year')
    .orderBy('agency_type')
    .execute();
}

export async function selectAgencyTargets(db: DbOrTrx, fromYear: number, toYear: number, agencyId?: string) {
  let q = db.selectFrom('oaoi_agency_targets').select(['agency_id', 'year', 'target']).where('year', '>=', fromYear).where('year', '<=', toYear);
  if (agencyId) q = q.where('agency_id', '=', agencyId);
  return q.execute();
}

/** Writes a default target and returns the one it replaced; one writer per (type, year) at a time, so `before` is true. */
export async function upsertDefaultTarget(trx: Trx, v: { agencyType: string; year: number; target: number; by: string | null }) {
  await sql`select pg_advisory_xact_lock(20261202, hashtext(${`oaoi-default:${v.agencyType}:${v.year}`}))`.execute(trx);
  const before = await trx.selectFrom('oaoi_default_targets').select('target').where('agency_type', '=', v.agencyType).where('year', '=', v.year).executeTakeFirst();
  await trx
    .insertInto('oaoi_default_targets')
    .values({ agency_type: v.agencyType, year: v.year, target: v.target, updated_by: v.by })
    .onConflict((oc) => oc.columns(['agency_type', 'year']).doUpdateSet({ target: v.target, updated_by: v.by, updated_at: new Date() }))
    .execute();
  return before?.target ?? null;
}

export async function upsertAgencyTarget(trx: Trx, v: { agencyId: string; year: number; target: number; by: string | null }) {
  await sql`select pg_advisory_xact_lock(20261202, hashtext(${`oaoi-agency:${v.agencyId}:${v.year}`}))`.execute(trx);
  const before = await trx.selectFrom('oaoi_agency_targets').select('target').where('agency_id', '=', v.agencyId).where('year', '=', v.year).forUpdate().executeTakeFirst();
  await trx
    .insertInto('oaoi_agency_targets')
    .values({ agency_id: v.agencyId, year: v.year, target: v.target, updated_by: v.by })
    .onConflict((oc) => oc.columns(['agency_id', 'year']).doUpdateSet({ target: v.target, updated_by: v.by, updated_at: new Date() }))
    .execute();
  return before?.target ?? null;
}

/**
 * Published innovations running per agency and year (OAOI realisation), summed from
 * oaoi_running_spans — kept by triggers on innovations (migration 0200 of 2026-12-03) equal to
 * catalog's runningPerAgencyYear recount, at a few thousand rows instead of every innovation.
 */
export async function selectRealisation(db: DbOrTrx, fromYear: number, toYear: number, agencyId?: string): Promise<{ agency_id: string; year: number; n: number }[]> {
  const { rows } = await sql<{ agency_id: string; year: number; n: number }>`
    select s.agency_id, y.year::int as year, sum(s.n)::int as n
    from oaoi_running_spans s
    join generate_series(${fromYear}::int, ${toYear}::int) as y(year) on s.from_year <= y.year and s.to_year >= y.year
    where s.n <> 0 and s.from_year <= ${toYear}::int and s.to_year >= ${fromYear}::int ${agencyId ? sql`and s.agency_id = ${agencyId}::uuid` : sql``}
    group by s.agency_id, y.year
    having sum(s.n) > 0`.execute(db);
  return rows.map((r) => ({ agency_id: r.agency_id, year: r.year, n: Number(r.n) }));
}

/**
 * What OAOI coverage is computed from, as one value: the directory's generation and OAOI's own
 * (realisation spans and targets; migration 0300 of 2026-12-04), or null while a writer to any of
 * them is uncommitted (then nothing read may be kept).
 */
export async function readCoverageGeneration(db: DbOrTrx): Promise<string | null> {
  const result = await sql<{ g: string; settled: boolean }>`
    select d.last_value::text || ':' || d.is_called::text || '/' || o.last_value::text || ':' || o.is_called::text as g,
           pg_try_advisory_xact_lock(7340044) as settled
    from directory_generation d, oaoi_generation o`.execute(db);
  const row = result.rows[0]!;
  return row.settled ? row.g : null;
}
