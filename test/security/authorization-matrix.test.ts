import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/common/roles.js';
import { routeCatalog } from '../../src/server/http/auth-hooks.js';
import type { Agent } from '../helpers/agent.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { buildMatrix, EVERYONE, type MatrixRow, type Outcome, permissionOutcome, routeKey, type Who } from './lib/matrix.js';
import { multipart } from './lib/probes/probe.js';
import { AGENCY_MEMBER_ROLES, type ProbeRecord, type ProbeRoute, RECORD_PROBES, type RecordProbe, type Where } from './lib/record-probes.js';

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
const callerIds = {} as Record<Role, string>;

beforeAll(async () => {
  t = await createTestApp();
  matrix = buildMatrix(routeCatalog.get(t.app) ?? []);
  // Another province, so that for an affiliated evaluator only the own agency is a conflict (not the region).
  ownAgency = (await buildAgency(t.db, { name: 'Instansi Sendiri Matriks', regionCode: '35.78' })).id;
  otherAgency = (await buildAgency(t.db, { name: 'Instansi Lain Matriks', regionCode: '51.71' })).id;
  callers.set('anonymous', await t.agent().prime());
  for (const who of EVERYONE) {
    if (who === 'anonymous') continue;
    const agencyId = AGENCY_MEMBER_ROLES.includes(who) ? ownAgency : undefined;
    const { agent, user } = await t.signedIn(who, agencyId ? { agencyId } : {});
    callers.set(who, agent);
    callerIds[who] = user.id;
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
  if (status === 409) return code === 'CONFLICT_OF_INTEREST' ? 'conflicted' : code === 'RESULTS_NOT_VISIBLE' ? 'withheld' : 'refused';
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

async function createRecord(probe: RecordProbe, where: Where): Promise<ProbeRecord> {
  const agencyId = where === 'own' ? ownAgency : otherAgency;
  const { id, refs } = await probe.create(t, agencyId, callerIds);
  return { id, agencyId, refs: refs ?? {} };
}

async function send(who: Who, route: ProbeRoute, record: ProbeRecord) {
  const { url, body, upload } = route.request(record);
  const options = upload ? multipart(upload) : body === undefined ? {} : { body };
  const response = await callers.get(who)!.request(route.method, url, options);
  return { response, got: classify(response.statusCode, response.statusCode >= 400 ? response.json().error?.code : undefined) };
}

describe.each(RECORD_PROBES.map((p) => [p.record, p] as const))('record rule: %s', (_name, probe) => {
  const records = {} as Record<Where, ProbeRecord>;
  beforeAll(async () => {
    records.own = await createRecord(probe, 'own');
    records.other = await createRecord(probe, 'other');
  }, 60_000);

  // In the declared order: a route may leave the shared record changed for the next one.
  it.each(probe.routes.map((r) => [routeKey(r.method, r.url), r] as const))(
    '%s answers own and other agency as the matrix says, for everyone',
    async (_key, route) => {
      const row = matrix.find((r) => r.method === route.method && r.url === route.url && r.record === probe.record);
      expect(row, `${routeKey(route.method, route.url)} is probed but no longer exists`).toBeDefined();
      const wrong: string[] = [];
      for (const who of EVERYONE) {
        const reachesRecord = permissionOutcome(row!.access, who) === 'pass';
        for (const where of ['own', 'other'] as const) {
          const record = route.fresh && reachesRecord ? await createRecord(probe, where) : records[where];
          const { response, got } = await send(who, route, record);
          const expected = row!.cells[who][where];
          if (got !== expected) wrong.push(`as ${who}, ${where} agency: expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 120)}`);
        }
      }
      expect(wrong).toEqual([]);
    },
    120_000,
  );
});
