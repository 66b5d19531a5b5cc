import type { DbOrTrx } from '../../db/types.js';
import { type IndexInnovationFacts, selectIndexInnovations, selectReplicationRegionCounts } from './index-facts-repository.js';

/**
 * Read model for the regional innovation index (modules/innovation-index): a regional
 * government's own innovations with the profile fields the index needs (government affair,
 * digital, initiator), and how many regions replicated each (from the register of confirmed
 * replications that the replication network writes).
 */
export type { IndexInnovationFacts };

export function indexInnovationsOf(db: DbOrTrx, agencyId: string, ids?: readonly string[]): Promise<IndexInnovationFacts[]> {
  return selectIndexInnovations(db, { agencyId, ids });
}

export function replicationRegionCounts(db: DbOrTrx, innovationIds: readonly string[]): Promise<Map<string, number>> {
  return selectReplicationRegionCounts(db, innovationIds);
}
