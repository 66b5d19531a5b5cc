import type { AddressInfo } from 'node:net';
import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assertExactlyOnce } from '../../bench/scenarios/deadline-surge.js';
import { prepareSurge, type Query } from '../../bench/scenarios/deadline-surge/setup.js';
import { runSurge } from '../../bench/scenarios/deadline-surge/surge.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The deadline-surge benchmark in miniature, so its set-up SQL and its exactly-once checks are
 * proven on both engines: a few dozen coordinators submit at once, a fifth of them double-click.
 * Not a timed test: speed is the benchmark's business.
 */
let t: TestApp;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(() => t.close());

it('stores every acknowledged submission exactly once, double clicks included', async () => {
  const query: Query = async (sql, parameters) => (await t.db.executeQuery(CompiledQuery.raw(sql, [...(parameters ?? [])]))).rows as never;
  const setup = await prepareSurge(query, 30);
  const report = await runSurge(baseUrl, query, setup, { windowSeconds: 1, doubleClickShare: 0.2, sampleAuditLock: false });
  expect(report).toMatchObject({
    entrants: 30,
    requests: 36,
    acknowledged: 30,
    replayed: 6,
    refused: {},
    stored: 30,
    lost: 0,
    duplicateAuditEntries: 0,
    receiptsInOutbox: 30,
    adminChecks: 30,
  });
  expect(() => assertExactlyOnce(report)).not.toThrow();
});
