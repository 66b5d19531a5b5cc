/**
 * BASELINE: the import-rule violations that existed when the rules were introduced (issue #11).
 * This list may only SHRINK. The test fails when a violation appears that is not listed here, and
 * also when a listed one no longer exists — then delete its line, so the list stays true.
 * Never add a line to make a new violation pass: fix the import (docs/ARCHITECTURE.md, "Module
 * template", says where the code belongs).
 *
 * Each entry: [rule, from, to] with source paths.
 */
export const IMPORT_BASELINE: ReadonlyArray<readonly [rule: string, from: string, to: string]> = [];

/**
 * BASELINE: non-repository files of src/server/modules that build queries
 * (`selectFrom`/`insertInto`/`updateTable`/`deleteFrom`/`sql```) — checked by
 * query-sites.test.ts, because most of them query through `deps.db`/`trx` without importing
 * kysely, which an import rule cannot see. Same contract: may only shrink, and a file that stops
 * querying must be removed from the list.
 */
export const QUERY_SITES_BASELINE: readonly string[] = [];

/**
 * BASELINE: route files that open a transaction themselves (services open transactions).
 */
export const ROUTE_TRANSACTIONS_BASELINE: readonly string[] = [];

/**
 * BASELINE: files importing `errorResponse` from http/pagination.ts, where it used to live. It is
 * only in http/errors.ts now (the re-export is gone); the check stays so it does not come back.
 */
export const ERROR_RESPONSE_FROM_PAGINATION_BASELINE: readonly string[] = [];

/**
 * BASELINE: repositories that query another module's tables (table-ownership.test.ts), as
 * "file → table (owner)". To go: read through the owner's read-model.ts.
 */
export const CROSS_MODULE_TABLES_BASELINE: readonly string[] = [
  // Joins of the proposals' lists and checks with the competition's configuration (group,
  // category, stage names and positions), and evaluation's joins with proposals/competitions in
  // its assignment overview, rounds and selection; each a performance join to rewrite through
  // competitions/read-model.ts or proposals/read-model.ts.
  'src/server/modules/catalog/search-filter-repository.ts → innovation_maturity (institutionalisation)',
  'src/server/modules/evaluation/assignment-listing-repository.ts → proposal_admin_checks (proposals)',
  'src/server/modules/evaluation/assignment-listing-repository.ts → proposals (proposals)',
  'src/server/modules/evaluation/figures-repository.ts → competition_stages (competitions)',
  'src/server/modules/evaluation/repository.ts → competition_stages (competitions)',
  'src/server/modules/evaluation/repository.ts → competitions (competitions)',
  'src/server/modules/evaluation/repository.ts → proposals (proposals)',
  'src/server/modules/evaluation/selection-repository.ts → competitions (competitions)',
  'src/server/modules/events/repository.ts → hubs (replication)',
  'src/server/modules/matchmaking/proposals-repository.ts → mentors (replication)',
  'src/server/modules/proposals/admin-check/repository.ts → competition_categories (competitions)',
  'src/server/modules/proposals/admin-check/repository.ts → competition_groups (competitions)',
  'src/server/modules/proposals/admin-check/signals-repository.ts → competition_groups (competitions)',
  'src/server/modules/proposals/admin-check/stats-repository.ts → competition_categories (competitions)',
  'src/server/modules/proposals/admin-check/stats-repository.ts → competition_groups (competitions)',
  'src/server/modules/proposals/figures-repository.ts → competition_stages (competitions)',
  'src/server/modules/proposals/repository.ts → competition_categories (competitions)',
  'src/server/modules/proposals/repository.ts → competition_groups (competitions)',
  'src/server/modules/proposals/repository.ts → competitions (competitions)',
  'src/server/modules/replication/network-repository.ts → innovation_categories (catalog)',
];
