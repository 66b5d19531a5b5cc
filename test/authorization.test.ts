import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../src/common/roles.js';
import { roleHas } from '../src/server/auth/permissions.js';
import { routeCatalog } from '../src/server/http/auth-hooks.js';
import type { Agent } from './helpers/agent.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

/**
 * Walks every API route for anonymous visitors and every role, and checks the outcome against the
 * one permission table: denied → 401 (anonymous) or 403; allowed → anything but an access refusal.
 * Record-level rules (own agency, assignments) are tested in each module.
 */
let t: TestApp;
const agents = new Map<Role | 'anonymous', Agent>();

beforeAll(async () => {
  t = await createTestApp();
  agents.set('anonymous', await t.agent().prime());
  for (const role of ROLES) agents.set(role, (await t.signedIn(role)).agent);
});
afterAll(() => t.close());

function concreteUrl(url: string): string {
  return url.replace(/:(\w+)/g, (_m, name: string) => (/id$/i.test(name) ? '00000000-0000-4000-8000-000000000000' : 'x'));
}

it('knows the routes', () => {
  const routes = routeCatalog.get(t.app) ?? [];
  expect(routes.length).toBeGreaterThan(10);
});

describe.each([...(['anonymous'] as const), ...ROLES])('as %s', (who) => {
  it('every route answers as the permission table says', async () => {
    const agent = agents.get(who)!;
    const failures: string[] = [];
    for (const route of routeCatalog.get(t.app) ?? []) {
      // Signing out would end the walker's own session.
      if (route.url === '/api/auth/logout') continue;
      const response = await agent.request(route.method as 'GET', concreteUrl(route.url), route.method === 'GET' ? {} : { body: {} });
      const allowed = route.access === 'public' || (who !== 'anonymous' && (route.access === 'signedIn' || roleHas(who, route.access)));
      const code = response.statusCode === 401 || response.statusCode === 403 ? response.json().error.code : null;
      const refusedAccess = code === 'UNAUTHENTICATED' || code === 'FORBIDDEN';
      if (allowed && refusedAccess) failures.push(`${route.method} ${route.url}: expected access, got ${response.statusCode} ${code}`);
      if (!allowed) {
        const expected = who === 'anonymous' ? 401 : 403;
        if (response.statusCode !== expected) failures.push(`${route.method} ${route.url}: expected ${expected}, got ${response.statusCode}`);
      }
      if (response.statusCode >= 500) failures.push(`${route.method} ${route.url}: server error ${response.body}`);
    }
    expect(failures).toEqual([]);
  });
});
