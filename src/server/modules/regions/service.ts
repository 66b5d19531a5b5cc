import type { Db } from '../../db/types.js';
import { selectRegionalGovernments } from './repository.js';

/** For other modules: every province and regency/city, with the kind of government that runs it. */
export function listRegionalGovernments(db: Db) {
  return selectRegionalGovernments(db);
}
