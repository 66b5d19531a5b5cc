import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { TEST_PASSWORD } from '../helpers/factories.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { innovationBody } from './catalog-helpers.js';

/** Bad input on registration and editing: a clear 400 naming the field, in both languages, and nothing written. */
let t: TestApp;
let operator: Agent;
let english: Agent;

beforeAll(async () => {
  t = await createTestApp();
  const op = await t.signedIn('agency_operator');
  operator = op.agent;
  english = t.agent('en');
  await english.signIn(op.user.email, TEST_PASSWORD);
});
afterAll(() => t.close());

/** What went wrong, the override, the API field and the words the message names it by. */
const cases: [string, Record<string, unknown>, string, string][] = [
  ['an empty title', { title: '' }, 'title', 'Judul'],
  ['an oversized summary', { summary: 'x'.repeat(2001) }, 'summary', 'Ringkasan'],
  ['an SDG outside 1–17', { sdgs: [3, 18] }, 'sdgs', 'Tujuan SDG'],
  ['no SDG at all', { sdgs: [] }, 'sdgs', 'Tujuan SDG'],
  ['an unknown region code', { regionCode: '99.99' }, 'regionCode', 'Wilayah'],
  ['a malformed region code', { regionCode: 'Surabaya' }, 'regionCode', 'Wilayah'],
  ['an unknown category', { categoryId: 99999 }, 'categoryId', 'Kategori'],
  ['a start date in the future', { startDate: '2999-01-01' }, 'startDate', 'Tanggal mulai diterapkan'],
  ['a stop without a reason', { status: 'stopped' }, 'stoppedReason', 'Alasan dihentikan'],
  ['a website that is not http(s)', { websiteUrl: 'javascript:alert(1)' }, 'websiteUrl', 'Situs web'],
  ['a negative beneficiaries count', { beneficiaries: -5 }, 'beneficiaries', 'Jumlah penerima manfaat'],
  ['an unknown field', { owner: 'someone' }, 'owner', 'owner'],
];

it.each(cases)('refuses %s, naming the field, writing nothing', async (_what, override, field, label) => {
  const before = await databaseFingerprint(t.db);
  const response = await operator.post('/api/innovations', await innovationBody(t.db, override));
  expect(response.statusCode, response.body).toBe(400);
  expect(response.json().error.message).toContain(label);
  expect(JSON.stringify(response.json().error.details ?? {})).toContain(field);
  expect(await databaseFingerprint(t.db)).toEqual(before);
});

it('answers in English when asked, and in Bahasa Indonesia by default', async () => {
  const body = await innovationBody(t.db, { sdgs: [18] });
  expect((await english.post('/api/innovations', body)).json().error.message).toMatch(/^Invalid data/);
  expect((await operator.post('/api/innovations', body)).json().error.message).toMatch(/^Data tidak valid/);
});

it('refuses an empty or invalid edit the same way', async () => {
  const created = await operator.post('/api/innovations', await innovationBody(t.db));
  const id = created.json().innovation.id;
  const before = await databaseFingerprint(t.db);
  expect((await operator.patch(`/api/innovations/${id}`, {})).statusCode).toBe(400);
  const bad = await operator.patch(`/api/innovations/${id}`, { regionCode: '99.99' });
  expect(bad.statusCode).toBe(400);
  expect(bad.json().error.message).toMatch(/^Data tidak valid: Wilayah /);
  expect(bad.json().error.details.fields[0].field).toBe('regionCode');
  expect(await databaseFingerprint(t.db)).toEqual(before);
});
