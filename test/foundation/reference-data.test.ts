import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadReferenceData } from '../../src/server/seed/reference-data.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('has all 38 provinces and 514 regencies/cities with Kemendagri codes', async () => {
  const provinces = (await t.agent().get('/api/regions/provinces')).json().items;
  expect(provinces).toHaveLength(38);
  expect(provinces.find((p: { code: string }) => p.code === '35').name).toBe('Jawa Timur');
  const regencies = (await t.agent().get('/api/regions/regencies')).json().items;
  expect(regencies).toHaveLength(514);
  expect(regencies.find((r: { code: string }) => r.code === '35.78')).toMatchObject({ name: 'Kota Surabaya', provinceCode: '35', kind: 'kota' });
  expect((await t.agent().get('/api/regions/regencies?province=34')).json().items).toHaveLength(5);
});

it('registers every regional government as an agency linked to its region, idempotently', async () => {
  const count = async () => Number((await t.db.selectFrom('agencies').select((eb) => eb.fn.countAll<string>().as('n')).where('type', 'in', ['provinsi', 'kabupaten', 'kota']).executeTakeFirstOrThrow()).n);
  expect(await count()).toBe(38 + 514);
  await loadReferenceData(t.db);
  expect(await count()).toBe(38 + 514);
  const surabaya = await t.db.selectFrom('agencies').selectAll().where('region_code', '=', '35.78').where('type', '=', 'kota').executeTakeFirstOrThrow();
  expect(surabaya.name).toBe('Pemerintah Kota Surabaya');
});
