import { type AppError, errors } from '../../http/errors.js';
import { countHit, type CounterWindow, giveBackHit, resetCounter, secondsUntilWindowCloses } from '../../http/rate-limit.js';
import { sha256 } from '../../auth/tokens.js';
import type { DbOrTrx } from '../../db/types.js';
import type { LocalizedText } from '../../http/errors.js';

/**
 * Sign-in throttling, three fixed-window counters in `login_throttle` (`http/rate-limit.ts`):
 *
 * - per client address (`ip:`): 30 attempts in 15 minutes, whatever the accounts;
 * - per account and address pair (`login-pair:`): 5 failures in 15 minutes — the lock a guesser
 *   meets, which does not stop the owner signing in from their own address;
 * - per account across addresses (`login-account:`): 50 failures in an hour — a slower cool-down
 *   against guessing spread over many addresses.
 *
 * Each attempt takes its slot BEFORE the password is checked: one atomic upsert per counter
 * (`countHit`) returns the count including this attempt, so parallel attempts — in one process
 * or many — can never all read "4 so far"; at most the limit is ever evaluated. A successful
 * sign-in gives its slots back. Account keys are a hash of the normalised e-mail, not the user
 * id, so an unknown e-mail is counted and refused exactly like a known one (no enumeration).
 */
export const IP_WINDOW_MS = 15 * 60_000;
export const IP_MAX_FAILURES = 30;
export const PAIR_WINDOW_MS = 15 * 60_000;
export const PAIR_MAX_FAILURES = 5;
export const ACCOUNT_WIDE_WINDOW_MS = 60 * 60_000;
export const ACCOUNT_WIDE_MAX_FAILURES = 50;

export type ThrottleScope = 'address' | 'pair' | 'account';

interface Counter {
  scope: ThrottleScope;
  key: string;
  windowMs: number;
  max: number;
}

const normalisedEmail = (email: string) => email.trim().toLowerCase();

export function signInCounters(email: string, ip: string): Counter[] {
  const account = sha256(`login:${normalisedEmail(email)}`);
  return [
    { scope: 'address', key: `ip:${ip}`, windowMs: IP_WINDOW_MS, max: IP_MAX_FAILURES },
    { scope: 'pair', key: `login-pair:${sha256(`${account}|${ip}`)}`, windowMs: PAIR_WINDOW_MS, max: PAIR_MAX_FAILURES },
    { scope: 'account', key: `login-account:${account}`, windowMs: ACCOUNT_WIDE_WINDOW_MS, max: ACCOUNT_WIDE_MAX_FAILURES },
  ];
}

/** Whole minutes for the message; the exact seconds go in `retry-after`. */
const minutesOf = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
const minutesText = (minutes: number): LocalizedText => ({ id: `${minutes} menit`, en: minutes === 1 ? '1 minute' : `${minutes} minutes` });

/**
 * The 429 of a used-up counter. The address refusal names the address (it says nothing about any
 * account); the pair and account refusals are worded alike and never say whether the account exists.
 */
export function throttleRefusal(scope: ThrottleScope, seconds: number): AppError {
  const wait = minutesText(minutesOf(seconds));
  const text =
    scope === 'address'
      ? {
          id: `Terlalu banyak percobaan masuk dari alamat ini. Coba lagi dalam ${wait.id}.`,
          en: `Too many sign-in attempts from this address. Try again in ${wait.en}.`,
        }
      : {
          id: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${wait.id}.`,
          en: `Too many failed sign-in attempts. Try again in ${wait.en}.`,
        };
  return errors.tooManyRequests('LOGIN_LOCKED', text, seconds);
}

export interface Reservation {
  /** The counters this attempt was counted on, with their windows after the count. */
  taken: { counter: Counter; window: CounterWindow }[];
}

/**
 * Counts this attempt on each counter in turn (address, pair, account) and throws the first
 * refusal whose limit the attempt exceeds. Counters after a refusing one are not touched.
 */
export async function reserveAttempt(db: DbOrTrx, email: string, ip: string, now = new Date()): Promise<Reservation> {
  const taken: Reservation['taken'] = [];
  for (const counter of signInCounters(email, ip)) {
    const window = await countHit(db, counter.key, counter.windowMs, now);
    if (window.count > counter.max) throw throttleRefusal(counter.scope, secondsUntilWindowCloses(window, counter.windowMs, now));
    taken.push({ counter, window });
  }
  return { taken };
}

/**
 * After a failed check: the counter this failure used up (reached its limit), if any, so the
 * failure itself answers 429 with how long to wait and a lockout can be audited.
 */
export function exhaustedBy(reservation: Reservation, now = new Date()): { scope: ThrottleScope; seconds: number } | null {
  for (const { counter, window } of reservation.taken) {
    if (counter.scope !== 'address' && window.count >= counter.max) {
      return { scope: counter.scope, seconds: secondsUntilWindowCloses(window, counter.windowMs, now) };
    }
  }
  return null;
}

/** After a successful sign-in: the pair's failures are forgiven, the other slots given back. */
export async function releaseAttempt(db: DbOrTrx, reservation: Reservation): Promise<void> {
  for (const { counter } of reservation.taken) {
    if (counter.scope === 'pair') await resetCounter(db, counter.key);
    else await giveBackHit(db, counter.key);
  }
}
