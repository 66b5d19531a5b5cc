import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/common/roles.js';
import { routeCatalog } from '../../src/server/http/auth-hooks.js';
import type { Agent } from '../helpers/agent.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { buildMatrix, EVERYONE, type MatrixRow, type Outcome, routeKey, type Who } from './lib/matrix.js';
import { AGENCY_MEMBER_ROLES, RECORD_PROBES, type Where } from './lib/record-probes.js';

/**
 * Checks every cell of the authorization matrix that `docs/SECURITY.md` shows: each route for an
 * anonymous visitor and every role, and — where a module policy scopes records by agency — with
 * the record in the caller's own agency and in another one.
 */
let t: TestApp;
let matrix: MatrixRow[];
let ownAgency: string;
let otherAgency: string;
const callers = new Map<Who, Agent>();

beforeAll(async () => {
  t = await createTestApp();
  matrix = buildMatrix(routeCatalog.get(t.app) ?? []);
  ownAgency = (await buildAgency(t.db, { name: 'Instansi Sendiri Matriks' })).id;
  otherAgency = (await buildAgency(t.db, { name: 'Instansi Lain Matriks' })).id;
  callers.set('anonymous', await t.agent().prime());
  for (const who of EVERYONE) {
    if (who === 'anonymous') continue;
    const agencyId = AGENCY_MEMBER_ROLES.includes(who) ? ownAgency : undefined;
    callers.set(who, (await t.signedIn(who as Role, agencyId ? { agencyId } : {})).agent);
  }
}, 120_000);
afterAll(() => t.close());

function concreteUrl(url: string): string {
  return url.replace(/:(\w+)/g, () => '00000000-0000-4000-8000-000000000000');
}

function classify(status: number, code: string | undefined): Outcome {
  if (status === 401 && code === 'UNAUTHENTICATED') return 'unauthenticated';
  if (status === 403 && code === 'FORBIDDEN') return 'forbidden';
  if (status === 404) return 'hidden';
  if (status >= 200 && status < 300) return 'allow';
  return 'pass';
}

describe('permission table cells (every route × everyone)', () => {
  it.each(EVERYONE)('as %s', async (who) => {
    const caller = callers.get(who)!;
    const wrong: string[] = [];
    for (const row of matrix) {
      // Signing out would end the caller's own session for the rest of the walk.
      if (row.url === '/api/auth/logout') continue;
      const expected = row.cells[who].own === 'pass' || row.record ? 'pass' : row.cells[who].own;
      if (expected === 'pass') continue;
      const response = await caller.request(row.method as 'GET', concreteUrl(row.url), row.method === 'GET' ? {} : { body: {} });
      const got = classify(response.statusCode, response.statusCode >= 400 ? response.json().error?.code : undefined);
      if (got !== expected) wrong.push(`${routeKey(row.method, row.url)}: expected ${expected}, got ${response.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe.each(RECORD_PROBES.map((p) => [p.record, p] as const))('record rule: %s', (_name, probe) => {
  it('answers own agency and other agency as the matrix says, for everyone', async () => {
    const records: Record<Where, { id: string; agencyId: string }> = {
      own: { id: await probe.create(t, ownAgency), agencyId: ownAgency },
      other: { id: await probe.create(t, otherAgency), agencyId: otherAgency },
    };
    const wrong: string[] = [];
    for (const route of probe.routes) {
      const row = matrix.find((r) => r.method === route.method && r.url === route.url);
      if (!row) {
        wrong.push(`${routeKey(route.method, route.url)} is probed but no longer exists`);
        continue;
      }
      for (const who of EVERYONE) {
        for (const where of ['own', 'other'] as const) {
          const { url, body } = route.request(records[where]);
          const response = await callers.get(who)!.request(route.method, url, body === undefined ? {} : { body });
          const got = classify(response.statusCode, response.statusCode >= 400 ? response.json().error?.code : undefined);
          const expected = row.cells[who][where];
          if (got !== expected) wrong.push(`${routeKey(route.method, route.url)} as ${who}, ${where} agency: expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 120)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
