import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { countHit, currentWindow } from '../../http/rate-limit.js';

/**
 * Failed sign-ins counted per client address in a 15-minute window, stored in the database so
 * every app process sees the same counts (`http/rate-limit.ts`). (Per-account lockout lives on
 * `users`.)
 */
export const IP_WINDOW_MS = 15 * 60_000;
export const IP_MAX_FAILURES = 30;

export async function ipIsThrottled(db: Kysely<Database>, ip: string): Promise<boolean> {
  const window = await currentWindow(db, `ip:${ip}`, IP_WINDOW_MS);
  return (window?.count ?? 0) >= IP_MAX_FAILURES;
}

export async function recordIpFailure(db: Kysely<Database>, ip: string): Promise<void> {
  await countHit(db, `ip:${ip}`, IP_WINDOW_MS);
}
