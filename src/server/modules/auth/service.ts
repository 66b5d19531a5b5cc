import type { Kysely } from 'kysely';
import { appendAudit, type Actor } from '../../audit/audit-log.js';
import type { AuthUser } from '../../auth/auth-user.js';
import { hashPassword, passwordProblem, verifyPassword } from '../../auth/password.js';
import { createSession, deleteUserSessions, type SessionPolicy } from '../../auth/session-repository.js';
import { sha256 } from '../../auth/tokens.js';
import type { Database } from '../../db/schema.js';
import { AppError, errors } from '../../http/errors.js';
import { accountLockedRefusal, ipThrottleRefusal, recordIpFailure } from './login-throttle.js';

/** After this many consecutive failures an account is locked for LOCK_MINUTES. */
export const ACCOUNT_MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

const invalidCredentials = () =>
  new AppError(401, 'INVALID_CREDENTIALS', {
    id: 'Email atau kata sandi salah.',
    en: 'Wrong e-mail or password.',
  });

export interface LoginResult {
  user: AuthUser;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function login(
  db: Kysely<Database>,
  policy: SessionPolicy,
  input: { email: string; password: string; ip: string; userAgent: string | null; requestId: string },
): Promise<LoginResult> {
  // Both refusals carry `retry-after` with the seconds until the window or the lock ends.
  const throttled = await ipThrottleRefusal(db, input.ip);
  if (throttled) throw throttled;
  const user = await db
    .selectFrom('users as u')
    .leftJoin('agencies as a', 'a.id', 'u.agency_id')
    .select(['u.id', 'u.email', 'u.name', 'u.role', 'u.agency_id', 'u.password_hash', 'u.active', 'u.failed_logins', 'u.locked_until', 'a.name as agency_name'])
    .where((eb) => eb(eb.fn('lower', ['u.email']), '=', input.email.toLowerCase()))
    .executeTakeFirst();

  if (user?.locked_until && new Date(user.locked_until).getTime() > Date.now()) {
    throw accountLockedRefusal(new Date(user.locked_until));
  }
  const ok = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !ok || !user.active) {
    await recordIpFailure(db, input.ip);
    if (user) {
      const failures = user.failed_logins + 1;
      const lockUntil = failures >= ACCOUNT_MAX_FAILURES ? new Date(Date.now() + LOCK_MINUTES * 60_000) : null;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ failed_logins: lockUntil ? 0 : failures, locked_until: lockUntil })
          .where('id', '=', user.id)
          .execute();
        if (lockUntil) {
          await appendAudit(trx, { userId: null, role: null, requestId: input.requestId }, {
            action: 'user.lockout',
            entityType: 'user',
            entityId: user.id,
            after: { lockedUntil: lockUntil.toISOString(), ip: input.ip },
          });
        }
      });
      if (lockUntil) throw accountLockedRefusal(lockUntil);
    }
    throw invalidCredentials();
  }

  // A fresh session id at every sign-in defeats session fixation.
  const session = await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null, last_login_at: new Date() })
      .where('id', '=', user.id)
      .execute();
    return createSession(trx, user.id, policy, { ip: input.ip, userAgent: input.userAgent });
  });
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      agencyId: user.agency_id,
      agencyName: user.agency_name,
    },
    ...session,
  };
}

export async function changePassword(
  db: Kysely<Database>,
  actor: Actor & { userId: string },
  sessionIdHash: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await db.selectFrom('users').select(['id', 'email', 'password_hash']).where('id', '=', actor.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError(400, 'WRONG_CURRENT_PASSWORD', {
      id: 'Kata sandi saat ini salah.',
      en: 'The current password is wrong.',
    });
  }
  const problem = passwordProblem(input.newPassword, user.email);
  if (problem) throw errors.badRequest('WEAK_PASSWORD', problem);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash, password_changed_at: new Date(), updated_at: new Date() }).where('id', '=', user.id).execute();
    // Other devices must sign in again with the new password.
    await deleteUserSessions(trx, user.id, sessionIdHash);
    await appendAudit(trx, actor, { action: 'user.password_change', entityType: 'user', entityId: user.id });
  });
}

export async function acceptInvitation(
  db: Kysely<Database>,
  requestId: string,
  input: { token: string; password: string; name?: string },
): Promise<void> {
  const invitation = await db
    .selectFrom('invitations as i')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .select(['i.token_hash', 'i.expires_at', 'i.used_at', 'u.id as user_id', 'u.email', 'u.active'])
    .where('i.token_hash', '=', sha256(input.token))
    .executeTakeFirst();
  if (!invitation || invitation.used_at || new Date(invitation.expires_at).getTime() < Date.now() || !invitation.active) {
    throw new AppError(400, 'INVITATION_INVALID', {
      id: 'Tautan undangan tidak berlaku atau sudah kedaluwarsa. Minta undangan baru kepada admin.',
      en: 'The invitation link is invalid or has expired. Ask your administrator for a new one.',
    });
  }
  const problem = passwordProblem(input.password, invitation.email);
  if (problem) throw errors.badRequest('WEAK_PASSWORD', problem);
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (trx) => {
    const used = await trx
      .updateTable('invitations')
      .set({ used_at: new Date() })
      .where('token_hash', '=', invitation.token_hash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (used.numUpdatedRows === 0n) throw errors.conflict('INVITATION_INVALID', { id: 'Undangan sudah dipakai.', en: 'The invitation was already used.' });
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, password_changed_at: new Date(), updated_at: new Date(), ...(input.name ? { name: input.name } : {}) })
      .where('id', '=', invitation.user_id)
      .execute();
    await appendAudit(trx, { userId: invitation.user_id, role: null, requestId }, { action: 'user.invitation_accept', entityType: 'user', entityId: invitation.user_id });
  });
}
