import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CampaignRecordsView, InstitutionalisationView, OaoiAgencyView } from '../../src/common/institutionalisation.js';
import { seedDemoInnovations } from '../../src/server/modules/catalog/demo/seed.js';
import { seedDemoInstitutionalisation } from '../../src/server/modules/institutionalisation/demo.js';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.js';
import { seedDemoFoundation } from '../../src/server/seed/demo-foundation.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { ok } from '../replication/fixtures.js';

/** Only what this module's demo needs: the accounts and the catalog, then its seeder (twice: idempotent). */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoFoundation(t.db);
  await seedDemoInnovations(t.db);
  await seedDemoInstitutionalisation(t.db);
  await seedDemoInstitutionalisation(t.db);
}, 300_000);
afterAll(() => t.close());

it('gives Surabaya an institutionalised innovation, a target above its realisation and an open campaign partly confirmed', async () => {
  const operator = t.agent();
  expect((await operator.signIn('operator.surabaya@simpul.test', DEMO_PASSWORD)).statusCode).toBe(200);
  const campaigns = ok<{ items: { id: string; phase: string }[] }>(await operator.get('/api/campaigns'));
  expect(campaigns.items).toHaveLength(1);
  expect(campaigns.items[0]!.phase).toBe('open');
  const records = ok<CampaignRecordsView>(await operator.get(`/api/campaigns/${campaigns.items[0]!.id}/records`));
  expect(records.tally.developed).toBe(1);
  expect(records.tally.silent).toBeGreaterThan(0);
  const developed = records.items.find((i) => i.answer === 'developed')!;
  const record = ok<InstitutionalisationView>(await operator.get(`/api/innovations/${developed.innovationId}/institutionalisation`));
  expect(record.maturity.stage).toBe('institutionalised');
  expect(record.maturity.reason.id).toMatch(/^terlembaga: ada Perwali No\. 12\/\d{4} dan anggaran \d{4}–\d{4}$/);
  const todo = ok<{ items: { id: string; count: number }[] }>(await operator.get('/api/me/todo'));
  expect(todo.items.find((i) => i.id.startsWith('campaigns.'))?.count).toBe(records.tally.silent);

  const admin = t.agent();
  expect((await admin.signIn('admin.surabaya@simpul.test', DEMO_PASSWORD)).statusCode).toBe(200);
  const me = ok<{ user: { agencyId: string } }>(await admin.get('/api/auth/me'));
  const oaoi = ok<OaoiAgencyView>(await admin.get(`/api/oaoi/agencies/${me.user.agencyId}`));
  expect(oaoi.years.at(-1)!.met).toBe(false);
});
