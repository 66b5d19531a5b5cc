import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IP_MAX_FAILURES, IP_WINDOW_MS } from '../../src/server/modules/auth/login-throttle.js';
import { ACCOUNT_MAX_FAILURES, LOCK_MINUTES } from '../../src/server/modules/auth/service.js';
import { buildUser, TEST_PASSWORD } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sign-in', () => {
  it('signs in, shows the account, rotates the CSRF token and sets a hardened cookie', async () => {
    const user = await buildUser(t.db, { role: 'evaluator' });
    const agent = await t.agent().prime();
    const anonymousToken = agent.csrfToken;
    const response = await agent.signIn(user.email.toUpperCase(), TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(agent.csrfToken).not.toBe(anonymousToken);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/simpul_session=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = (await agent.get('/api/auth/me')).json();
    expect(me.user).toMatchObject({ email: user.email, role: 'evaluator' });
  });

  it('refuses a wrong password with a localized message', async () => {
    const user = await buildUser(t.db);
    const id = await t.agent('id').signIn(user.email, 'salah-sekali-123');
    expect(id.statusCode).toBe(401);
    expect(id.json().error).toEqual({ code: 'INVALID_CREDENTIALS', message: 'Email atau kata sandi salah.' });
    const en = await t.agent('en-US,en;q=0.9').signIn(user.email, 'wrong-password-123');
    expect(en.json().error.message).toBe('Wrong e-mail or password.');
  });

  it('refuses an unknown e-mail exactly like a wrong password', async () => {
    const response = await t.agent().signIn('tidak.ada@uji.test', 'whatever-123456');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses a deactivated account', async () => {
    const user = await buildUser(t.db, { active: false });
    expect((await t.agent().signIn(user.email, TEST_PASSWORD)).statusCode).toBe(401);
  });

  it('locks an account after repeated failures, even for the right password, and audits it', async () => {
    const user = await buildUser(t.db);
    const agent = await t.agent().prime();
    for (let i = 0; i < ACCOUNT_MAX_FAILURES - 1; i++) {
      expect((await agent.signIn(user.email, `wrong-${i}-password`)).statusCode).toBe(401);
    }
    const locking = await agent.signIn(user.email, 'wrong-last-password');
    expect(locking.statusCode).toBe(429);
    expect(locking.json().error.code).toBe('LOGIN_LOCKED');
    // The lock's whole length, in seconds, and in minutes in the message.
    const lockSeconds = Number(locking.headers['retry-after']);
    expect(lockSeconds).toBeGreaterThan(LOCK_MINUTES * 60 - 30);
    expect(lockSeconds).toBeLessThanOrEqual(LOCK_MINUTES * 60);
    expect(locking.json().error.details.retryAfterSeconds).toBe(lockSeconds);
    expect(locking.json().error.message).toContain(`Coba lagi dalam ${LOCK_MINUTES} menit`);
    const right = await agent.signIn(user.email, TEST_PASSWORD);
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(right.headers['retry-after'])).toBeLessThanOrEqual(lockSeconds);
    const english = await t.agent('en').signIn(user.email, TEST_PASSWORD);
    expect(english.json().error.message).toContain(`Try again in ${LOCK_MINUTES} minutes`);
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', user.id).execute();
    expect(audit.map((a) => a.action)).toContain('user.lockout');
  });

  it('tells an address that used up its failures when the window closes (retry-after)', async () => {
    const ip = '192.0.2.61';
    // 30 failures, the first ten minutes ago: the 15-minute window closes in five minutes.
    await t.db
      .insertInto('login_throttle')
      .values({ key: `ip:${ip}`, failures: IP_MAX_FAILURES, window_started_at: new Date(Date.now() - 10 * 60_000) })
      .execute();
    const user = await buildUser(t.db);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', remoteAddress: ip });
    const csrf = me.json().csrfToken as string;
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: ip,
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: `simpul_csrf=${csrf}`, 'accept-language': 'en' },
      payload: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
    });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('LOGIN_LOCKED');
    const seconds = Number(refused.headers['retry-after']);
    expect(seconds).toBeGreaterThan(IP_WINDOW_MS / 1000 - 10 * 60 - 30);
    expect(seconds).toBeLessThanOrEqual(IP_WINDOW_MS / 1000 - 10 * 60);
    expect(refused.json().error.message).toBe('Too many sign-in attempts from this address. Try again in 5 minutes.');
  });

  it('requires the CSRF token for sign-in (double submit)', async () => {
    const user = await buildUser(t.db);
    const agent = await t.agent().prime();
    const response = await agent.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD }, { csrf: false });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF_TOKEN_INVALID');
    const forged = await agent.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD }, { csrf: false, headers: { 'x-csrf-token': 'forged-token-value' } });
    expect(forged.statusCode).toBe(403);
  });
});

