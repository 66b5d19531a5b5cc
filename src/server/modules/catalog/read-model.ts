import type { DbOrTrx } from '../../db/types.js';
import { selectExistingCategoryIds } from './categories-repository.js';

/**
 * Small lookups other modules make on the catalog's reference data, on the caller's handle or
 * transaction. Imports no other module.
 */

/** Which of these innovation category ids exist (active or not). */
export async function existingCategoryIds(db: DbOrTrx, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  return new Set(await selectExistingCategoryIds(db, ids));
}
