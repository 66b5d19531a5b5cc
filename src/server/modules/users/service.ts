import type { Kysely } from 'kysely';
import { type Role, roleRequiresAgency } from '../../../common/roles.js';
import { appendAudit, type Actor } from '../../audit/audit-log.js';
import type { AuthUser } from '../../auth/auth-user.js';
import { deleteUserSessions } from '../../auth/session-repository.js';
import { newToken, sha256 } from '../../auth/tokens.js';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { pageBounds } from '../../http/pagination.js';
import { findAgency } from '../agencies/service.js';
import { issuePasswordReset } from '../auth/password-reset-service.js';
import { notify } from '../notifications/service.js';
import { canManageUser, changesOwnAccess, userListScope } from './policy.js';
import { deleteOpenInvitations, emailTaken, findUserView, insertInvitation, insertUser, listUsers, lockUserWithoutPassword, updateUserRow, type UserFilter } from './repository.js';
import type { UserView } from './schemas.js';

const INVITATION_DAYS = 7;
const USER = { id: 'Pengguna', en: 'User' };

export interface UsersContext {
  db: Kysely<Database>;
  actor: Actor;
  user: AuthUser;
  publicUrl: string;
}

/** Read model for other modules: an account's display name, or undefined for an unknown id. */
export async function userName(db: Kysely<Database>, id: string): Promise<string | undefined> {
  return (await findUserView(db, id))?.name;
}

export async function listUsersFor(
  ctx: UsersContext,
  query: Omit<UserFilter, 'limit' | 'offset'> & { page: number; pageSize: number },
): Promise<{ items: UserView[]; total: number }> {
  const scope = userListScope(ctx.user);
  if (scope === 'none') throw errors.forbidden();
  const { limit, offset } = pageBounds(query.page, query.pageSize);
  return listUsers(ctx.db, { ...query, agencyId: scope ?? query.agencyId, limit, offset });
}

async function checkAgencyRule(db: Kysely<Database>, role: Role, agencyId: string | null): Promise<void> {
  if (roleRequiresAgency(role) && !agencyId) {
    throw errors.validation({ id: 'Peran yang dipilih wajib terhubung ke instansi.', en: 'The chosen role must belong to an agency.' }, { fields: [{ field: 'agencyId' }] });
  }
  if (agencyId) {
    const agency = await findAgency(db, agencyId);
    if (!agency) throw errors.validation({ id: 'Instansi tidak dikenal.', en: 'Unknown agency.' }, { fields: [{ field: 'agencyId' }] });
    if (!agency.active) throw errors.validation({ id: 'Instansi sudah dinonaktifkan.', en: 'The agency is deactivated.' }, { fields: [{ field: 'agencyId' }] });
  }
}

async function issueInvitation(ctx: UsersContext, trx: Kysely<Database>, user: { id: string; email: string; name: string }) {
  const token = newToken();
  await insertInvitation(trx, { tokenHash: sha256(token), userId: user.id, expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000) });
  // The token rides in the fragment: browsers never send it to a server, so it stays out of logs.
  const inviteUrl = `${ctx.publicUrl}/undangan#token=${encodeURIComponent(token)}`;
  return { token, inviteUrl };
}

/** Creates an account without a password and sends an invitation to set one. */
export async function createUser(
  ctx: UsersContext,
  input: { email: string; name: string; role: Role; agencyId?: string | null },
): Promise<{ user: UserView; inviteToken: string; inviteUrl: string }> {
  const agencyId = input.agencyId ?? null;
  if (!canManageUser(ctx.user, { role: input.role, agencyId })) throw errors.forbidden();
  await checkAgencyRule(ctx.db, input.role, agencyId);
  if (await emailTaken(ctx.db, input.email)) {
    throw errors.conflict('EMAIL_TAKEN', { id: 'Alamat surel sudah terdaftar.', en: 'This e-mail address is already registered.' }, { fields: [{ field: 'email' }] });
  }
  const { id, invite } = await ctx.db.transaction().execute(async (trx) => {
    const created = await insertUser(trx, { email: input.email.trim(), name: input.name, role: input.role, agencyId });
    const invite = await issueInvitation(ctx, trx, created);
    await notify(trx, {
      recipients: [{ userId: created.id }],
      kind: 'account.invitation',
      params: { name: created.name, role: input.role, inviteUrl: invite.inviteUrl, validDays: INVITATION_DAYS },
      publicUrl: ctx.publicUrl,
    });
    await appendAudit(trx, ctx.actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: created.id,
      after: { email: created.email, name: created.name, role: input.role, agencyId },
    });
    return { id: created.id, invite };
  });
  const user = await findUserView(ctx.db, id);
  return { user: user!, inviteToken: invite.token, inviteUrl: invite.inviteUrl };
}

