import type { Kysely } from 'kysely';
import type { TimeZoneCode } from '../../../common/competitions.js';
import type { NotificationLanguage } from '../../../common/notifications.js';
import { appendAudit, type Actor } from '../../audit/audit-log.js';
import type { AuthUser } from '../../auth/auth-user.js';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { readPreferenceRow, writePreferences } from './account-repository.js';

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
  /** The language of the account's notifications and e-mails; the web sets it from its language switch. */
  language: NotificationLanguage;
}

export async function readPreferences(db: Kysely<Database>, userId: string): Promise<AccountPreferences> {
  return readPreferenceRow(db, userId);
}

/** The signed-in account with its preferences, as `/api/auth/me` and sign-in answer it. */
export async function withPreferences(db: Kysely<Database>, user: AuthUser): Promise<AuthUser & AccountPreferences> {
  return { ...user, ...(await readPreferences(db, user.id)) };
}

/**
 * Saves the account's own preferences (those given; at least one); the audit entry records the
 * values before and after. Saving what the account already has writes nothing.
 */
export async function updatePreferences(db: Kysely<Database>, actor: Actor & { userId: string }, input: Partial<AccountPreferences>): Promise<AccountPreferences> {
  if (input.timeZone === undefined && input.language === undefined) {
    throw errors.validation({ id: "Sebutkan 'timeZone' atau 'language'.", en: "Give 'timeZone' or 'language'." }, { fields: [{ field: 'timeZone' }, { field: 'language' }] });
  }
  return db.transaction().execute(async (trx) => {
    // Locks the row so two devices saving at once leave an audit trail that matches the result.
    const before = await readPreferenceRow(trx, actor.userId, { forUpdate: true });
    const after: AccountPreferences = { timeZone: input.timeZone ?? before.timeZone, language: input.language ?? before.language };
    if (before.timeZone === after.timeZone && before.language === after.language) return before;
    await writePreferences(trx, actor.userId, after, new Date());
    const changed = (Object.keys(after) as (keyof AccountPreferences)[]).filter((k) => before[k] !== after[k]);
    await appendAudit(trx, actor, {
      action: 'user.preferences_change',
      entityType: 'user',
      entityId: actor.userId,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
    return after;
  });
}
