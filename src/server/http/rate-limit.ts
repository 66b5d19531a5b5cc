import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * Fixed-window counters kept in the database, so every app process sees the same counts (an
 * in-memory counter per process would multiply the limit by the number of instances). They live
 * in the table `login_throttle`, named after its first user: keys are namespaced by their use
 * (`ip:` for failed sign-ins, `objection-ip:` / `objection-email:` for public objections).
 * Stale windows are purged with expired sessions (`auth/session-cleanup.ts`), so a window must
 * not be longer than that purge's 24 hours.
 */
export const LONGEST_WINDOW_MS = 24 * 3_600_000;

export interface CounterWindow {
  count: number;
  /** When the current window opened; it closes `windowMs` later. */
  startedAt: Date;
}

function checkWindow(windowMs: number): void {
  if (windowMs <= 0 || windowMs > LONGEST_WINDOW_MS) throw new Error(`rate-limit window ${windowMs} ms is outside (0, 24 h]`);
}

/** The key's count in its current window, or null when it has none (never counted, or expired). Reads only. */
export async function currentWindow(db: Kysely<Database>, key: string, windowMs: number, now = new Date()): Promise<CounterWindow | null> {
  checkWindow(windowMs);
  const row = await db.selectFrom('login_throttle').select(['failures', 'window_started_at']).where('key', '=', key).executeTakeFirst();
  if (!row) return null;
  const startedAt = new Date(row.window_started_at);
  if (startedAt.getTime() < now.getTime() - windowMs) return null;
  return { count: row.failures, startedAt };
}

/**
 * Counts one more for the key (opening a new window when the old one has passed) and returns the
 * window after the count. One upsert: on PostgreSQL it locks the key's row until the caller's
 * transaction ends, so concurrent callers on the same key count one after another; inside a
 * transaction that is then rolled back, the count is rolled back too.
 */
export async function countHit(db: Kysely<Database>, key: string, windowMs: number, now = new Date()): Promise<CounterWindow> {
  checkWindow(windowMs);
  const windowStart = new Date(now.getTime() - windowMs);
  const row = await db
    .insertInto('login_throttle')
    .values({ key, failures: 1, window_started_at: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        failures: eb
          .case()
          .when('login_throttle.window_started_at', '<', windowStart)
          .then(1)
          .else(eb('login_throttle.failures', '+', 1))
          .end(),
        window_started_at: eb.case().when('login_throttle.window_started_at', '<', windowStart).then(now).else(eb.ref('login_throttle.window_started_at')).end(),
      })),
    )
    .returning(['failures', 'window_started_at'])
    .executeTakeFirstOrThrow();
  return { count: row.failures, startedAt: new Date(row.window_started_at) };
}

/** Seconds until the window closes (at least 1): the `retry-after` of a refusal. */
export function secondsUntilWindowCloses(window: CounterWindow, windowMs: number, now = new Date()): number {
  return Math.max(1, Math.ceil((window.startedAt.getTime() + windowMs - now.getTime()) / 1000));
}

/** Forgets a counter (e.g. a sign-in pair's failures after the right password). */
export async function resetCounter(db: Kysely<Database> | Transaction<Database>, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}

/** Gives one counted hit back (never below zero): an attempt that turned out to be legitimate. */
export async function giveBackHit(db: Kysely<Database> | Transaction<Database>, key: string): Promise<void> {
  await db
    .updateTable('login_throttle')
    .set((eb) => ({ failures: eb.fn('greatest', [eb('failures', '-', 1), eb.lit(0)]) }))
    .where('key', '=', key)
    .execute();
}
