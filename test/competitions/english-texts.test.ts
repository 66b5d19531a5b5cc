import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { competitionBody } from './fixtures.js';

/**
 * Issue #20.7: group, category, question and stage names carry an optional English version,
 * stored, served beside the Indonesian text and compared by the unchanged-resend check.
 */
let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.signedIn('ministry_admin')).agent;
});
afterAll(() => t.close());

it('stores optional English versions of ministry-entered texts and serves them beside the Indonesian', async () => {
  const body = competitionBody({ name: 'KIPP Dwibahasa 2026' });
  const created = (await admin.post('/api/competitions', body)).json();
  // Without English versions the views say so with null.
  expect(created.groups[0].nameEn).toBeNull();
  expect(created.questions[0]).toMatchObject({ titleEn: null, helpTextEn: null });

  const groups = created.groups.map((g: any, i: number) => ({ ...g, nameEn: i === 0 ? 'General' : '' }));
  const put = await admin.request('PUT', `/api/competitions/${created.id}/groups`, { body: { groups } });
  expect(put.statusCode, put.body).toBe(200);
  expect(put.json().groups.map((g: any) => g.nameEn)).toEqual(['General', null]);

  const categories = created.categories.map((c: any) => ({ ...c, nameEn: `EN ${c.name}` }));
  expect((await admin.request('PUT', `/api/competitions/${created.id}/categories`, { body: { categories } })).statusCode).toBe(200);
  const questions = created.questions.map(({ number: _n, ...q }: any) => ({ ...q, titleEn: `Q: ${q.title}`, helpTextEn: 'In English' }));
  expect((await admin.request('PUT', `/api/competitions/${created.id}/questions`, { body: { questions } })).statusCode).toBe(200);
  const stages = created.stages.map((s: any) => ({ ...s, nameEn: 'Registration' }));
  expect((await admin.request('PUT', `/api/competitions/${created.id}/stages`, { body: { stages } })).statusCode).toBe(200);

  const read = (await admin.get(`/api/competitions/${created.id}`)).json();
  expect(read.categories.every((c: any) => c.nameEn === `EN ${c.name}`)).toBe(true);
  expect(read.questions[0]).toMatchObject({ titleEn: `Q: ${created.questions[0].title}`, helpTextEn: 'In English' });
  expect(read.stages.every((s: any) => s.nameEn === 'Registration')).toBe(true);

  // A resend of the same list changes and audits nothing; a changed English name is a change.
  const audits = async () => (await t.db.selectFrom('audit_log').select('id').where('entity_id', '=', created.id).execute()).length;
  const before = await audits();
  expect((await admin.request('PUT', `/api/competitions/${created.id}/groups`, { body: { groups: read.groups } })).statusCode).toBe(200);
  expect(await audits()).toBe(before);
  const renamed = read.groups.map((g: any) => ({ ...g, nameEn: 'General call' }));
  expect((await admin.request('PUT', `/api/competitions/${created.id}/groups`, { body: { groups: renamed } })).json().groups[0].nameEn).toBe('General call');
  expect(await audits()).toBe(before + 1);
});
