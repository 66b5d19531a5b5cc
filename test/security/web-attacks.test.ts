import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/common/roles.js';
import { buildApp } from '../../src/server/app.js';
import { roleHas } from '../../src/server/auth/permissions.js';
import { parseTrustProxy } from '../../src/server/http/trust-proxy.js';
import { IP_MAX_FAILURES, IP_WINDOW_MS } from '../../src/server/modules/auth/login-throttle.js';
import { ACCOUNT_MAX_FAILURES } from '../../src/server/modules/auth/service.js';
import { SQL_INJECTION } from '../robustness/lib/hostile-strings.js';
import { writeMarker } from '../robustness/lib/write-marker.js';
import { validArb } from '../robustness/lib/json-schema-arbitrary.js';
import { openApiDocument, type RouteModel, resolverFor, routeModels, STATE_CHANGING } from '../robustness/lib/route-model.js';
import type { Agent } from '../helpers/agent.js';
import { buildUser, TEST_PASSWORD } from '../helpers/factories.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';

/**
 * Classic web attacks against every route they apply to: CSRF on every state-changing route,
 * oversized bodies, SQL injection strings, session fixation, brute-force sign-in (per account,
 * per address, and through a spoofed X-Forwarded-For), and the security headers.
 */
const BODY_LIMIT = 4096;
let t: TestApp;
let stateChanging: RouteModel[];
let sampleBody: (route: RouteModel) => string;
const agents = new Map<Role | 'anonymous', Agent>();

beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: String(BODY_LIMIT) });
  const doc = await openApiDocument(t.app);
  stateChanging = routeModels(t.app, doc).filter((r) => STATE_CHANGING.has(r.method));
  const context = { resolve: resolverFor(doc), known: () => [] };
  // A schema-valid body, so only the missing token can be the reason for a refusal.
  sampleBody = (route) => (route.body ? JSON.stringify(fc.sample(validArb(route.body.schema, context), { numRuns: 1, seed: 7 })[0]) : '{}');
  agents.set('anonymous', await t.agent().prime());
  for (const role of ROLES) agents.set(role, (await t.signedIn(role)).agent);
}, 120_000);
afterAll(() => t.close());

/** Someone the permission table lets in, so the request reaches the CSRF check. */
function permittedCaller(route: RouteModel): Agent | undefined {
  if (route.access === 'public') return agents.get('anonymous');
  const role = ROLES.find((r) => route.access === 'signedIn' || roleHas(r, route.access as never));
  return role ? agents.get(role) : undefined;
}

function concreteUrl(url: string): string {
  return url.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
}

/**
 * Sends a request that must write nothing: when the server handed out no transaction id
 * meanwhile nothing was written; otherwise every table's checksum must match.
 */
let baseline: { print: Record<string, string>; marker: string } | null = null;
async function unchanged<T>(label: string, wrong: string[], send: () => Promise<T>): Promise<T> {
  const marker = await writeMarker(t.db);
  if (!baseline || baseline.marker !== marker) baseline = { print: await databaseFingerprint(t.db), marker };
  const response = await send();
  const after = await writeMarker(t.db);
  if (after !== baseline.marker) {
    const print = await databaseFingerprint(t.db);
    const changed = Object.keys(print).filter((table) => baseline!.print[table] !== print[table]);
    if (changed.length > 0) wrong.push(`${label} wrote to ${changed.join(', ')}`);
    baseline = { print, marker: after };
  }
  return response;
}

