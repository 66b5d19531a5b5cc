import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { SessionPolicy } from './session-repository.js';

/**
 * Sessions are checked lazily on use; ones never used again would pile up. Run periodically
 * (any process may run it; deletes are idempotent). Also drops stale sign-in throttle windows.
 */
export async function purgeExpiredSessions(db: Kysely<Database>, policy: SessionPolicy): Promise<number> {
  const now = Date.now();
  const idleCutoff = new Date(now - policy.idleMinutes * 60_000);
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', new Date(now)), eb('last_seen_at', '<', idleCutoff)]))
    .executeTakeFirst();
  await db
    .deleteFrom('login_throttle')
    .where('window_started_at', '<', new Date(now - 24 * 3_600_000))
    .execute();
  return Number(result.numDeletedRows);
}
