import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESET_REQUESTS_PER_ADDRESS, RESET_REQUESTS_PER_EMAIL } from '../../src/server/modules/auth/password-reset-service.js';
import { sha256 } from '../../src/server/auth/tokens.js';
import type { Agent } from '../helpers/agent.js';
import { buildAgency, buildUser, TEST_PASSWORD } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Issue #12.4 (no takeover by re-invitation; an administrator's reset goes to the owner's e-mail)
 * and #20.6 (self-service reset: single-use, expiring, no enumeration, sessions revoked, audited).
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const NEW_PASSWORD = 'Sandi-Baru-Pulih-2026';

async function mailsTo(email: string) {
  return t.db.selectFrom('outbox').select(['subject', 'body']).where('recipient', '=', email).orderBy('id').execute();
}

/** The token of the last reset link e-mailed to `email`. */
async function lastResetToken(email: string): Promise<string> {
  const mails = (await mailsTo(email)).filter((m) => m.body.includes('/atur-ulang-sandi#token='));
  const match = /\/atur-ulang-sandi#token=([A-Za-z0-9_-]+)/.exec(mails.at(-1)?.body ?? '');
  if (!match) throw new Error(`no reset link e-mailed to ${email}`);
  return decodeURIComponent(match[1]!);
}

async function actionsOn(userId: string) {
  return await t.db.selectFrom('audit_log').select(['action', 'actor_id']).where('entity_id', '=', userId).orderBy('id').execute();
}

async function anonymous(ip: string) {
  const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', remoteAddress: ip });
  const csrf = me.json().csrfToken as string;
  return (url: string, body: unknown) =>
    t.app.inject({
      method: 'POST',
      url,
      remoteAddress: ip,
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: `simpul_csrf=${csrf}` },
      payload: JSON.stringify(body),
    });
}

