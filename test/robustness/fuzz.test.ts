import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../src/common/roles.js';
import { roleHas } from '../../src/server/auth/permissions.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, databaseFingerprint, type FingerprintOptions, type TestApp } from '../helpers/test-app.js';
import { FUZZ_RUNS, FUZZ_SEED, FUZZ_TIME_LIMIT_MS, seedFor } from './lib/fuzz-budget.js';
import { FuzzIdentity } from './lib/fuzz-identity.js';
import { type FuzzRequest, requestArb } from './lib/fuzz-request.js';
import type { SchemaContext } from './lib/json-schema-arbitrary.js';
import { knownValues } from './lib/known-values.js';
import { fingerprintOptionsFor } from './lib/refusal-side-effects.js';
import { writeMarker } from './lib/write-marker.js';
import { openApiDocument, type RouteModel, resolverFor, routeModels, STATE_CHANGING } from './lib/route-model.js';

/**
 * Property-based fuzzing of every API route, generated from the OpenAPI document: valid,
 * boundary, invalid and malformed-transport requests, for an anonymous visitor and every role.
 * Invariants: never a 5xx; every refusal is a 4xx in the `{error:{code,message}}` shape; a
 * refused request and any read change no table (checksum of every table before and after).
 */
let t: TestApp;
let routes: RouteModel[];
let context: SchemaContext;
const identities = new Map<string, FuzzIdentity>();
let fuzzStarted = Date.now();
/** `npm test` runs this file on both engines; TEST_DATABASE_URL marks the PostgreSQL pass. */
const ON_PGLITE = !process.env.TEST_DATABASE_URL;

const stats = {
  skippedRefusedOnPglite: 0,
  seed: FUZZ_SEED,
  runsPerRoute: FUZZ_RUNS,
  requests: 0,
  refusalsChecked: 0,
  readsChecked: 0,
  writesAccepted: 0,
  provenByTransactionId: 0,
  byStatus: {} as Record<string, number>,
  byFlavour: {} as Record<string, number>,
  routes: 0,
  identities: 0,
  routesCappedByTime: 0,
  msPerRoute: {} as Record<string, number>,
};

beforeAll(async () => {
  t = await createTestApp();
  routes = routeModels(t.app, await openApiDocument(t.app));
  let known = await knownValues(t.db);
  const doc = await openApiDocument(t.app);
  context = { resolve: resolverFor(doc), known: () => known };
  identities.set('anonymous', await FuzzIdentity.anonymous(t.app, t.db, '10.1.0.1'));
  // Both agency-scoped roles share one home agency; every other agency is "another agency".
  const home = await buildAgency(t.db, { name: 'Instansi Rumah Fuzz' });
  let n = 2;
  for (const role of ROLES)
    identities.set(role, await FuzzIdentity.signedIn(t.app, t.db, role, `10.1.0.${n++}`, ['agency_admin', 'agency_operator'].includes(role) ? home.id : undefined));
  known = await knownValues(t.db);
  fuzzStarted = Date.now();
  stats.routes = routes.length;
  stats.identities = identities.size;
}, 120_000);

