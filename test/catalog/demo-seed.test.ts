import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_INNOVATIONS, seedDemoInnovations } from '../../src/server/modules/catalog/demo/seed.js';
import { seedDemoFoundation } from '../../src/server/seed/demo-foundation.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/** The demo catalog: a dozen published innovations of seeded agencies, loaded once. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoFoundation(t.db);
});
afterAll(() => t.close());

it('publishes every demo innovation with its category, SDGs and a first version, once', async () => {
  expect(await seedDemoInnovations(t.db)).toBe(DEMO_INNOVATIONS.length);
  expect(DEMO_INNOVATIONS.length).toBeGreaterThanOrEqual(12);
  const body = (await t.agent().get('/api/innovations?pageSize=50')).json();
  expect(body.total).toBe(DEMO_INNOVATIONS.length);
  expect(body.facets.category.length).toBeGreaterThan(5);
  expect(body.facets.status).toContainEqual({ value: 'stopped', label: 'stopped', count: 1 });
  const surabaya = (await t.agent().get('/api/innovations?regency=35.78')).json();
  expect(surabaya.items.map((i: { agencyName: string }) => i.agencyName)).toEqual(['Pemerintah Kota Surabaya', 'Pemerintah Kota Surabaya']);
  const versions = await t.db.selectFrom('innovation_versions').select('innovation_id').execute();
  expect(versions).toHaveLength(DEMO_INNOVATIONS.length);
  expect(await seedDemoInnovations(t.db)).toBe(0);
});
