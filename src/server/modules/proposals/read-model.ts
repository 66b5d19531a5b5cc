import type { DbOrTrx } from '../../db/types.js';
import { selectProposalCount, selectReferencedConfigIds } from './repository.js';

/**
 * What other modules may read of proposals besides their services: counts and references that
 * competitions needs to protect its configuration, on the caller's handle or transaction. Imports
 * no other module (competitions imports it; proposals imports competitions' service).
 */

/** How many proposals (any status) a competition has. */
export function countProposalsOf(db: DbOrTrx, competitionId: string): Promise<number> {
  return selectProposalCount(db, competitionId);
}

/** Which of these group, category or question ids proposals still point at (so they cannot be removed). */
export function configIdsInUse(db: DbOrTrx, section: 'groups' | 'categories' | 'questions', ids: readonly string[]): Promise<string[]> {
  return selectReferencedConfigIds(db, section, ids);
}
