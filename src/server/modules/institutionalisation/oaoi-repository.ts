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
