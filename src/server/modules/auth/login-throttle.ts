import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type AppError, errors } from '../../http/errors.js';
import { countHit, currentWindow, secondsUntilWindowCloses } from '../../http/rate-limit.js';

/**
 * Failed sign-ins counted per client address in a 15-minute window, stored in the database so
 * every app process sees the same counts (`http/rate-limit.ts`). (Per-account lockout lives on
 * `users`; its refusal is built here too so both say when to come back the same way.)
 */
export const IP_WINDOW_MS = 15 * 60_000;
export const IP_MAX_FAILURES = 30;

/** Whole minutes for the message; the exact seconds go in `retry-after`. */
const minutesOf = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
const minutesText = (minutes: number) => ({ id: `${minutes} menit`, en: minutes === 1 ? '1 minute' : `${minutes} minutes` });

/** The refusal while this address has used up its failures, or null. Reads only. */
export async function ipThrottleRefusal(db: Kysely<Database>, ip: string, now = new Date()): Promise<AppError | null> {
  const window = await currentWindow(db, `ip:${ip}`, IP_WINDOW_MS, now);
  if (!window || window.count < IP_MAX_FAILURES) return null;
  const seconds = secondsUntilWindowCloses(window, IP_WINDOW_MS, now);
  const wait = minutesText(minutesOf(seconds));
  return errors.tooManyRequests(
    'LOGIN_LOCKED',
    {
      id: `Terlalu banyak percobaan masuk dari alamat ini. Coba lagi dalam ${wait.id}.`,
      en: `Too many sign-in attempts from this address. Try again in ${wait.en}.`,
    },
    seconds,
  );
}

export async function recordIpFailure(db: Kysely<Database>, ip: string): Promise<void> {
  await countHit(db, `ip:${ip}`, IP_WINDOW_MS);
}

/** The refusal for an account locked until `until` (`users.locked_until`). */
export function accountLockedRefusal(until: Date, now = new Date()): AppError {
  const seconds = (until.getTime() - now.getTime()) / 1000;
  const wait = minutesText(minutesOf(seconds));
  return errors.tooManyRequests(
    'LOGIN_LOCKED',
    {
      id: `Terlalu banyak percobaan masuk yang gagal untuk akun ini. Coba lagi dalam ${wait.id}.`,
      en: `Too many failed sign-in attempts for this account. Try again in ${wait.en}.`,
    },
    seconds,
    { lockedUntil: until.toISOString() },
  );
}
