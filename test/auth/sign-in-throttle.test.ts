import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { openDatabase } from '../../src/server/db/client.js';
import { ACCOUNT_WIDE_MAX_FAILURES, PAIR_MAX_FAILURES } from '../../src/server/modules/auth/login-throttle.js';
import { buildUser, TEST_PASSWORD } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Issue #12.1 and #12.6: the sign-in limits hold under parallel attempts (one process or two),
 * say nothing about whether an account exists, and a guesser cannot lock the owner out.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function attempt(app: FastifyInstance, ip: string, email: string, password: string, language = 'id'): Promise<LightMyRequestResponse> {
  const me = await app.inject({ method: 'GET', url: '/api/auth/me', remoteAddress: ip });
  const csrf = me.json().csrfToken as string;
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: ip,
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: `simpul_csrf=${csrf}`, 'accept-language': language },
    payload: JSON.stringify({ email, password }),
  });
}

/** Tests that hash many passwords get more time on a busy machine (a limit, not a timing assertion). */
const HEAVY_MS = 120_000;

const statuses = (responses: LightMyRequestResponse[]) => responses.map((r) => r.statusCode);
const count = (codes: number[], code: number) => codes.filter((c) => c === code).length;

describe('parallel wrong passwords', () => {
  it(
    'evaluates at most 5 of 50 concurrent attempts, then refuses even the right password with 429',
    async () => {
      const user = await buildUser(t.db);
      const ip = '198.51.100.10';
      const codes = statuses(await Promise.all(Array.from({ length: 50 }, (_, i) => attempt(t.app, ip, user.email, `salah-paralel-${i}`))));
      // 401 = a password that was checked and was wrong; the checked attempt that uses up the
      // limit answers 429 itself, so at most 4 answer 401 and the rest 429.
      expect(count(codes, 401)).toBeLessThanOrEqual(5);
      expect(count(codes, 200)).toBe(0);
      expect(count(codes, 401) + count(codes, 429)).toBe(50);
      const right = await attempt(t.app, ip, user.email, TEST_PASSWORD);
      expect(right.statusCode).toBe(429);
      expect(right.json().error.code).toBe('LOGIN_LOCKED');
      expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    },
    HEAVY_MS,
  );

  it(
    'holds across two app processes on the same database',
    async () => {
      // On PostgreSQL the second app has its own connection pool, like a second process.
      const second = t.handle.url ? await openDatabase({ url: t.handle.url, poolSize: 5 }) : null;
      const other = await buildApp({ ...t.deps, db: second?.db ?? t.db });
      await other.ready();
      try {
        const user = await buildUser(t.db);
        const ip = '198.51.100.11';
        const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => attempt(i % 2 === 0 ? t.app : other, ip, user.email, `salah-dua-proses-${i}`)));
        const codes = statuses(responses);
        expect(count(codes, 401)).toBeLessThanOrEqual(5);
        expect(count(codes, 200)).toBe(0);
        expect((await attempt(other, ip, user.email, TEST_PASSWORD)).statusCode).toBe(429);
        expect((await attempt(t.app, ip, user.email, TEST_PASSWORD)).statusCode).toBe(429);
      } finally {
        await other.close();
        await second?.close();
      }
    },
    HEAVY_MS,
  );
});

describe('no account enumeration', () => {
  it('answers an unknown e-mail exactly like a known one, lock included', async () => {
    const user = await buildUser(t.db);
    const known: LightMyRequestResponse[] = [];
    const unknown: LightMyRequestResponse[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await attempt(t.app, '198.51.100.20', user.email, `salah-${i}-sandi`, 'en'));
      unknown.push(await attempt(t.app, '198.51.100.21', `tidak.ada.${user.id}@uji.test`, `salah-${i}-sandi`, 'en'));
    }
    expect(statuses(known)).toEqual([401, 401, 401, 401, 429, 429, 429]);
    expect(statuses(unknown)).toEqual(statuses(known));
    for (let i = 0; i < known.length; i++) {
      const a = known[i]!.json().error;
      const b = unknown[i]!.json().error;
      expect(b.code).toBe(a.code);
      expect(b.message).toBe(a.message);
      expect(Object.keys(b.details ?? {}).sort()).toEqual(Object.keys(a.details ?? {}).sort());
      expect(unknown[i]!.headers['retry-after'] === undefined).toBe(known[i]!.headers['retry-after'] === undefined);
    }
    expect(known[4]!.json().error.message).toBe('Too many failed sign-in attempts. Try again in 15 minutes.');
    expect(known[4]!.json().error.message).not.toMatch(/account|akun/i);
  });
});

