import {
  CONFIGURABLE_KINDS,
  type EmailChoice,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationLanguage,
  type NotificationList,
  type NotificationParams,
  type NotificationPreferences,
  type NotificationView,
} from '../../../common/notifications.js';
import { appendAudit, type Actor } from '../../audit/audit-log.js';
import type { AuthUser } from '../../auth/auth-user.js';
import type { Db, Trx } from '../../db/types.js';
import { errors } from '../../http/errors.js';
import { pageBounds } from '../../http/pagination.js';
import { enqueueEmails, type OutgoingEmail } from '../../notifications/outbox.js';
import { userContacts } from '../users/contacts.js';
import { canSeeNotification } from './policy.js';
import {
  findNotification,
  insertDigestEntries,
  insertInApp,
  listForUser,
  lockPreferences,
  markAllRead,
  markRead,
  type NewInAppRow,
  storedChoices,
  storedPreferences,
  unreadCount,
  upsertPreferences,
} from './repository.js';
import { emailOf, render } from './templates.js';

const NOTIFICATION = { id: 'Notifikasi', en: 'Notification' };

/** An account (in-app entry + e-mail per its preference) or a bare address (e-mail only, at once). */
export type Recipient = { userId: string } | { email: string; name?: string; language?: NotificationLanguage };

export interface NotifyInput<K extends NotificationKind> {
  recipients: readonly Recipient[];
  kind: K;
  params: NotificationParams[K];
  /** The thing the notification is about, as an app path (`/proposal/…`); absolute in e-mails. */
  link?: string | null;
  /** Base URL for links in e-mails (the caller's `config.publicUrl`); needed when `link` is given. */
  publicUrl?: string;
}

export interface NotifyResult {
  inApp: number;
  emails: number;
  digest: number;
}

/**
 * THE way any module tells a person something. Call it inside your own transaction, so the
 * notification exists exactly when the change does. Per recipient account (deactivated accounts
 * are skipped, except for the fixed account kinds): the in-app entry in the account's language (unless the kind is e-mail only), and
 * per the account's preference for the kind an e-mail in the outbox now, an entry for the daily
 * digest, or nothing. Bare addresses get the e-mail at once in the language given (default id).
 * No audit entry of its own: the caller audits the change that caused it.
 */
export async function notify<K extends NotificationKind>(trx: Trx, input: NotifyInput<K>): Promise<NotifyResult> {
  const spec = NOTIFICATION_KINDS[input.kind];
  const link = input.link ?? null;
  const absolute = link ? `${(input.publicUrl ?? '').replace(/\/$/, '')}${link}` : null;
  const userIds = [...new Set(input.recipients.flatMap((r) => ('userId' in r ? [r.userId] : [])))];
  const [accounts, choices] = await Promise.all([userContacts(trx, userIds), spec.configurable ? storedChoices(trx, userIds, input.kind) : new Map<string, EmailChoice>()]);

  const inApp: NewInAppRow[] = [];
  const digest: NewInAppRow[] = [];
  const emails: OutgoingEmail[] = [];
  for (const account of accounts) {
    // Deactivated accounts hear nothing, except account mail the caller sends them on purpose (an invitation).
    if (!account.active && spec.configurable) continue;
    const text = render(input.kind, input.params, { name: account.name }, account.language);
    const row = { user_id: account.id, kind: input.kind, title: text.title, body: text.body, link };
    if (spec.inApp) inApp.push(row);
    const choice: EmailChoice = spec.configurable ? (choices.get(account.id) ?? spec.defaultEmail) : 'immediate';
    if (choice === 'immediate') emails.push({ to: account.email, ...emailOf(text, absolute, account.language) });
    else if (choice === 'digest') digest.push(row);
  }
  const seen = new Set<string>();
  for (const r of input.recipients) {
    if ('userId' in r || seen.has(r.email.toLowerCase())) continue;
    seen.add(r.email.toLowerCase());
    const language = r.language ?? 'id';
    const text = render(input.kind, input.params, { name: r.name ?? null }, language);
    emails.push({ to: r.email, ...emailOf(text, absolute, language) });
  }
  await insertInApp(trx, inApp);
  await insertDigestEntries(trx, digest);
  await enqueueEmails(trx, emails);
  return { inApp: inApp.length, emails: emails.length, digest: digest.length };
}