/**
 * A fresh invitation link — only for an account that has never set a password. For an account
 * that has one, an invitation would hand whoever asks a way to take it over: that is a password
 * reset, sent to the account's own e-mail (`resetUserPassword`).
 */
export async function reinviteUser(ctx: UsersContext, id: string): Promise<{ user: UserView; inviteToken: string; inviteUrl: string }> {
  const existing = await findUserView(ctx.db, id);
  if (!existing || !canManageUser(ctx.user, existing)) throw errors.notFound(USER);
  if (!existing.invited) throw accountHasPassword();
  const invite = await ctx.db.transaction().execute(async (trx) => {
    // Checked again under the row lock: the account may have set its password meanwhile.
    if (!(await lockUserWithoutPassword(trx, id))) throw accountHasPassword();
    await deleteOpenInvitations(trx, id);
    const invite = await issueInvitation(ctx, trx, existing);
    await notify(trx, {
      recipients: [{ userId: id }],
      kind: 'account.invitation',
      params: { name: existing.name, role: existing.role, inviteUrl: invite.inviteUrl, validDays: INVITATION_DAYS, short: true },
      publicUrl: ctx.publicUrl,
    });
    await appendAudit(trx, ctx.actor, { action: 'user.reinvite', entityType: 'user', entityId: id });
    return invite;
  });
  return { user: existing, inviteToken: invite.token, inviteUrl: invite.inviteUrl };
}

const accountHasPassword = () =>
  errors.conflict('ACCOUNT_HAS_PASSWORD', {
    id: 'Akun ini sudah memiliki kata sandi, jadi tidak dapat diundang ulang. Gunakan "Atur ulang kata sandi": tautannya dikirim ke surel pemilik akun.',
    en: 'This account already has a password, so it cannot be re-invited. Use "Reset password": the link is sent to the account owner\'s e-mail.',
  });

/**
 * Resets the password of an account that has one: its sessions end now, and a single-use link
 * goes to the account's own e-mail (never to the administrator). Audited; the e-mail tells the
 * owner an administrator started it.
 */
export async function resetUserPassword(ctx: UsersContext, id: string): Promise<{ user: UserView }> {
  const existing = await findUserView(ctx.db, id);
  if (!existing || !canManageUser(ctx.user, existing)) throw errors.notFound(USER);
  if (existing.invited) {
    throw errors.conflict('ACCOUNT_NOT_ACTIVATED', {
      id: 'Akun ini belum pernah membuat kata sandi. Kirim undangan ulang.',
      en: 'This account has never set a password. Send a new invitation instead.',
    });
  }
  if (!existing.active) {
    throw errors.conflict('ACCOUNT_INACTIVE', { id: 'Akun ini nonaktif. Aktifkan dulu.', en: 'This account is deactivated. Reactivate it first.' });
  }
  await ctx.db.transaction().execute(async (trx) => {
    await deleteUserSessions(trx, id);
    await issuePasswordReset(trx, ctx.actor, existing, ctx.publicUrl, ctx.user.id);
  });
  return { user: (await findUserView(ctx.db, id))! };
}

export async function updateUser(ctx: UsersContext, id: string, patch: { name?: string; role?: Role; agencyId?: string | null; active?: boolean }): Promise<UserView> {
  const existing = await findUserView(ctx.db, id);
  // Someone who may not manage the account does not learn that it exists.
  if (!existing || !canManageUser(ctx.user, existing)) throw errors.notFound(USER);
  const next = { role: patch.role ?? existing.role, agencyId: patch.agencyId === undefined ? existing.agencyId : patch.agencyId };
  if (!canManageUser(ctx.user, next)) throw errors.forbidden();
  if (changesOwnAccess(ctx.user, id, existing, patch)) {
    throw errors.badRequest('CANNOT_CHANGE_SELF', {
      id: 'Anda tidak dapat menonaktifkan atau mengubah peran akun sendiri.',
      en: 'You cannot deactivate your own account or change your own role.',
    });
  }
  if (patch.role !== undefined || patch.agencyId !== undefined) await checkAgencyRule(ctx.db, next.role, next.agencyId);
  await ctx.db.transaction().execute(async (trx) => {
    await updateUserRow(trx, id, patch);
    // A deactivated account, or one whose powers changed, loses its open sessions at once.
    if (patch.active === false || patch.role !== undefined || patch.agencyId !== undefined) await deleteUserSessions(trx, id);
    await appendAudit(trx, ctx.actor, {
      action: patch.active === false ? 'user.deactivate' : patch.active === true ? 'user.reactivate' : 'user.update',
      entityType: 'user',
      entityId: id,
      before: { name: existing.name, role: existing.role, agencyId: existing.agencyId, active: existing.active },
      after: patch,
    });
  });
  return (await findUserView(ctx.db, id))!;
}