describe('re-invitation cannot take over an account (#12.4)', () => {
  it('refuses to re-invite an account that has a password, and returns no token', async () => {
    const { agent: localAdmin, user: admin } = await t.signedIn('agency_admin');
    const victim = await buildUser(t.db, { role: 'agency_operator', agencyId: admin.agency_id });
    const reinvite = await localAdmin.post(`/api/users/${victim.id}/invite`);
    expect(reinvite.statusCode).toBe(409);
    expect(reinvite.json().error.code).toBe('ACCOUNT_HAS_PASSWORD');
    expect(reinvite.body).not.toMatch(/token/i);
    expect(await t.db.selectFrom('invitations').select('token_hash').where('user_id', '=', victim.id).execute()).toEqual([]);
    // The victim still signs in with their own password.
    expect((await t.agent().signIn(victim.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses the same to the ministry', async () => {
    const { agent: ministry } = await t.signedIn('ministry_admin');
    const victim = await buildUser(t.db, { role: 'evaluator' });
    expect((await ministry.post(`/api/users/${victim.id}/invite`)).statusCode).toBe(409);
  });

  it('still re-invites an account that never set a password', async () => {
    const { agent: ministry } = await t.signedIn('ministry_admin');
    const invited = await buildUser(t.db, { role: 'panelist', password: null });
    const reinvite = await ministry.post(`/api/users/${invited.id}/invite`);
    expect(reinvite.statusCode).toBe(200);
    expect(reinvite.json().inviteUrl).toMatch(/\/undangan#token=/);
    expect(reinvite.json().inviteUrl).not.toContain('?token=');
  });

  it('does not let an invitation issued earlier set the password of an account that now has one', async () => {
    const user = await buildUser(t.db, { role: 'mentor' });
    const token = 'undangan-lama-yang-masih-terbuka-123';
    await t.db
      .insertInto('invitations')
      .values({ token_hash: sha256(token), user_id: user.id, expires_at: new Date(Date.now() + 86_400_000), used_at: null })
      .execute();
    const guest = await t.agent().prime();
    const accepted = await guest.post('/api/auth/invite/accept', { token, password: 'Pengambil-Alih-2026' });
    expect(accepted.statusCode).toBe(400);
    expect(accepted.json().error.code).toBe('INVITATION_INVALID');
    expect((await t.agent().signIn(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    expect((await t.agent().signIn(user.email, 'Pengambil-Alih-2026')).statusCode).toBe(401);
  });
});

describe("an administrator's reset of an active account (#12.4)", () => {
  it('ends its sessions, e-mails the link to the owner only, and is audited', async () => {
    const { agent: ministry, user: admin } = await t.signedIn('ministry_admin');
    const owner = await buildUser(t.db, { role: 'evaluator' });
    const laptop = t.agent();
    expect((await laptop.signIn(owner.email, TEST_PASSWORD)).statusCode).toBe(200);

    const reset = await ministry.post(`/api/users/${owner.id}/password-reset`);
    expect(reset.statusCode).toBe(202);
    expect(reset.json().user.id).toBe(owner.id);
    expect(reset.body).not.toMatch(/token|atur-ulang-sandi/i);
    // The owner's sessions ended at once.
    expect((await laptop.get('/api/auth/me')).json().user).toBeNull();
    // Only the owner's mailbox received the link; the mail says an administrator started it.
    const mails = await mailsTo(owner.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toContain('administrator');
    expect(await t.db.selectFrom('outbox').select('id').where('recipient', '=', admin.email).execute()).toEqual([]);
    expect(await actionsOn(owner.id)).toContainEqual({ action: 'user.password_reset_request', actor_id: admin.id });

    const guest = await anonymous('198.51.100.70');
    expect((await guest('/api/auth/password-reset', { token: await lastResetToken(owner.email), password: NEW_PASSWORD })).statusCode).toBe(204);
    expect((await t.agent().signIn(owner.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it("is hidden from an Admin Lokal for another agency's account, and refused for an invited one", async () => {
    const { agent: localAdmin, user: admin } = await t.signedIn('agency_admin');
    const elsewhere = await buildUser(t.db, { role: 'agency_operator', agencyId: (await buildAgency(t.db)).id });
    expect((await localAdmin.post(`/api/users/${elsewhere.id}/password-reset`)).statusCode).toBe(404);
    const invited = await buildUser(t.db, { role: 'agency_operator', agencyId: admin.agency_id, password: null });
    const refused = await localAdmin.post(`/api/users/${invited.id}/password-reset`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('ACCOUNT_NOT_ACTIVATED');
    expect(await mailsTo(elsewhere.email)).toEqual([]);
  });
});

describe('self-service password reset (#20.6)', () => {
  it('answers known and unknown e-mails alike, and mails only the account', async () => {
    const owner = await buildUser(t.db);
    const post = await anonymous('198.51.100.80');
    const known = await post('/api/auth/password-reset/request', { email: owner.email.toUpperCase() });
    const unknown = await post('/api/auth/password-reset/request', { email: `tidak.ada.${owner.id}@uji.test` });
    expect(known.statusCode).toBe(204);
    expect(unknown.statusCode).toBe(204);
    expect(unknown.body).toBe(known.body);
    expect(await mailsTo(owner.email)).toHaveLength(1);
    expect(await mailsTo(`tidak.ada.${owner.id}@uji.test`)).toEqual([]);
  });

  it('sets the new password once, ends every session, and is audited', async () => {
    const owner = await buildUser(t.db);
    const devices: Agent[] = [t.agent(), t.agent()];
    for (const device of devices) expect((await device.signIn(owner.email, TEST_PASSWORD)).statusCode).toBe(200);
    const post = await anonymous('198.51.100.81');
    await post('/api/auth/password-reset/request', { email: owner.email });
    const token = await lastResetToken(owner.email);

    const weak = await post('/api/auth/password-reset', { token, password: 'pendek' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('WEAK_PASSWORD');

    expect((await post('/api/auth/password-reset', { token, password: NEW_PASSWORD })).statusCode).toBe(204);
    for (const device of devices) expect((await device.get('/api/auth/me')).json().user).toBeNull();
    expect((await t.agent().signIn(owner.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await t.agent().signIn(owner.email, NEW_PASSWORD)).statusCode).toBe(200);

    const again = await post('/api/auth/password-reset', { token, password: 'Sandi-Ketiga-Lagi-2026' });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('RESET_TOKEN_INVALID');
    const actions = (await actionsOn(owner.id)).map((a) => a.action);
    expect(actions).toContain('user.password_reset_request');
    expect(actions).toContain('user.password_reset');
    // The owner is told the password changed.
    expect((await mailsTo(owner.email)).at(-1)!.subject).toContain('diubah');
  });

  it('refuses an expired link, and an older link once a newer one was sent', async () => {
    const owner = await buildUser(t.db);
    const post = await anonymous('198.51.100.82');
    await post('/api/auth/password-reset/request', { email: owner.email });
    const first = await lastResetToken(owner.email);
    await post('/api/auth/password-reset/request', { email: owner.email });
    const second = await lastResetToken(owner.email);
    expect((await post('/api/auth/password-reset', { token: first, password: NEW_PASSWORD })).json().error.code).toBe('RESET_TOKEN_INVALID');
    await t.db
      .updateTable('password_resets')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('token_hash', '=', sha256(second))
      .execute();
    expect((await post('/api/auth/password-reset', { token: second, password: NEW_PASSWORD })).json().error.code).toBe('RESET_TOKEN_INVALID');
    expect((await t.agent().signIn(owner.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('is rate-limited per e-mail (silently) and per address (429)', async () => {
    const owner = await buildUser(t.db);
    const post = await anonymous('198.51.100.83');
    for (let i = 0; i < RESET_REQUESTS_PER_EMAIL.max + 2; i++) expect((await post('/api/auth/password-reset/request', { email: owner.email })).statusCode).toBe(204);
    expect(await mailsTo(owner.email)).toHaveLength(RESET_REQUESTS_PER_EMAIL.max);
    const codes: number[] = [];
    for (let i = 0; i < RESET_REQUESTS_PER_ADDRESS.max; i++) codes.push((await post('/api/auth/password-reset/request', { email: `lain.${i}@uji.test` })).statusCode);
    expect(codes.at(-1)).toBe(429);
    expect(codes.filter((c) => c === 204)).toHaveLength(RESET_REQUESTS_PER_ADDRESS.max - RESET_REQUESTS_PER_EMAIL.max - 2);
  });
});
