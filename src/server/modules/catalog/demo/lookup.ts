import type { Db } from '../../../db/types.js';
import { DEMO_INNOVATIONS } from './innovations.js';
import { selectPublishedIdsByTitle } from '../repository.js';

/** For other modules' demo seeders: the ids of the demo innovations by title (those that were loaded). */
export function demoInnovationIds(db: Db): Promise<Map<string, string>> {
  return selectPublishedIdsByTitle(
    db,
    DEMO_INNOVATIONS.map((d) => d.title),
  );
}

/** For other modules' demo seeders: the id of the published record with this exact title, if any. */
export async function publishedInnovationIdByTitle(db: Db, title: string): Promise<string | undefined> {
  return (await selectPublishedIdsByTitle(db, [title])).get(title);
}
