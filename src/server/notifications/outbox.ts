import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * E-mails are written to the outbox in the same transaction as the change that causes them, so
 * a receipt exists exactly when its submission does; a dispatcher delivers them afterwards.
 */
export interface OutgoingEmail {
  to: string;
  subject: string;
  body: string;
}

export async function enqueueEmail(trx: Transaction<Database>, email: OutgoingEmail): Promise<void> {
  await trx.insertInto('outbox').values({ channel: 'email', recipient: email.to, subject: email.subject, body: email.body }).execute();
}

export interface EmailTransport {
  send(email: OutgoingEmail): Promise<void>;
}

/**
 * Delivers up to `batch` pending messages. `for update skip locked` lets several app processes
 * run dispatchers without sending a message twice.
 */
export async function dispatchOutbox(db: Kysely<Database>, transport: EmailTransport, batch = 50): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const pending = await trx
      .selectFrom('outbox')
      .selectAll()
      .where('sent_at', 'is', null)
      .where('attempts', '<', 5)
      .orderBy('id')
      .limit(batch)
      .forUpdate()
      .skipLocked()
      .execute();
    let sent = 0;
    for (const message of pending) {
      try {
        await transport.send({ to: message.recipient, subject: message.subject, body: message.body });
        await trx.updateTable('outbox').set({ sent_at: new Date(), attempts: message.attempts + 1, last_error: null }).where('id', '=', message.id).execute();
        sent++;
      } catch (error) {
        await trx
          .updateTable('outbox')
          .set({ attempts: message.attempts + 1, last_error: String(error).slice(0, 500) })
          .where('id', '=', message.id)
          .execute();
      }
    }
    return sent;
  });
}
