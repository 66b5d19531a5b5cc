import type { DbOrTrx, Trx } from '../../db/types.js';
import type { AccountPreferences } from './preferences.js';

/**
 * The sign-in module's queries on the account rows (`users`, `invitations`): sign-in lookup,
 * password changes, invitations and preferences. The users module owns the table and its
 * administration; these are the columns only the account itself changes.
 */

/** The account for a sign-in, matched on the lower-cased e-mail, with its agency's name. */
export function findAccountForLogin(db: DbOrTrx, email: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('agencies as a', 'a.id', 'u.agency_id')
    .select(['u.id', 'u.email', 'u.name', 'u.role', 'u.agency_id', 'u.password_hash', 'u.active', 'a.name as agency_name'])
    .where((eb) => eb(eb.fn('lower', ['u.email']), '=', email.trim().toLowerCase()))
    .executeTakeFirst();
}

export async function recordLogin(trx: Trx, userId: string, at: Date): Promise<void> {
  await trx.updateTable('users').set({ last_login_at: at }).where('id', '=', userId).execute();
}

export function findPasswordHolder(db: DbOrTrx, userId: string) {
  return db.selectFrom('users').select(['id', 'email', 'password_hash']).where('id', '=', userId).executeTakeFirstOrThrow();
}

export async function setPassword(trx: Trx, userId: string, passwordHash: string, at: Date): Promise<void> {
  await trx.updateTable('users').set({ password_hash: passwordHash, password_changed_at: at, updated_at: at }).where('id', '=', userId).execute();
}

export function findInvitation(db: DbOrTrx, tokenHash: string) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .select(['i.token_hash', 'i.expires_at', 'i.used_at', 'u.id as user_id', 'u.email', 'u.active', 'u.password_hash'])
    .where('i.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Marks the invitation used: false when another request used it first. */
export async function useInvitationOnce(trx: Trx, tokenHash: string, at: Date): Promise<boolean> {
  const used = await trx.updateTable('invitations').set({ used_at: at }).where('token_hash', '=', tokenHash).where('used_at', 'is', null).executeTakeFirst();
  return used.numUpdatedRows > 0n;
}

/** Sets the first password (and the name, if given): false when the account already has one. */
export async function setFirstPassword(trx: Trx, userId: string, passwordHash: string, name: string | undefined, at: Date): Promise<boolean> {
  const set = await trx
    .updateTable('users')
    .set({ password_hash: passwordHash, password_changed_at: at, updated_at: at, ...(name ? { name } : {}) })
    .where('id', '=', userId)
    .where('password_hash', 'is', null)
    .executeTakeFirst();
  return set.numUpdatedRows > 0n;
}

export async function readPreferenceRow(db: DbOrTrx, userId: string, options: { forUpdate?: boolean } = {}): Promise<AccountPreferences> {
  let query = db.selectFrom('users').select(['time_zone', 'language']).where('id', '=', userId);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirstOrThrow();
  return { timeZone: row.time_zone, language: row.language };
}

export async function writePreferences(trx: Trx, userId: string, preferences: AccountPreferences, at: Date): Promise<void> {
  await trx.updateTable('users').set({ time_zone: preferences.timeZone, language: preferences.language, updated_at: at }).where('id', '=', userId).execute();
}
