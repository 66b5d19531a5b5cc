import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemoInnovations } from '../../src/server/modules/catalog/demo/seed.js';
import { seedDemoIndex } from '../../src/server/modules/innovation-index/demo.js';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.js';
import { seedDemoFoundation } from '../../src/server/seed/demo-foundation.js';
import type { Agent } from '../helpers/agent.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/** The index demo: the Surabaya accounts have rejections to answer, the verifier a report to finish. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoFoundation(t.db);
  await seedDemoInnovations(t.db);
  await seedDemoIndex(t.db);
  await seedDemoIndex(t.db);
}, 300_000);
afterAll(() => t.close());

async function demoAgent(email: string): Promise<Agent> {
  const agent = t.agent();
  expect((await agent.signIn(email, DEMO_PASSWORD)).statusCode).toBe(200);
  return agent;
}

it('seeds three regions in different states, once', async () => {
  const reports = await t.db
    .selectFrom('index_reports')
    .innerJoin('index_models', 'index_models.id', 'index_reports.model_id')
    .where('index_models.year', '=', 2026)
    .select(['region_code', 'index_reports.status'])
    .orderBy('region_code')
    .execute();
  expect(reports).toEqual([
    { region_code: '35.10', status: 'sent' },
    { region_code: '35.78', status: 'verified' },
    { region_code: '73.71', status: 'draft' },
  ]);
  const operator = await demoAgent('operator.surabaya@simpul.test');
  const own = (await operator.get('/api/index/2026/report')).json().report;
  expect(own.rows.filter((r: { status: string }) => r.status === 'rejected').length).toBeGreaterThan(0);
  expect(own.claimed.iid).toBeGreaterThan(own.verified.iid);
  const verifier = await demoAgent('verifikator@simpul.test');
  const queue = (await verifier.get('/api/index/2026/queue?status=sent')).json();
  expect(queue.items.map((i: { regionCode: string }) => i.regionCode)).toEqual(['35.10']);
  expect(queue.items[0].pending).toBeGreaterThan(0);
  // Their homes say so.
  const todo = async (agent: Agent) => (await agent.get('/api/me/todo')).json().items.map((i: { id: string }) => i.id);
  expect(await todo(operator)).toContain('index.answer');
  expect(await todo(verifier)).toContain('index.to-verify');
  // Their bells too, through the real paths: the window opening (admins of regional governments)
  // and the rejections (the region's staff).
  const kinds = async (agent: Agent) => (await agent.get('/api/notifications')).json().items.map((i: { kind: string }) => i.kind);
  const admin = await demoAgent('admin.surabaya@simpul.test');
  expect(await kinds(admin)).toEqual(expect.arrayContaining(['index.window', 'index.rejected']));
  expect(await kinds(operator)).toContain('index.rejected');
  expect(await kinds(operator)).not.toContain('index.window');
  expect(await kinds(verifier)).toEqual([]);
});

it('publishes last year (2025) for six regions, with every cluster ranked and the rejected rows not counted', async () => {
  const results = (await t.agent().get('/api/index/2025/results')).json();
  const reported = results.items.filter((r: { disclaimer: string | null }) => r.disclaimer === null);
  expect(reported.map((r: { regionCode: string }) => r.regionCode).sort()).toEqual(['33', '35.10', '35.78', '53.01', '73.71', '75']);
  for (const r of reported) expect(r.verifiedIid).toBeGreaterThan(0);
  // Kupang (one rejection) was claimed higher than verified; Banyuwangi (all accepted) was not.
  const of = (code: string) => reported.find((r: { regionCode: string }) => r.regionCode === code);
  expect(of('53.01').gap).toBeGreaterThan(0);
  expect(of('35.10').gap).toBe(0);
});
