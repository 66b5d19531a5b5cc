import type { DbOrTrx } from '../../db/types.js';

/**
 * Read views of the replication network for other modules' joins (re-exported by read-model.ts;
 * docs/ARCHITECTURE.md "Read views"): a plain `select <columns> from <table>` aliased as the caller
 * asks, which the planner flattens into the caller's query (the same plan as joining the table).
 */

/** Hubs: id, province, name, status. */
export function hubsView<A extends string>(db: DbOrTrx, alias: A) {
  return db.selectFrom('hubs').select(['id', 'province_code', 'name', 'status']).as(alias);
}

/** Mentors: id, account, university, hub, active. */
export function mentorsView<A extends string>(db: DbOrTrx, alias: A) {
  return db.selectFrom('mentors').select(['id', 'user_id', 'university_agency_id', 'hub_id', 'active']).as(alias);
}
