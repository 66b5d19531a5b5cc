import type { DbOrTrx } from '../../db/types.js';

/**
 * Read views of the competition configuration for other modules' joins (re-exported by
 * read-model.ts; see docs/ARCHITECTURE.md "Read views"): each is a plain `select <columns> from
 * <table>` aliased as the caller asks, which the PostgreSQL planner flattens into the caller's
 * query, so joining the view costs exactly what joining the table did. The columns listed are the
 * ones other modules may rely on; the table behind them stays this module's to change.
 */

/** Competitions: id, kind, name, year, status, creation time. */
export function competitionsView<A extends string>(db: DbOrTrx, alias: A) {
  return db.selectFrom('competitions').select(['id', 'kind', 'name', 'year', 'status', 'created_at']).as(alias);
}

/** Groups of every competition: id, competition, code, names, position, minimum innovation age. */
export function competitionGroupsView<A extends string>(db: DbOrTrx, alias: A) {
  return db.selectFrom('competition_groups').select(['id', 'competition_id', 'code', 'name', 'name_en', 'position', 'min_innovation_age_months']).as(alias);
}

/** Categories of every competition: id, competition, code, names, position. */
export function competitionCategoriesView<A extends string>(db: DbOrTrx, alias: A) {
  return db.selectFrom('competition_categories').select(['id', 'competition_id', 'code', 'name', 'name_en', 'position']).as(alias);
}

/** Stages of every competition: id, competition, kind, names, start, end, position. */
export function competitionStagesView<A extends string>(db: DbOrTrx, alias: A) {
  return db.selectFrom('competition_stages').select(['id', 'competition_id', 'kind', 'name', 'name_en', 'starts_at', 'ends_at', 'position']).as(alias);
}
