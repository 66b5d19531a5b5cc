import { type RawBuilder, sql } from 'kysely';
import type { MaturityStage } from '../../../common/institutionalisation.js';

/**
 * SQL fragments of institutionalisation for other modules' queries (re-exported by read-model.ts;
 * docs/ARCHITECTURE.md "Read views"): the catalog's maturity facet and filter compute the stage in
 * the same statement as the search, so the stored fact is read there as a scalar subquery.
 */

/** The stage the stored facts decide for the innovation whose id is `innovationId` (null: none stored). */
export function factStageSql(innovationId: RawBuilder<unknown>): RawBuilder<MaturityStage | null> {
  return sql<MaturityStage | null>`(select mt.fact_stage from innovation_maturity mt where mt.innovation_id = ${innovationId})`;
}

/**
 * The stored fact stages as a relation to LEFT JOIN on `<alias>.innovation_id` (column
 * `fact_stage`): a scan of many catalog rows (the search's facet sample) then hashes the few rows
 * that hold a stage once, instead of running a lookup for every row.
 */
export function factStagesView(alias: 'mt'): RawBuilder<unknown> {
  return sql`(select innovation_id, fact_stage from innovation_maturity where fact_stage is not null) as ${sql.raw(alias)}`;
}
