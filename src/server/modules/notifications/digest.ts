import type { NotificationLanguage } from '../../../common/notifications.js';
import type { Db } from '../../db/types.js';
import { enqueueEmails, type OutgoingEmail } from '../../notifications/outbox.js';
import { userContacts } from '../users/contacts.js';
import { accountsDue, attachEntries, claimDigests } from './digest-repository.js';

const WIB_OFFSET_MS = 7 * 60 * 60_000;

/** The calendar day in WIB, `YYYY-MM-DD`: digests are counted per account and WIB day. */
export function wibDate(at: Date): string {
  return new Date(at.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

export function wibHour(at: Date): number {
  return new Date(at.getTime() + WIB_OFFSET_MS).getUTCHours();
}

export interface DigestRunResult {
  date: string;
  accounts: number;
  entries: number;
  emails: number;
}

interface DigestEntry {
  title: string;
  body: string;
  link: string | null;
}

export function digestEmail(to: { email: string; name: string; language: NotificationLanguage }, date: string, entries: DigestEntry[], publicUrl: string): OutgoingEmail {
  const id = to.language === 'id';
  const base = publicUrl.replace(/\/$/, '');
  const lines = entries.map((e) => `- ${e.title}\n  ${e.body}${e.link ? `\n  ${base}${e.link}` : ''}`);
  return {
    to: to.email,
    subject: id ? `Ringkasan harian Simpul ${date}: ${entries.length} notifikasi` : `Simpul daily digest ${date}: ${entries.length} notifications`,
    body: [
      `${id ? 'Halo' : 'Hello'} ${to.name},`,
      '',
      id ? `Ringkasan notifikasi Anda sejak ringkasan sebelumnya:` : 'Your notifications since the previous digest:',
      '',
      ...lines,
      '',
      id
        ? `Semua notifikasi: ${base}/notifikasi · Atur surel: ${base}/notifikasi/preferensi`
        : `All notifications: ${base}/notifikasi · E-mail settings: ${base}/notifikasi/preferensi`,
    ].join('\n'),
  };
}

/**
 * The daily digest: every account's waiting entries become one e-mail, at most one per account
 * and WIB day. Safe to run again (an account with today's digest is skipped; entries arriving
 * later wait for tomorrow's) and from two processes at once (see `claimDigests`). Accounts are
 * handled `batch` at a time, each batch in its own transaction: claim, attach, enqueue.
 */
export async function runDailyDigest(db: Db, options: { publicUrl: string; now?: Date; batch?: number }): Promise<DigestRunResult> {
  const cutoff = options.now ?? new Date();
  const date = wibDate(cutoff);
  const batch = options.batch ?? 500;
  const total: DigestRunResult = { date, accounts: 0, entries: 0, emails: 0 };
  for (;;) {
    const step = await db.transaction().execute(async (trx) => {
      const due = await accountsDue(trx, date, cutoff, batch);
      if (due.length === 0) return null;
      const claimed = await claimDigests(trx, due, date);
      const entries = await attachEntries(
        trx,
        claimed.map((c) => c.id),
        cutoff,
      );
      const byUser = new Map<string, DigestEntry[]>();
      for (const e of entries) {
        const list = byUser.get(e.user_id);
        if (list) list.push(e);
        else byUser.set(e.user_id, [e]);
      }
      const contacts = await userContacts(trx, [...byUser.keys()]);
      const emails = contacts.filter((c) => c.active).map((c) => digestEmail(c, date, byUser.get(c.id)!, options.publicUrl));
      await enqueueEmails(trx, emails);
      return { accounts: claimed.length, entries: entries.length, emails: emails.length };
    });
    if (!step) return total;
    total.accounts += step.accounts;
    total.entries += step.entries;
    total.emails += step.emails;
  }
}