function view(row: { id: string; kind: string; title: string; body: string; link: string | null; created_at: Date; read_at: Date | null }): NotificationView {
  return {
    id: String(row.id),
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  };
}

export async function listNotifications(db: Db, user: AuthUser, query: { page: number; pageSize: number; unread?: boolean }): Promise<NotificationList> {
  const { limit, offset } = pageBounds(query.page, query.pageSize);
  const result = await listForUser(db, user.id, { unreadOnly: query.unread ?? false, limit, offset });
  return { items: result.items.map(view), total: result.total, unread: result.unread };
}

/** Marks one of the caller's own entries read; anyone else's answers 404. Reading is not audited (personal state, no decision). */
export async function readNotification(db: Db, user: AuthUser, id: string): Promise<NotificationView & { unread: number }> {
  return db.transaction().execute(async (trx) => {
    const row = await findNotification(trx, id);
    if (!row || !canSeeNotification(user, row)) throw errors.notFound(NOTIFICATION);
    await markRead(trx, id, new Date());
    const after = (await findNotification(trx, id))!;
    return { ...view(after), unread: await unreadCount(trx, user.id) };
  });
}

export async function readAllNotifications(db: Db, user: AuthUser): Promise<{ updated: number; unread: number }> {
  return db.transaction().execute(async (trx) => ({ updated: await markAllRead(trx, user.id, new Date()), unread: 0 }));
}

function effective(stored: { kind: string; email: EmailChoice }[]): NotificationPreferences {
  const byKind = new Map(stored.map((s) => [s.kind, s.email]));
  return { items: CONFIGURABLE_KINDS.map((kind) => ({ kind, email: byKind.get(kind) ?? NOTIFICATION_KINDS[kind].defaultEmail })) };
}

export async function getPreferences(db: Db, user: AuthUser): Promise<NotificationPreferences> {
  return effective(await storedPreferences(db, user.id));
}

/**
 * Saves the caller's e-mail choices for the kinds given (others keep theirs). A kind that is
 * always e-mailed (invitation, password reset) or listed twice is refused whole; saving what
 * is already in effect writes nothing. The audit entry holds the choices before and after.
 */
export async function savePreferences(db: Db, actor: Actor, user: AuthUser, items: { kind: NotificationKind; email: EmailChoice }[]): Promise<NotificationPreferences> {
  const fixed = items.filter((i) => !NOTIFICATION_KINDS[i.kind].configurable);
  if (fixed.length > 0) {
    throw errors.badRequest(
      'NOTIFICATION_KIND_FIXED',
      {
        id: `Jenis notifikasi ${fixed[0]!.kind} selalu dikirim langsung dan tidak dapat diubah.`,
        en: `Notification kind ${fixed[0]!.kind} is always sent at once and cannot be changed.`,
      },
      { fields: [{ field: 'items' }] },
    );
  }
  if (new Set(items.map((i) => i.kind)).size !== items.length) {
    throw errors.validation({ id: 'Setiap jenis notifikasi hanya boleh disebut sekali.', en: 'Each notification kind may be listed only once.' }, { fields: [{ field: 'items' }] });
  }
  return db.transaction().execute(async (trx) => {
    const before = effective(await lockPreferences(trx, user.id));
    const current = new Map(before.items.map((i) => [i.kind, i.email]));
    const changed = items.filter((i) => current.get(i.kind) !== i.email);
    if (changed.length === 0) return before;
    await upsertPreferences(trx, user.id, changed);
    const after = effective(await storedPreferences(trx, user.id));
    await appendAudit(trx, actor, {
      action: 'notification.preferences_change',
      entityType: 'user',
      entityId: user.id,
      before: Object.fromEntries(changed.map((c) => [c.kind, current.get(c.kind)])),
      after: Object.fromEntries(changed.map((c) => [c.kind, c.email])),
    });
    return after;
  });
}
