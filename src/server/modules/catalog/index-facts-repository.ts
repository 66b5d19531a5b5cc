import { sql } from 'kysely';
import type { GovernmentAffair, Initiator } from '../../../common/innovation-index.js';
import type { DbOrTrx } from '../../db/types.js';

/** Queries behind the catalog's read model for the regional innovation index (index-facts-service.ts). */

export interface IndexInnovationFacts {
  id: string;
  title: string;
  agencyId: string;
  governmentAffair: GovernmentAffair | null;
  digital: boolean;
  initiator: Initiator | null;
  workflowState: string;
}

export async function selectIndexInnovations(db: DbOrTrx, filter: { agencyId: string; ids?: readonly string[] }): Promise<IndexInnovationFacts[]> {
  if (filter.ids?.length === 0) return [];
  let q = db.selectFrom('innovations').select(['id', 'title', 'agency_id', 'government_affair', 'digital', 'initiator', 'workflow_state']).where('agency_id', '=', filter.agencyId);
  if (filter.ids) q = q.where('id', 'in', filter.ids);
  const rows = await q.orderBy('title').limit(2000).execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    agencyId: r.agency_id,
    governmentAffair: r.government_affair,
    digital: r.digital,
    initiator: r.initiator,
    workflowState: r.workflow_state,
  }));
}

/** Per source innovation: how many distinct regions replicated it (confirmed replications only). */
export async function selectReplicationRegionCounts(db: DbOrTrx, innovationIds: readonly string[]): Promise<Map<string, number>> {
  if (innovationIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('innovation_replications')
    .select(['innovation_id', sql<string>`count(distinct coalesce(region_code, adopter_agency_id::text))`.as('n')])
    .where('innovation_id', 'in', innovationIds)
    .groupBy('innovation_id')
    .execute();
  return new Map(rows.map((r) => [r.innovation_id, Number(r.n)]));
}