afterAll(async () => {
  const out = path.resolve(process.env.ROBUSTNESS_REPORT_DIR ?? '.tmp/robustness', `fuzz-${t?.handle.kind ?? 'unknown'}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(stats, null, 2));
  await t?.close();
});

function describeRequest(request: FuzzRequest): string {
  const clip = (text: string | undefined, n: number) => (text && text.length > n ? `${text.slice(0, n)}…(${text.length} chars)` : text);
  return `${request.method} ${clip(request.url, 300)} [${request.flavour}, csrf ${request.csrf}] headers=${clip(JSON.stringify(request.headers), 300)} body=${clip(request.payload, 300)}`;
}

function diff(before: Record<string, string>, after: Record<string, string>): string[] {
  const tables = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...tables].filter((table) => before[table] !== after[table]);
}

function mayUse(route: RouteModel, identity: FuzzIdentity): boolean {
  if (route.access === 'public') return true;
  if (!identity.role) return false;
  return route.access === 'signedIn' || roleHas(identity.role, route.access);
}

describe.each(['anonymous', ...ROLES])('fuzzing every route as %s', (label) => {
  it('never answers 5xx, refuses in the error shape, and a refusal or a read writes nothing', { timeout: 600_000 }, async () => {
    const identity = identities.get(label)!;
    // Fingerprints of the current state, per option set; dropped whenever something was written.
    const baseline = new Map<FingerprintOptions, Record<string, string>>();
    const fingerprint = async (options: FingerprintOptions) => {
      const cached = baseline.get(options);
      if (cached) return cached;
      const fresh = await databaseFingerprint(t.db, options);
      baseline.set(options, fresh);
      return fresh;
    };

    for (const route of routes) {
      // A route the permission table refuses this identity answers before any input reaches the
      // database, the same on either engine: the PostgreSQL pass of `npm test` proves those
      // refusals (one request each); the PGlite pass spends its time on the routes that run SQL.
      if (ON_PGLITE && !mayUse(route, identity)) {
        stats.skippedRefusedOnPglite++;
        continue;
      }
      const options = fingerprintOptionsFor(route.method, route.url);
      const property = fc.asyncProperty(requestArb(route, context), async (request) => {
        const before = await fingerprint(options);
        const marker = await writeMarker(t.db);
        const response = await identity.send(request);
        stats.requests++;
        stats.byStatus[response.statusCode] = (stats.byStatus[response.statusCode] ?? 0) + 1;
        stats.byFlavour[request.flavour] = (stats.byFlavour[request.flavour] ?? 0) + 1;
        if (response.statusCode >= 500) throw new Error(`server error ${response.statusCode} for ${describeRequest(request)}: ${response.body.slice(0, 500)}`);

        const refused = response.statusCode >= 400;
        if (refused) {
          const body = response.json() as { error?: { code?: unknown; message?: unknown } };
          if (typeof body.error?.code !== 'string' || typeof body.error?.message !== 'string' || body.error.message.length === 0) {
            throw new Error(`refusal without {error:{code,message}} for ${describeRequest(request)}: ${response.body.slice(0, 300)}`);
          }
        }
        const mustNotWrite = refused || !STATE_CHANGING.has(request.method);
        if (mustNotWrite) {
          const untouched = (await writeMarker(t.db)) === marker;
          const changed = untouched ? [] : diff(before, await databaseFingerprint(t.db, options));
          if (untouched) stats.provenByTransactionId++;
          if (changed.length > 0) throw new Error(`${refused ? 'refused' : 'read'} request changed ${changed.join(', ')}: ${response.statusCode} ${describeRequest(request)}`);
          if (refused) stats.refusalsChecked++;
          else stats.readsChecked++;
          // Only the route's own allowance may differ from the default view: keep just that one.
          for (const key of baseline.keys()) if (key !== options) baseline.delete(key);
        } else {
          stats.writesAccepted++;
          baseline.clear();
        }
        if (response.statusCode === 401 || (!refused && STATE_CHANGING.has(request.method))) {
          if (await identity.needsRestore()) {
            await identity.restore();
            baseline.clear();
          }
        }
      });
      // A route the permission table refuses this identity is refused before any input is read:
      // one request proves it; the budget goes to the routes the identity may use.
      const overTime = Date.now() - fuzzStarted > FUZZ_TIME_LIMIT_MS;
      if (overTime) stats.routesCappedByTime++;
      const numRuns = mayUse(route, identity) && !overTime ? FUZZ_RUNS : 1;
      const started = Date.now();
      await fc.assert(property, { numRuns, seed: seedFor(`${label} ${route.method} ${route.url}`), endOnFailure: true });
      const key = `${route.method} ${route.url}`;
      stats.msPerRoute[key] = (stats.msPerRoute[key] ?? 0) + Date.now() - started;
    }
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
  });
});
