import type { Kysely } from 'kysely';
import { loadHubReference } from '../seed/hub-reference.js';
import { loadReferenceData } from '../seed/reference-data.js';
import { migrateToLatest } from './migrate.js';
import type { Database } from './schema.js';

/** Schema up to date and reference data present: what every start and every test needs. */
export async function prepareDatabase(db: Kysely<Database>): Promise<void> {
  await migrateToLatest(db);
  await loadReferenceData(db);
  // The JIPP hubs designated so far; needs the regions above.
  await loadHubReference(db);
}
