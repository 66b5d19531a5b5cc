import type { Kysely } from 'kysely';
import { appendAudit, type Actor } from '../../audit/audit-log.js';
import type { AuthUser } from '../../auth/auth-user.js';
import { hashPassword, passwordProblem, verifyPassword } from '../../auth/password.js';
import { createSession, deleteSession, deleteUserSessions, type SessionPolicy } from '../../auth/session-repository.js';
import { sha256 } from '../../auth/tokens.js';
import type { Database } from '../../db/schema.js';
import { AppError, errors } from '../../http/errors.js';
import { findAccountForLogin, findInvitation, findPasswordHolder, recordLogin, setFirstPassword, setPassword, useInvitationOnce } from './account-repository.js';
import { exhaustedBy, PAIR_MAX_FAILURES, PAIR_WINDOW_MS, releaseAttempt, reserveAttempt, throttleRefusal } from './login-throttle.js';

/** After this many failures from one address an account is refused there for LOCK_MINUTES (`login-throttle.ts`). */
export const ACCOUNT_MAX_FAILURES = PAIR_MAX_FAILURES;
export const LOCK_MINUTES = PAIR_WINDOW_MS / 60_000;

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

/**
 * Every attempt is counted before the password is checked (`reserveAttempt`), so parallel
 * attempts cannot outrun the limits. Known and unknown e-mails take the same path: the same
 * counters, the same password-hashing work, the same answers.
 */
export async function login(
  db: Kysely<Database>,
  policy: SessionPolicy,
  input: { email: string; password: string; ip: string; userAgent: string | null; requestId: string },
): Promise<LoginResult> {
  const reservation = await reserveAttempt(db, input.email, input.ip);
  const user = await findAccountForLogin(db, input.email);

  const ok = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !ok || !user.active) {
    const exhausted = exhaustedBy(reservation);
    if (!exhausted) throw invalidCredentials();
    if (user) {
      await db.transaction().execute(async (trx) => {
        await appendAudit(
          trx,
          { userId: null, role: null, requestId: input.requestId },
          {
            action: 'user.lockout',
            entityType: 'user',
            entityId: user.id,
            after: { scope: exhausted.scope, ip: input.ip, until: new Date(Date.now() + exhausted.seconds * 1000).toISOString() },
          },
        );
      });
    }
    throw throttleRefusal(exhausted.scope, exhausted.seconds);
  }

  // A fresh session id at every sign-in defeats session fixation.
  const session = await db.transaction().execute(async (trx) => {
    await recordLogin(trx, user.id, new Date());
    await appendAudit(
      trx,
      { userId: user.id, role: user.role, requestId: input.requestId },
      {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        after: { ip: input.ip },
      },
    );
    return createSession(trx, user.id, policy, { ip: input.ip, userAgent: input.userAgent });
  });
  // After the commit, not inside it: the address's counter row is shared by everyone behind one
  // address and must not stay locked while the audit chain serialises sign-ins.
  await releaseAttempt(db, reservation);
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

/** Ends one session; audited as the account's sign-out. */
export async function logout(db: Kysely<Database>, actor: Actor & { userId: string }, sessionIdHash: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, sessionIdHash);
    await appendAudit(trx, actor, { action: 'auth.logout', entityType: 'user', entityId: actor.userId });
  });
}

export async function changePassword(
  db: Kysely<Database>,
  actor: Actor & { userId: string },
  sessionIdHash: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await findPasswordHolder(db, actor.userId);
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
    await setPassword(trx, user.id, passwordHash, new Date());
    // Other devices must sign in again with the new password.
    await deleteUserSessions(trx, user.id, sessionIdHash);
    await appendAudit(trx, actor, { action: 'user.password_change', entityType: 'user', entityId: user.id });
  });
}

const invitationInvalid = () =>
  new AppError(400, 'INVITATION_INVALID', {
    id: 'Tautan undangan tidak berlaku atau sudah kedaluwarsa. Minta undangan baru kepada admin.',
    en: 'The invitation link is invalid or has expired. Ask your administrator for a new one.',
  });

export async function acceptInvitation(db: Kysely<Database>, requestId: string, input: { token: string; password: string; name?: string }): Promise<void> {
  const invitation = await findInvitation(db, sha256(input.token));
  // An invitation only ever sets the first password: an account that has one is not taken over by it.
  if (!invitation || invitation.used_at || new Date(invitation.expires_at).getTime() < Date.now() || !invitation.active || invitation.password_hash !== null) {
    throw invitationInvalid();
  }
  const problem = passwordProblem(input.password, invitation.email);
  if (problem) throw errors.badRequest('WEAK_PASSWORD', problem);
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (trx) => {
    if (!(await useInvitationOnce(trx, invitation.token_hash, new Date())))
      throw errors.conflict('INVITATION_INVALID', { id: 'Undangan sudah dipakai.', en: 'The invitation was already used.' });
    if (!(await setFirstPassword(trx, invitation.user_id, passwordHash, input.name, new Date()))) throw invitationInvalid();
    await appendAudit(trx, { userId: invitation.user_id, role: null, requestId }, { action: 'user.invitation_accept', entityType: 'user', entityId: invitation.user_id });
  });
}
