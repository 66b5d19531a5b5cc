import type { Kysely } from 'kysely';
import type { TimeZoneCode } from '../../../common/competitions.js';
import { appendAudit, type Actor } from '../../audit/audit-log.js';
import type { AuthUser } from '../../auth/auth-user.js';
import type { Database } from '../../db/schema.js';

/**
 * The account's own preferences (today: the Indonesian time zone it reads dates in).
 *
 * They are read only where the web app needs them (`/api/auth/me`, sign-in) rather than on every
 * request, so `AuthUser` stays as small as the session lookup.
 *
 * Not yet used on the server: texts that name a time for one reader still say WIB through
 * `formatWib` (always naming the zone, so nobody has to guess) — the ROUND_DEADLINE_PASSED
 * refusal (evaluation/context.ts) and the admin-check export could read `users.time_zone` of the
 * reader; the submission receipt and other e-mails deliberately stay in WIB for now.
 */
export interface AccountPreferences {
  timeZone: TimeZoneCode;
}

export async function readPreferences(db: Kysely<Database>, userId: string): Promise<AccountPreferences> {
  const row = await db.selectFrom('users').select('time_zone').where('id', '=', userId).executeTakeFirstOrThrow();
  return { timeZone: row.time_zone };
}

/** The signed-in account with its preferences, as `/api/auth/me` and sign-in answer it. */
export async function withPreferences(db: Kysely<Database>, user: AuthUser): Promise<AuthUser & AccountPreferences> {
  return { ...user, ...(await readPreferences(db, user.id)) };
}

/**
 * Saves the account's own preferences; the audit entry records the values before and after.
 * Saving the value the account already has writes nothing (no change, nothing to audit).
 */
export async function updatePreferences(
  db: Kysely<Database>,
  actor: Actor & { userId: string },
  input: AccountPreferences,
): Promise<AccountPreferences> {
  return db.transaction().execute(async (trx) => {
    // Locks the row so two devices saving at once leave an audit trail that matches the result.
    const before = await trx.selectFrom('users').select('time_zone').where('id', '=', actor.userId).forUpdate().executeTakeFirstOrThrow();
    if (before.time_zone === input.timeZone) return { timeZone: before.time_zone };
    await trx.updateTable('users').set({ time_zone: input.timeZone, updated_at: new Date() }).where('id', '=', actor.userId).execute();
    await appendAudit(trx, actor, {
      action: 'user.preferences_change',
      entityType: 'user',
      entityId: actor.userId,
      before: { timeZone: before.time_zone },
      after: { timeZone: input.timeZone },
    });
    return { timeZone: input.timeZone };
  });
}
