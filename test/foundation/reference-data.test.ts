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
  const count = async () =>
    Number(
      (
        await t.db
          .selectFrom('agencies')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('type', 'in', ['provinsi', 'kabupaten', 'kota'])
          .executeTakeFirstOrThrow()
      ).n,
    );
  expect(await count()).toBe(38 + 514);
  await loadReferenceData(t.db);
  expect(await count()).toBe(38 + 514);
  const surabaya = await t.db.selectFrom('agencies').selectAll().where('region_code', '=', '35.78').where('type', '=', 'kota').executeTakeFirstOrThrow();
  expect(surabaya.name).toBe('Pemerintah Kota Surabaya');
});

it('lets the ministry mark a region as 3T, audited, and refuses others', async () => {
  const { agent: admin } = await t.signedIn('ministry_admin');
  const response = await admin.patch('/api/regions/35.78', { is3t: true });
  expect(response.statusCode).toBe(200);
  expect(response.json()).toMatchObject({ code: '35.78', is3t: true });
  const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'region.set_3t').executeTakeFirstOrThrow();
  expect(audit).toMatchObject({ entity_id: '35.78', before: { is3t: false }, after: { is3t: true } });
  expect((await admin.patch('/api/regions/99.99', { is3t: true })).statusCode).toBe(404);
  const { agent: operator } = await t.signedIn('agency_operator');
  expect((await operator.patch('/api/regions/35.78', { is3t: false })).statusCode).toBe(403);
});