describe('CSRF on every state-changing route', () => {
  it('knows the state-changing routes', () => {
    expect(stateChanging.length).toBeGreaterThan(5);
  });

  for (const variant of ['missing', 'forged', "another session's"] as const) {
    it(`refuses a ${variant} token with 403 CSRF_TOKEN_INVALID and writes nothing`, { timeout: 180_000 }, async () => {
      const stranger = agents.get('citizen')!;
      const wrong: string[] = [];
      let checked = 0;
      for (const route of stateChanging) {
        const caller = permittedCaller(route);
        if (!caller) continue;
        const token =
          variant === 'forged'
            ? 'forged-token-0123456789abcdefghijklmnopqrstuv'
            : variant === 'missing'
              ? undefined
              : (caller === stranger ? agents.get('evaluator')! : stranger).csrfToken!;
        const response = await unchanged(`${route.method} ${route.url}`, wrong, () =>
          caller.request(route.method as 'POST', concreteUrl(route.url), {
            rawBody: sampleBody(route),
            csrf: false,
            headers: { 'content-type': 'application/json', ...(token ? { 'x-csrf-token': token } : {}) },
          }),
        );
        checked++;
        const code = response.statusCode === 403 ? response.json().error.code : undefined;
        if (code !== 'CSRF_TOKEN_INVALID') wrong.push(`${route.method} ${route.url}: ${response.statusCode} ${response.body.slice(0, 120)}`);
      }
      expect(checked).toBe(stateChanging.length);
      expect(wrong).toEqual([]);
    });
  }
});

