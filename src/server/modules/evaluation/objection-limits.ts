import { sha256 } from '../../auth/tokens.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type AppError, errors, type LocalizedText } from '../../http/errors.js';
import { countHit, type CounterWindow, currentWindow, secondsUntilWindowCloses } from '../../http/rate-limit.js';

/**
 * Abuse protection of the public objection form (anyone may file, without an account). Counted
 * in the database (`http/rate-limit.ts`) so the limits hold across app instances. Only objections
 * actually filed count: the count is taken inside the filing transaction, so a refused request
 * (bad input, closed period, duplicate, over the limit) rolls its count back with everything else.
 *
 * A handful per client address an hour leaves room for an office behind one NAT address; a few
 * per e-mail address per selection a day stops one person flooding one list under many addresses.
 */
export const OBJECTIONS_PER_ADDRESS = { max: 5, windowMs: 3_600_000 } as const;
export const OBJECTIONS_PER_EMAIL_PER_SELECTION = { max: 3, windowMs: 24 * 3_600_000 } as const;

interface ObjectionLimit {
  key: string;
  max: number;
  windowMs: number;
  text: (minutes: number) => LocalizedText;
}

/** The client address as the app believes it (`request.ip`, which honours TRUST_PROXY). */
export function objectionLimits(selectionId: string, email: string, clientIp: string): ObjectionLimit[] {
  return [
    {
      key: `objection-ip:${clientIp}`,
      ...OBJECTIONS_PER_ADDRESS,
      text: (minutes) => ({
        id: `Terlalu banyak sanggahan dikirim dari alamat jaringan ini (paling banyak ${OBJECTIONS_PER_ADDRESS.max} per jam). Coba lagi dalam ${minutes} menit.`,
        en: `Too many objections were sent from this network address (at most ${OBJECTIONS_PER_ADDRESS.max} an hour). Try again in ${minutes} minutes.`,
      }),
    },
    {
      // Hashed: the counters table need not hold the objector's address in clear.
      key: `objection-email:${selectionId}:${sha256(email.trim().toLowerCase())}`,
      ...OBJECTIONS_PER_EMAIL_PER_SELECTION,
      text: (minutes) => ({
        id: `Alamat surel ini sudah mengirim ${OBJECTIONS_PER_EMAIL_PER_SELECTION.max} sanggahan untuk seleksi ini dalam 24 jam terakhir. Coba lagi dalam ${minutes} menit, atau tunggu jawaban kementerian.`,
        en: `This e-mail address has already sent ${OBJECTIONS_PER_EMAIL_PER_SELECTION.max} objections to this selection in the last 24 hours. Try again in ${minutes} minutes, or wait for the ministry's answer.`,
      }),
    },
  ];
}

function refusal(limit: ObjectionLimit, window: CounterWindow, now: Date): AppError {
  const seconds = secondsUntilWindowCloses(window, limit.windowMs, now);
  return errors.tooManyRequests('OBJECTION_RATE_LIMITED', limit.text(Math.ceil(seconds / 60)), seconds);
}

/** Before any write: the refusal of the first limit already used up, or null. Reads only. */
export async function usedUpLimit(db: Kysely<Database>, limits: readonly ObjectionLimit[], now: Date): Promise<AppError | null> {
  for (const limit of limits) {
    const window = await currentWindow(db, limit.key, limit.windowMs, now);
    if (window && window.count >= limit.max) return refusal(limit, window, now);
  }
  return null;
}

/**
 * Inside the filing transaction: counts this objection against every limit (always in the same
 * key order, so two filings never wait on each other's keys crosswise) and returns the refusal of
 * the first limit it exceeds, or null. The caller throws it, which rolls the counts back.
 */
export async function countAgainstLimits(trx: Kysely<Database>, limits: readonly ObjectionLimit[], now: Date): Promise<AppError | null> {
  let exceeded: AppError | null = null;
  for (const limit of limits) {
    const window = await countHit(trx, limit.key, limit.windowMs, now);
    if (!exceeded && window.count > limit.max) exceeded = refusal(limit, window, now);
  }
  return exceeded;
}
