import type { DbOrTrx, Trx } from '../../db/types.js';

/** The only queries on `password_resets`. Tokens are stored as their SHA-256. */
export async function insertPasswordReset(trx: Trx, row: { tokenHash: string; userId: string; requestedBy: string | null; expiresAt: Date }): Promise<void> {
  await trx
    .insertInto('password_resets')
    .values({ token_hash: row.tokenHash, user_id: row.userId, requested_by: row.requestedBy, expires_at: row.expiresAt, used_at: null })
    .execute();
}

/** A reset token with the account it belongs to, or undefined. */
export function findPasswordReset(db: DbOrTrx, tokenHash: string) {
  return db
    .selectFrom('password_resets as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.token_hash', 'r.expires_at', 'r.used_at', 'r.requested_by', 'u.id as user_id', 'u.email', 'u.name', 'u.active'])
    .where('r.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Uses the token once: false when another request used it first. */
export async function useTokenOnce(trx: Trx, tokenHash: string, now: Date): Promise<boolean> {
  const used = await trx.updateTable('password_resets').set({ used_at: now }).where('token_hash', '=', tokenHash).where('used_at', 'is', null).executeTakeFirst();
  return used.numUpdatedRows > 0n;
}

/** Every other open reset link of the account stops working (a new one, or the password was set). */
export async function closeOpenResets(trx: Trx, userId: string, now: Date): Promise<void> {
  await trx.updateTable('password_resets').set({ used_at: now }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
}

/** An account that now has a password needs no invitation: open ones are withdrawn. */
export async function withdrawOpenInvitations(trx: Trx, userId: string): Promise<void> {
  await trx.deleteFrom('invitations').where('user_id', '=', userId).where('used_at', 'is', null).execute();
}

/** The active account with this e-mail (case-insensitive), or undefined. */
export function findActiveAccountByEmail(db: DbOrTrx, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
    .where('active', '=', true)
    .executeTakeFirst();
}

export async function setPasswordHash(trx: Trx, userId: string, passwordHash: string, now: Date): Promise<void> {
  await trx.updateTable('users').set({ password_hash: passwordHash, password_changed_at: now, updated_at: now }).where('id', '=', userId).execute();
}
