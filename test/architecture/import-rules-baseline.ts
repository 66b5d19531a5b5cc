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
export const CROSS_MODULE_TABLES_BASELINE: readonly string[] = [];
