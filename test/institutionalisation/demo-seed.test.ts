import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CampaignRecordsView, InstitutionalisationView, OaoiAgencyView } from '../../src/common/institutionalisation.js';
import { seedDemoInnovations } from '../../src/server/modules/catalog/demo/seed.js';
import { seedDemoInstitutionalisation } from '../../src/server/modules/institutionalisation/demo.js';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.js';
import { seedDemoFoundation } from '../../src/server/seed/demo-foundation.js';
import { storageFor } from '../../src/server/storage/index.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { ok } from '../replication/fixtures.js';

/** Only what this module's demo needs: the accounts and the catalog, then its seeder (twice: idempotent). */
let t: TestApp;
const dataDir = path.resolve('.tmp', `inst-demo-${process.pid}`);
beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: dataDir });
  await seedDemoFoundation(t.db);
  await seedDemoInnovations(t.db);
  const storage = storageFor({ dataDir });
  await seedDemoInstitutionalisation(t.db, new Date(), { storage });
  await seedDemoInstitutionalisation(t.db, new Date(), { storage });
}, 300_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

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
  // The Perwali carries a real PDF, generated at seed time.
  const perwali = record.legalBases[0]!;
  expect(perwali.document).toMatchObject({ type: 'application/pdf', name: expect.stringMatching(/^Perwali 12 \d{4}\.pdf$/) });
  const pdf = await operator.get(`/api/innovations/${developed.innovationId}/institutionalisation/legal-bases/${perwali.id}/document`);
  expect(pdf.statusCode).toBe(200);
  expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.rawPayload.length).toBe(perwali.document!.size);
  const todo = ok<{ items: { id: string; count: number }[] }>(await operator.get('/api/me/todo'));
  expect(todo.items.find((i) => i.id.startsWith('campaigns.'))?.count).toBe(records.tally.silent);

  const admin = t.agent();
  expect((await admin.signIn('admin.surabaya@simpul.test', DEMO_PASSWORD)).statusCode).toBe(200);
  const me = ok<{ user: { agencyId: string } }>(await admin.get('/api/auth/me'));
  const oaoi = ok<OaoiAgencyView>(await admin.get(`/api/oaoi/agencies/${me.user.agencyId}`));
  expect(oaoi.years.at(-1)!.met).toBe(false);
});
