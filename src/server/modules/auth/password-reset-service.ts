import { appendAudit, type Actor } from '../../audit/audit-log.js';
import { hashPassword, passwordProblem } from '../../auth/password.js';
import { deleteUserSessions } from '../../auth/session-repository.js';
import { newToken, sha256 } from '../../auth/tokens.js';
import type { Db, Trx } from '../../db/types.js';
import { AppError, errors } from '../../http/errors.js';
import { countHit, secondsUntilWindowCloses } from '../../http/rate-limit.js';
import { notify } from '../notifications/service.js';
import {
  closeOpenResets,
  findActiveAccountByEmail,
  findPasswordReset,
  insertPasswordReset,
  setPasswordHash,
  useTokenOnce,
  withdrawOpenInvitations,
} from './password-reset-repository.js';

/**
 * Password reset by e-mail (issue #20.6), for the owner ("Lupa kata sandi?") and for an
 * administrator resetting an active account (#12.4). Either way the link goes only to the
 * account's own e-mail, through the outbox; the token is single-use, expires after
 * RESET_MINUTES, travels in the URL fragment and is stored only as a SHA-256.
 */
export const RESET_MINUTES = 60;
/** Requests per client address (refused with 429 beyond) and per e-mail (silently not sent beyond). */
export const RESET_REQUESTS_PER_ADDRESS = { max: 10, windowMs: 60 * 60_000 };
export const RESET_REQUESTS_PER_EMAIL = { max: 3, windowMs: 60 * 60_000 };

export const RESET_PATH = '/atur-ulang-sandi';

const invalidToken = () =>
  new AppError(400, 'RESET_TOKEN_INVALID', {
    id: 'Tautan atur ulang kata sandi tidak berlaku, sudah dipakai, atau sudah kedaluwarsa. Minta tautan baru.',
    en: 'The password reset link is invalid, already used or expired. Ask for a new one.',
  });

export function resetLink(publicUrl: string, token: string): string {
  return `${publicUrl}${RESET_PATH}#token=${encodeURIComponent(token)}`;
}

/**
 * Issues a reset link for the account and puts the e-mail in the outbox, in the caller's
 * transaction; earlier open links of the account stop working. `requestedBy` is the administrator
 * who started it (the e-mail says so), null for the owner.
 */
export async function issuePasswordReset(
  trx: Trx,
  actor: Actor,
  account: { id: string; email: string; name: string },
  publicUrl: string,
  requestedBy: string | null,
): Promise<void> {
  const now = new Date();
  const token = newToken();
  await closeOpenResets(trx, account.id, now);
  await insertPasswordReset(trx, { tokenHash: sha256(token), userId: account.id, requestedBy, expiresAt: new Date(now.getTime() + RESET_MINUTES * 60_000) });
  const link = resetLink(publicUrl, token);
  await notify(trx, {
    recipients: [{ userId: account.id }],
    kind: 'account.password_reset',
    params: { name: account.name, resetUrl: link, validMinutes: RESET_MINUTES, byAdministrator: requestedBy !== null },
    publicUrl,
  });
  await appendAudit(trx, actor, {
    action: 'user.password_reset_request',
    entityType: 'user',
    entityId: account.id,
    after: { by: requestedBy ? 'admin' : 'self' },
  });
}

/**
 * The owner's "forgot password". The answer is the same whether or not the e-mail belongs to an
 * account: only the per-address limit refuses (429), and it says nothing about the e-mail.
 */
export async function requestPasswordReset(db: Db, input: { email: string; ip: string; requestId: string; publicUrl: string }): Promise<void> {
  const now = new Date();
  const perAddress = await countHit(db, `reset-ip:${input.ip}`, RESET_REQUESTS_PER_ADDRESS.windowMs, now);
  if (perAddress.count > RESET_REQUESTS_PER_ADDRESS.max) {
    throw errors.tooManyRequests(
      'RATE_LIMITED',
      { id: 'Terlalu banyak permintaan atur ulang kata sandi dari alamat ini; coba lagi nanti.', en: 'Too many password reset requests from this address; try again later.' },
      secondsUntilWindowCloses(perAddress, RESET_REQUESTS_PER_ADDRESS.windowMs, now),
    );
  }
  const perEmail = await countHit(db, `reset-email:${sha256(input.email.trim().toLowerCase())}`, RESET_REQUESTS_PER_EMAIL.windowMs, now);
  if (perEmail.count > RESET_REQUESTS_PER_EMAIL.max) return;
  const account = await findActiveAccountByEmail(db, input.email);
  if (!account) return;
  await db.transaction().execute((trx) => issuePasswordReset(trx, { userId: null, role: null, requestId: input.requestId }, account, input.publicUrl, null));
}

/** Sets the new password with a reset token: once, before it expires; every session of the account ends. */
export async function resetPassword(db: Db, requestId: string, input: { token: string; password: string }): Promise<void> {
  const reset = await findPasswordReset(db, sha256(input.token));
  if (!reset || reset.used_at || new Date(reset.expires_at).getTime() < Date.now() || !reset.active) throw invalidToken();
  const problem = passwordProblem(input.password, reset.email);
  if (problem) throw errors.badRequest('WEAK_PASSWORD', problem);
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (trx) => {
    const now = new Date();
    if (!(await useTokenOnce(trx, reset.token_hash, now))) throw invalidToken();
    await closeOpenResets(trx, reset.user_id, now);
    await withdrawOpenInvitations(trx, reset.user_id);
    await setPasswordHash(trx, reset.user_id, passwordHash, now);
    await deleteUserSessions(trx, reset.user_id);
    await notify(trx, { recipients: [{ userId: reset.user_id }], kind: 'account.password_changed', params: { name: reset.name } });
    await appendAudit(trx, { userId: reset.user_id, role: null, requestId }, { action: 'user.password_reset', entityType: 'user', entityId: reset.user_id });
  });
}