describe('the owner is not locked out', () => {
  it('lets the owner sign in from their own address while a guesser elsewhere is locked', async () => {
    const user = await buildUser(t.db);
    for (let i = 0; i < 5; i++) await attempt(t.app, '203.0.113.30', user.email, `tebakan-${i}-salah`);
    expect((await attempt(t.app, '203.0.113.30', user.email, TEST_PASSWORD)).statusCode).toBe(429);
    const owner = await attempt(t.app, '203.0.113.31', user.email, TEST_PASSWORD);
    expect(owner.statusCode).toBe(200);
  });

  it('forgives an address its failures once the right password gets through', async () => {
    const user = await buildUser(t.db);
    const ip = '203.0.113.32';
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++) expect((await attempt(t.app, ip, user.email, `typo-${round}-${i}-sandi`)).statusCode).toBe(401);
      expect((await attempt(t.app, ip, user.email, TEST_PASSWORD)).statusCode).toBe(200);
    }
  });

  it(
    'cools the account down across addresses after many failures from many addresses',
    async () => {
      const user = await buildUser(t.db);
      // Ten addresses, five failures each: each address only uses up its own pair, but together
      // they reach the account-wide threshold (50 in an hour).
      for (let a = 0; a < ACCOUNT_WIDE_MAX_FAILURES / PAIR_MAX_FAILURES; a++) {
        const codes = statuses(await Promise.all(Array.from({ length: PAIR_MAX_FAILURES }, (_, i) => attempt(t.app, `192.0.2.${100 + a}`, user.email, `sebar-${a}-${i}-salah`))));
        expect(count(codes, 200)).toBe(0);
      }
      const fresh = await attempt(t.app, '192.0.2.200', user.email, TEST_PASSWORD, 'en');
      expect(fresh.statusCode).toBe(429);
      expect(fresh.json().error.message).toMatch(/^Too many failed sign-in attempts\. Try again in \d+ minutes?\.$/);
      const unknownFresh = await attempt(t.app, '192.0.2.201', `tidak.ada.${user.id}@uji.test`, TEST_PASSWORD, 'en');
      expect(unknownFresh.statusCode).toBe(401);
    },
    HEAVY_MS,
  );
});

describe('sign-in and sign-out are audited', () => {
  it('records auth.login with the address and auth.logout', async () => {
    const user = await buildUser(t.db);
    const signIn = await attempt(t.app, '203.0.113.40', user.email, TEST_PASSWORD);
    expect(signIn.statusCode).toBe(200);
    const cookie = signIn.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const csrf = signIn.json().csrfToken as string;
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-csrf-token': csrf } });
    expect(out.statusCode).toBe(204);
    const rows = await t.db.selectFrom('audit_log').select(['action', 'actor_id', 'after']).where('entity_id', '=', user.id).orderBy('id').execute();
    expect(rows.map((r) => r.action)).toEqual(['auth.login', 'auth.logout']);
    expect(rows[0]!.actor_id).toBe(user.id);
    expect(rows[0]!.after).toMatchObject({ ip: '203.0.113.40' });
  });

  it('does not audit a failed sign-in below the lock', async () => {
    const user = await buildUser(t.db);
    expect((await attempt(t.app, '203.0.113.41', user.email, 'salah-sekali-123')).statusCode).toBe(401);
    const rows = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', user.id).execute();
    expect(rows).toEqual([]);
  });
});
