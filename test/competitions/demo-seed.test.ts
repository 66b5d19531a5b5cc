import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemoCompetitions } from '../../src/server/modules/competitions/demo/seed.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('seeds an open KIPP 2026 and the archived 2020 COVID-19 call, once', async () => {
  await seedDemoCompetitions(t.db);
  await seedDemoCompetitions(t.db);
  const list = (await t.agent().get('/api/competitions')).json().items;
  expect(list.map((c: any) => [c.year, c.status, c.phase])).toEqual([
    [2026, 'published', 'open'],
    [2020, 'archived', 'closed'],
  ]);
  const kipp = (await t.agent().get(`/api/competitions/${list[0].id}`)).json();
  expect(kipp.groups.map((g: any) => g.code)).toEqual(['umum', 'replikasi', 'khusus']);
  expect(kipp.categories).toHaveLength(10);
  expect(kipp.questions.map((q: any) => q.number)).toEqual(kipp.questions.map((_: unknown, i: number) => i + 1));
  const covid = (await t.agent().get(`/api/competitions/${list[1].id}`)).json();
  expect(covid.categories.map((c: any) => c.name)).toEqual(['Respon Cepat', 'Pengetahuan Publik', 'Ketangguhan Massal']);
  expect(covid.groups).toHaveLength(7);
  expect(covid.participantTypes).toContain('citizen');
  expect(covid.submissionDeadline).toBe('2020-06-30T16:59:59.000Z');
});
