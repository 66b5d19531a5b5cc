import { sql } from 'kysely';
import type { EmailChoice, NotificationKind } from '../../../common/notifications.js';
import type { DbOrTrx, Trx } from '../../db/types.js';

/** The only Kysely queries on the notifications module's own tables. */

export interface NewInAppRow {
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
}

export async function insertInApp(trx: Trx, rows: NewInAppRow[]): Promise<void> {
  if (rows.length > 0) await trx.insertInto('notifications').values(rows).execute();
}

export async function insertDigestEntries(trx: Trx, rows: NewInAppRow[]): Promise<void> {
  if (rows.length > 0) await trx.insertInto('notification_digest_entries').values(rows).execute();
}

/** Stored e-mail choices of these accounts for one kind (accounts without a row use the kind's default). */
export async function storedChoices(db: DbOrTrx, userIds: readonly string[], kind: NotificationKind): Promise<Map<string, EmailChoice>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('notification_preferences')
    .select(['user_id', 'email'])
    .where('user_id', 'in', [...userIds])
    .where('kind', '=', kind)
    .execute();
  return new Map(rows.map((r) => [r.user_id, r.email]));
}

export async function storedPreferences(db: DbOrTrx, userId: string): Promise<{ kind: string; email: EmailChoice }[]> {
  return db.selectFrom('notification_preferences').select(['kind', 'email']).where('user_id', '=', userId).execute();
}

export async function lockPreferences(trx: Trx, userId: string): Promise<{ kind: string; email: EmailChoice }[]> {
  // One advisory lock per account, not the preference rows: a kind never chosen before has no row, so
  // twenty identical first saves at once would each see "changed" and each audit.
  await sql`select pg_advisory_xact_lock(20261202, hashtext(${`notification-preferences:${userId}`}))`.execute(trx);
  return trx.selectFrom('notification_preferences').select(['kind', 'email']).where('user_id', '=', userId).forUpdate().execute();
}

export async function upsertPreferences(trx: Trx, userId: string, items: { kind: NotificationKind; email: EmailChoice }[]): Promise<void> {
  if (items.length === 0) return;
  await trx
    .insertInto('notification_preferences')
    .values(items.map((i) => ({ user_id: userId, kind: i.kind, email: i.email })))
    .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet({ email: (eb) => eb.ref('excluded.email'), updated_at: sql`now()` }))
    .execute();
}

export async function listForUser(db: DbOrTrx, userId: string, options: { unreadOnly: boolean; limit: number; offset: number }) {
  let query = db.selectFrom('notifications').where('user_id', '=', userId);
  if (options.unreadOnly) query = query.where('read_at', 'is', null);
  const [items, total, unread] = await Promise.all([
    query.select(['id', 'kind', 'title', 'body', 'link', 'created_at', 'read_at']).orderBy('id', 'desc').limit(options.limit).offset(options.offset).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    unreadCount(db, userId),
  ]);
  return { items, total: Number(total.n), unread };
}

export async function unreadCount(db: DbOrTrx, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findNotification(db: DbOrTrx, id: string) {
  return db.selectFrom('notifications').select(['id', 'user_id', 'kind', 'title', 'body', 'link', 'created_at', 'read_at']).where('id', '=', id).executeTakeFirst();
}

/** Marks one entry read (the first reading counts; a repeat leaves `read_at` as it was). */
export async function markRead(trx: Trx, id: string, at: Date): Promise<void> {
  await trx.updateTable('notifications').set({ read_at: at }).where('id', '=', id).where('read_at', 'is', null).execute();
}

export async function markAllRead(trx: Trx, userId: string, at: Date): Promise<number> {
  const result = await trx.updateTable('notifications').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}
