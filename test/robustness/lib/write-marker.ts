import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../src/server/db/schema.js';

/**
 * The next transaction id the server will hand out. Every write needs a transaction id, so when
 * this has not moved across a request, nothing was written anywhere and the (much slower)
 * checksum of every table can be skipped. When it moved — a write, or merely another database on
 * the same PostgreSQL server — the full checksum decides.
 */
export async function writeMarker(db: Kysely<Database>): Promise<string> {
  const result = await sql<{ x: string }>`select pg_snapshot_xmax(pg_current_snapshot())::text as x`.execute(db);
  return result.rows[0]!.x;
}
