import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/**
 * Failed sign-ins counted per client address in a sliding 15-minute window, stored in the
 * database so every app process sees the same counts. (Per-account lockout lives on `users`.)
 */
export const IP_WINDOW_MS = 15 * 60_000;
export const IP_MAX_FAILURES = 30;

export async function ipIsThrottled(db: Kysely<Database>, ip: string): Promise<boolean> {
  const row = await db.selectFrom('login_throttle').selectAll().where('key', '=', `ip:${ip}`).executeTakeFirst();
  if (!row) return false;
  if (Date.now() - new Date(row.window_started_at).getTime() > IP_WINDOW_MS) return false;
  return row.failures >= IP_MAX_FAILURES;
}

export async function recordIpFailure(db: Kysely<Database>, ip: string): Promise<void> {
  const now = new Date();
  const windowStart = new Date(now.getTime() - IP_WINDOW_MS);
  await db
    .insertInto('login_throttle')
    .values({ key: `ip:${ip}`, failures: 1, window_started_at: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        failures: eb
          .case()
          .when('login_throttle.window_started_at', '<', windowStart)
          .then(1)
          .else(eb('login_throttle.failures', '+', 1))
          .end(),
        window_started_at: eb
          .case()
          .when('login_throttle.window_started_at', '<', windowStart)
          .then(now)
          .else(eb.ref('login_throttle.window_started_at'))
          .end(),
      })),
    )
    .execute();
}