describe('oversized bodies', () => {
  it('every state-changing route refuses a body over BODY_LIMIT_BYTES with 413 (or 415 for uploads) and writes nothing', { timeout: 180_000 }, async () => {
    const huge = JSON.stringify({ name: 'x'.repeat(BODY_LIMIT + 10) });
    const wrong: string[] = [];
    for (const route of stateChanging) {
      const caller = permittedCaller(route);
      if (!caller) continue;
      const response = await unchanged(`${route.method} ${route.url}`, wrong, () =>
        caller.request(route.method as 'POST', concreteUrl(route.url), { rawBody: huge, headers: { 'content-type': 'application/json' } }),
      );
      const code = response.statusCode >= 400 ? response.json().error?.code : undefined;
      const ok = (response.statusCode === 413 && code === 'BODY_TOO_LARGE') || (response.statusCode === 415 && route.body === undefined);
      if (!ok) wrong.push(`${route.method} ${route.url}: ${response.statusCode} ${code}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('SQL injection strings', () => {
  it('are stored and read back literally, and search for them finds only them', async () => {
    const admin = agents.get('ministry_admin')!;
    for (const [i, payload] of SQL_INJECTION.entries()) {
      const name = `Dinas ${payload} ${i}`;
      const created = await admin.post('/api/agencies', { name, type: 'lembaga' });
      expect(created.statusCode, created.body).toBe(201);
      const read = await admin.get(`/api/agencies/${created.json().id}`);
      expect(read.json().name).toBe(name);
      const found = await admin.get(`/api/agencies?q=${encodeURIComponent(name)}`);
      expect(found.json().items.map((a: { name: string }) => a.name)).toEqual([name]);
    }
    const tautology = await admin.get(`/api/users?q=${encodeURIComponent("' OR '1'='1")}`);
    expect(tautology.statusCode).toBe(200);
    expect(tautology.json().total).toBe(0);
    // Still all there: nothing was dropped.
    expect(
      Number(
        (
          await t.db
            .selectFrom('users')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBeGreaterThan(5);
  });
});

describe('session fixation', () => {
  it('a session id planted before sign-in is never adopted', async () => {
    const user = await buildUser(t.db, { role: 'evaluator' });
    const victim = await t.agent().prime();
    const planted = 'attacker-chosen-session-value-0123456789';
    const response = await victim.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
      headers: { cookie: `simpul_session=${planted}; simpul_csrf=${victim.csrfToken}` },
    });
    expect(response.statusCode).toBe(200);
    const issued = (response.cookies as { name: string; value: string }[]).find((c) => c.name === 'simpul_session')!.value;
    expect(issued).not.toBe(planted);
    const replay = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `simpul_session=${planted}` } });
    expect(replay.json().user).toBeNull();
  });

  it("an attacker's own session planted in a victim's browser is replaced and ended at the victim's sign-in", async () => {
    const attackerUser = await buildUser(t.db, { role: 'citizen' });
    const attacker = t.agent();
    await attacker.signIn(attackerUser.email, TEST_PASSWORD);
    const attackerCookie = attacker.cookieHeader();
    const victimUser = await buildUser(t.db, { role: 'citizen' });
    const anonymous = (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: attackerCookie } })).json();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: attackerCookie, 'content-type': 'application/json', 'x-csrf-token': anonymous.csrfToken },
      payload: JSON.stringify({ email: victimUser.email, password: TEST_PASSWORD }),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user.email).toBe(victimUser.email);
    expect((await attacker.get('/api/auth/me')).json().user).toBeNull();
  });
});

describe('brute-force sign-in', () => {
  it(`locks an account after ${ACCOUNT_MAX_FAILURES} failures, even against the right password`, async () => {
    const user = await buildUser(t.db);
    const guesser = await t.agent().prime();
    const codes: number[] = [];
    for (let i = 0; i < ACCOUNT_MAX_FAILURES; i++) codes.push((await guesser.signIn(user.email, `tebakan-${i}-salah`)).statusCode);
    expect(codes.slice(0, -1).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    expect((await guesser.signIn(user.email, TEST_PASSWORD)).json().error.code).toBe('LOGIN_LOCKED');
  });

  async function appWithProxyTrust(): Promise<FastifyInstance> {
    const app = await buildApp(t.deps, { trustProxy: parseTrustProxy(t.deps.config.TRUST_PROXY) });
    await app.ready();
    return app;
  }

  async function attempt(app: FastifyInstance, from: string, email: string, password: string, forwardedFor?: string) {
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', remoteAddress: from });
    const csrf = me.json().csrfToken as string;
    return app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: from,
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: `simpul_csrf=${csrf}`, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      payload: JSON.stringify({ email, password }),
    });
  }

  it(`throttles one address after ${IP_MAX_FAILURES} failures across accounts, and a spoofed X-Forwarded-For does not escape it`, async () => {
    const app = await appWithProxyTrust();
    try {
      const user = await buildUser(t.db);
      const attacker = '203.0.113.77';
      for (let i = 0; i < IP_MAX_FAILURES; i++) {
        // A different made-up account each time, and a different claimed client address.
        const response = await attempt(app, attacker, `tidak.ada.${i}@uji.test`, 'salah-sekali-123', `198.51.100.${i + 1}`);
        expect(response.statusCode).toBe(401);
      }
      const blocked = await attempt(app, attacker, user.email, TEST_PASSWORD, '198.51.100.250');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.code).toBe('LOGIN_LOCKED');
      // When to come back: the seconds until the window of the first failure closes.
      const retryAfter = Number(blocked.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(IP_WINDOW_MS / 1000);
      // Another address is not affected.
      expect((await attempt(app, '203.0.113.78', user.email, TEST_PASSWORD)).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('believes X-Forwarded-For only from a proxy on loopback (the default TRUST_PROXY)', async () => {
    const app = await appWithProxyTrust();
    // The throttle table records the address the app believed.
    const viaProxy = await attempt(app, '127.0.0.1', 'tidak.ada.proxy@uji.test', 'salah-sekali-123', '192.0.2.44');
    expect(viaProxy.statusCode).toBe(401);
    const direct = await attempt(app, '192.0.2.99', 'tidak.ada.direct@uji.test', 'salah-sekali-123', '192.0.2.45');
    expect(direct.statusCode).toBe(401);
    const keys = (await t.db.selectFrom('login_throttle').select('key').execute()).map((r) => r.key);
    expect(keys).toContain('ip:192.0.2.44');
    expect(keys).toContain('ip:192.0.2.99');
    expect(keys).not.toContain('ip:192.0.2.45');
    await app.close();
  });
});

describe('security headers', () => {
  let web: FastifyInstance;
  let webDir: string;
  beforeAll(async () => {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-web-'));
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(
      path.join(webDir, 'index.html'),
      '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>',
    );
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js'), 'console.log(1);');
    web = await buildApp(t.deps, { webDir });
    await web.ready();
  });
  afterAll(async () => {
    await web.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  const paths = ['/api/health', '/api/tidak-ada', '/api/users', '/', '/beranda/dalam', '/assets/app.js', `/api/agencies/${'x'.repeat(3000)}`, '/..%2f..%2fetc%2fpasswd'];
  it.each(paths.map((p) => [p.slice(0, 40), p]))('%s carries CSP without inline script, frame-ancestors, nosniff and a referrer policy', async (_label, url) => {
    const response = await web.inject({ method: 'GET', url });
    expect(response.statusCode).toBeLessThan(500);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.body).not.toContain('root:x:0:0');
  });
});
