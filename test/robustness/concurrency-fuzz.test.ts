import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROLES } from '../../src/common/roles.js';
import { verifyAuditChain } from '../../src/server/audit/audit-log.js';
import { roleHas } from '../../src/server/auth/permissions.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { seedFor } from './lib/fuzz-budget.js';
import { FuzzIdentity } from './lib/fuzz-identity.js';
import { type FuzzRequest, requestArb } from './lib/fuzz-request.js';
import type { SchemaContext } from './lib/json-schema-arbitrary.js';
import { knownValues } from './lib/known-values.js';
import { openApiDocument, type RouteModel, resolverFor, routeModels, STATE_CHANGING } from './lib/route-model.js';

/**
 * The fuzzer's concurrency mode (issue #12, "races as a class"): for every state-changing route,
 * one valid request sent 20 times at once, then 20 near-identical valid requests (same route,
 * same caller, other generated values from the database's real ids) at once. Invariants: never a
 * 5xx, every refusal in the error shape, 20 identical PUTs at most one audit entry (a PUT resent
 * is no new event), the audit chain intact afterwards (every concurrent write appended its entry
 * in order), the app healthy. What a single request promises beyond
 * that (a cap, a counter, one row where one is allowed) is stated per rule in
 * test/robustness/races.test.ts.
 */
const PARALLEL = 20;
const TIME_LIMIT_MS = Number.parseInt(process.env.CONCURRENCY_FUZZ_TIME_LIMIT_MS ?? '240000', 10);

let t: TestApp;

async function auditEntries(): Promise<number> {
  const row = await t.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

let routes: RouteModel[];
let context: SchemaContext;
const identities = new Map<string, FuzzIdentity>();
const stats = {
  parallel: PARALLEL,
  routes: 0,
  routesCovered: 0,
  routesCappedByTime: 0,
  requests: 0,
  serverErrors: 0,
  idempotencyViolations: 0,
  byStatus: {} as Record<string, number>,
  auditEntriesBefore: 0,
  auditEntriesAfter: 0,
};

beforeAll(async () => {
  t = await createTestApp();
  const doc = await openApiDocument(t.app);
  routes = routeModels(t.app, doc).filter((r) => STATE_CHANGING.has(r.method));
  let known = await knownValues(t.db);
  context = { resolve: resolverFor(doc), known: () => known };
  identities.set('anonymous', await FuzzIdentity.anonymous(t.app, t.db, '10.2.0.1'));
  const home = await buildAgency(t.db, { name: 'Instansi Rumah Paralel' });
  let n = 2;
  for (const role of ROLES)
    identities.set(role, await FuzzIdentity.signedIn(t.app, t.db, role, `10.2.0.${n++}`, ['agency_admin', 'agency_operator'].includes(role) ? home.id : undefined));
  known = await knownValues(t.db);
  context = { resolve: resolverFor(doc), known: () => known };
  stats.routes = routes.length;
}, 120_000);

afterAll(async () => {
  const out = path.resolve(process.env.ROBUSTNESS_REPORT_DIR ?? '.tmp/robustness', `concurrency-${t?.handle.kind ?? 'unknown'}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(stats, null, 2));
  await t?.close();
});

/** The caller for a route: the one the permission table lets in, preferring the broadest. */
function callerFor(route: RouteModel): FuzzIdentity {
  if (route.access === 'public') return identities.get('anonymous')!;
  const order = ['ministry_admin', 'agency_admin', 'agency_coordinator', 'agency_operator', 'panelist', 'evaluator', 'citizen'];
  const roles = [...order, ...ROLES.filter((r) => !order.includes(r))];
  const access = route.access;
  const role = roles.find((r) => access === 'signedIn' || roleHas(r as (typeof ROLES)[number], access));
  return identities.get(role ?? 'anonymous') ?? identities.get('anonymous')!;
}

it('20 identical and 20 near-identical requests at once never answer 5xx and leave the audit chain intact', { timeout: TIME_LIMIT_MS + 600_000 }, async () => {
  stats.auditEntriesBefore = (await verifyAuditChain(t.db)).entries;
  const started = Date.now();
  const failures: string[] = [];
  const check = (request: FuzzRequest, response: LightMyRequestResponse) => {
    stats.requests++;
    stats.byStatus[response.statusCode] = (stats.byStatus[response.statusCode] ?? 0) + 1;
    if (response.statusCode >= 500) {
      stats.serverErrors++;
      failures.push(`${response.statusCode} ${request.method} ${request.url.slice(0, 200)} body=${(request.payload ?? '').slice(0, 200)}: ${response.body.slice(0, 300)}`);
    } else if (response.statusCode >= 400) {
      const body = response.json() as { error?: { code?: unknown; message?: unknown } };
      if (typeof body.error?.code !== 'string' || typeof body.error?.message !== 'string')
        failures.push(`refusal without {error:{code,message}}: ${request.method} ${request.url}`);
    }
  };
  for (const route of routes) {
    if (Date.now() - started > TIME_LIMIT_MS) {
      stats.routesCappedByTime++;
      continue;
    }
    const caller = callerFor(route);
    const requests = fc.sample(requestArb(route, context, ['valid']), { numRuns: PARALLEL + 1, seed: seedFor(`concurrency ${route.method} ${route.url}`) });
    const same = requests[0]!;
    const burst = async (batch: FuzzRequest[]) => {
      const responses = await Promise.all(batch.map((r) => caller.send(r)));
      responses.forEach((response, i) => check(batch[i]!, response));
    };
    const entriesBefore = await auditEntries();
    await burst(Array.from({ length: PARALLEL }, () => same));
    // A PUT states the whole of something: sent again it changes nothing, so 20 identical ones are at most one event.
    const written = (await auditEntries()) - entriesBefore;
    if (route.method === 'PUT' && written > 1) {
      stats.idempotencyViolations++;
      failures.push(`${written} audit entries for ${PARALLEL} identical ${same.method} ${same.url.slice(0, 200)}`);
    }
    await burst(requests.slice(1));
    stats.routesCovered++;
    if (await caller.needsRestore()) await caller.restore();
  }
  const chain = await verifyAuditChain(t.db);
  stats.auditEntriesAfter = chain.entries;
  expect(failures).toEqual([]);
  expect(chain.ok).toBe(true);
  expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
});