describe('sessions', () => {
  it('gives a new session id at sign-in (no fixation) and logout ends it', async () => {
    const { agent } = await t.signedIn('citizen');
    const before = agent.cookieHeader();
    const user = await buildUser(t.db);
    await agent.signIn(user.email, TEST_PASSWORD);
    expect(agent.cookieHeader()).not.toBe(before);
    const stolen = agent.cookieHeader();
    expect((await agent.post('/api/auth/logout')).statusCode).toBe(204);
    const replay = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: stolen } });
    expect(replay.json().user).toBeNull();
  });

  it('treats an expired session as signed out', async () => {
    const { agent, user } = await t.signedIn('evaluator');
    await t.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', user.id)
      .execute();
    const me = (await agent.get('/api/auth/me')).json();
    expect(me.user).toBeNull();
    const response = await agent.get('/api/agencies');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('signs out on idle timeout', async () => {
    const { agent, user } = await t.signedIn('evaluator');
    await t.db
      .updateTable('sessions')
      .set({ last_seen_at: sql<Date>`now() - interval '2 days'` })
      .where('user_id', '=', user.id)
      .execute();
    expect((await agent.get('/api/agencies')).statusCode).toBe(401);
  });

  it('refuses a state change with a missing or stale CSRF token', async () => {
    const { agent } = await t.signedIn('ministry_admin');
    const missing = await agent.post('/api/agencies', { name: 'Dinas Uji CSRF', type: 'lembaga' }, { csrf: false });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('CSRF_TOKEN_INVALID');
    expect(await t.db.selectFrom('agencies').select('id').where('name', '=', 'Dinas Uji CSRF').executeTakeFirst()).toBeUndefined();
  });
});

describe('password change', () => {
  it('changes the password, keeps this session and ends the others', async () => {
    const user = await buildUser(t.db, { role: 'mentor' });
    const laptop = t.agent();
    await laptop.signIn(user.email, TEST_PASSWORD);
    const phone = t.agent();
    await phone.signIn(user.email, TEST_PASSWORD);
    const weak = await laptop.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('WEAK_PASSWORD');
    const wrong = await laptop.post('/api/auth/password', { currentPassword: 'not-the-password', newPassword: 'Sandi-Baru-yang-Kuat-9' });
    expect(wrong.json().error.code).toBe('WRONG_CURRENT_PASSWORD');
    const ok = await laptop.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Sandi-Baru-yang-Kuat-9' });
    expect(ok.statusCode).toBe(204);
    expect((await laptop.get('/api/auth/me')).json().user).not.toBeNull();
    expect((await phone.get('/api/auth/me')).json().user).toBeNull();
    expect((await t.agent().signIn(user.email, 'Sandi-Baru-yang-Kuat-9')).statusCode).toBe(200);
  });
});

describe('invitations', () => {
  it('lets an invited user set a password once', async () => {
    const { agent: admin } = await t.signedIn('ministry_admin');
    const created = await admin.post('/api/users', { email: 'baru@uji.test', name: 'Pengguna Baru', role: 'panelist' });
    expect(created.statusCode).toBe(201);
    const { inviteToken, user } = created.json();
    expect(user.invited).toBe(true);
    const outbox = await t.db.selectFrom('outbox').selectAll().where('recipient', '=', 'baru@uji.test').execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.body).toContain(encodeURIComponent(inviteToken));

    const guest = await t.agent().prime();
    expect((await guest.post('/api/auth/invite/accept', { token: inviteToken, password: 'Panel-Independen-2026' })).statusCode).toBe(204);
    expect((await guest.post('/api/auth/invite/accept', { token: inviteToken, password: 'Panel-Independen-2026' })).json().error.code).toBe('INVITATION_INVALID');
    expect((await t.agent().signIn('baru@uji.test', 'Panel-Independen-2026')).statusCode).toBe(200);
  });
});

describe('session housekeeping', () => {
  it('purges expired and idle sessions but keeps live ones', async () => {
    const { purgeExpiredSessions } = await import('../../src/server/auth/session-cleanup.js');
    const live = await t.signedIn('citizen');
    const expired = await t.signedIn('citizen');
    await t.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', expired.user.id)
      .execute();
    const purged = await purgeExpiredSessions(t.db, { idleMinutes: 480, absoluteHours: 168 });
    expect(purged).toBeGreaterThanOrEqual(1);
    expect((await live.agent.get('/api/auth/me')).json().user).not.toBeNull();
    expect(await t.db.selectFrom('sessions').select('id_hash').where('user_id', '=', expired.user.id).execute()).toEqual([]);
  });
});
