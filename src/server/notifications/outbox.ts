import { sql } from 'kysely';
import type { Db, Trx } from '../db/types.js';

/**
 * E-mails are written to the outbox in the same transaction as the change that causes them, so
 * a receipt exists exactly when its submission does; a dispatcher delivers them afterwards.
 */
export interface OutgoingEmail {
  to: string;
  subject: string;
  body: string;
}

export async function enqueueEmail(trx: Trx, email: OutgoingEmail): Promise<void> {
  await enqueueEmails(trx, [email]);
}

export async function enqueueEmails(trx: Trx, emails: readonly OutgoingEmail[]): Promise<void> {
  if (emails.length === 0) return;
  await trx
    .insertInto('outbox')
    .values(emails.map((e) => ({ channel: 'email' as const, recipient: e.to, subject: e.subject, body: e.body })))
    .execute();
}

export interface EmailTransport {
  send(email: OutgoingEmail): Promise<void>;
}

/** How long a claimed message is left to the dispatcher that claimed it before another may try it. */
export const CLAIM_LEASE_MS = 5 * 60_000;
const FIRST_RETRY_MS = 30_000;
const LONGEST_WAIT_MS = 6 * 60 * 60_000;

/** Wait after the n-th failed attempt: 30 s, 1 min, 2 min, … doubling, at most 6 hours. Never given up. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_WAIT_MS);
}

export interface DispatchResult {
  sent: number;
  failed: number;
  /** Claimed but not tried in this pass (the server was down, or the pass ran long): given back untouched. */
  deferred: number;
}

/**
 * Delivers up to `batch` due messages. A short transaction claims them (`for update skip locked`,
 * then `next_attempt_at` moves a lease ahead and `attempts` counts the try), so two processes
 * never send the same message and no database connection waits on the mail server. Sending
 * happens outside any transaction; the outcome is written only while the claim is still ours
 * (same `attempts`). A failure leaves the message queued with its error and the next attempt
 * `retryDelayMs` later; nothing is dropped. When the server itself fails (no SMTP reply code:
 * refused, timed out, DNS) or the pass nears half the lease, the rest of the batch is given back
 * (attempt not counted, due again in 30 s) rather than each waiting for its own timeout while
 * the lease runs out — past the lease another process could claim and send it too.
 * `now` is injectable so tests can move time on.
 */
export async function dispatchOutbox(db: Db, transport: EmailTransport, options: { batch?: number; now?: Date } = {}): Promise<DispatchResult> {
  const now = options.now ?? new Date();
  const claimed = await db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('outbox')
      .select(['id', 'recipient', 'subject', 'body', 'attempts'])
      .where('sent_at', 'is', null)
      .where('next_attempt_at', '<=', now)
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(options.batch ?? 50)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    await trx
      .updateTable('outbox')
      .set({ attempts: sql`attempts + 1`, next_attempt_at: new Date(now.getTime() + CLAIM_LEASE_MS) })
      .where(
        'id',
        'in',
        due.map((m) => m.id),
      )
      .execute();
    return due.map((m) => ({ ...m, attempts: m.attempts + 1 }));
  });
  const result: DispatchResult = { sent: 0, failed: 0, deferred: 0 };
  const started = Date.now();
  let serverDown = false;
  for (const message of claimed) {
    const settle = (outcome: { sent_at: Date; last_error: null } | { next_attempt_at: Date; last_error: string } | { next_attempt_at: Date; attempts: number }) =>
      db.updateTable('outbox').set(outcome).where('id', '=', message.id).where('attempts', '=', message.attempts).where('sent_at', 'is', null).execute();
    if (serverDown || Date.now() - started > CLAIM_LEASE_MS / 2) {
      await settle({ attempts: message.attempts - 1, next_attempt_at: new Date(now.getTime() + FIRST_RETRY_MS) });
      result.deferred++;
      continue;
    }
    try {
      await transport.send({ to: message.recipient, subject: message.subject, body: message.body });
      await settle({ sent_at: new Date(), last_error: null });
      result.sent++;
    } catch (error) {
      await settle({ next_attempt_at: new Date(now.getTime() + retryDelayMs(message.attempts)), last_error: String(error).slice(0, 500) });
      result.failed++;
      // A reply code means the server answered (e.g. a refused recipient): the others may still go.
      serverDown = typeof (error as { responseCode?: unknown }).responseCode !== 'number';
    }
  }
  return result;
}

/**
 * What the server's timer runs: batches back to back while they come back full and clean (a
 * digest morning queues thousands), at most `maxBatches` per tick; stops at the first failure.
 */
export async function drainOutbox(db: Db, transport: EmailTransport, batch = 50, maxBatches = 20): Promise<DispatchResult> {
  const total: DispatchResult = { sent: 0, failed: 0, deferred: 0 };
  for (let i = 0; i < maxBatches; i++) {
    const r = await dispatchOutbox(db, transport, { batch });
    total.sent += r.sent;
    total.failed += r.failed;
    total.deferred += r.deferred;
    if (r.sent < batch) break;
  }
  return total;
}
