import type { DbOrTrx } from '../../db/types.js';
import type { CompetitionKind } from '../../../common/competitions.js';
import { competitionIdExists, selectCompetitionSummary, selectNewestPublishedId } from './repository.js';

/** Read views other modules' repositories join instead of this module's tables (read-model-repository.ts). */
export { competitionCategoriesView, competitionGroupsView, competitionStagesView, competitionsView } from './read-model-repository.js';

/**
 * What other modules may read of competitions besides the full configuration
 * (`loadCompetitionConfig` in service.ts): small lookups on the caller's handle or transaction.
 * Imports no other module, so any module can read it without an import cycle.
 */

/** Whether a competition with this id exists (whatever its status). */
export function competitionExists(db: DbOrTrx, id: string): Promise<boolean> {
  return competitionIdExists(db, id);
}

/** The newest published competition of a kind (by year, then creation), for demo seeders. */
export function newestPublishedCompetitionId(db: DbOrTrx, kind: CompetitionKind): Promise<string | undefined> {
  return selectNewestPublishedId(db, kind);
}

/** A competition's id, name, year and status, or undefined. */
export function competitionSummary(db: DbOrTrx, id: string) {
  return selectCompetitionSummary(db, id);
}
