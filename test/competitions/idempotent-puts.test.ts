import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { competitionBody, publishedCompetition } from './fixtures.js';

/**
 * nginx resends a PUT to the other instance when the first died, even after it committed. A
 * section PUT (groups, categories, questions, stages) that would store what is stored must change
 * nothing and audit nothing and answer as the first did; a different list is still written.
 */
let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.signedIn('ministry_admin')).agent;
});
afterAll(() => t.close());

const day = 86_400_000;
const now = Date.now();

/** For each section: a list different from the fixture's, and a further change of it. */
const CHANGES = {
  groups: [
    [
      { code: 'umum', name: 'Umum', minInnovationAgeMonths: 24, participantTypes: ['kota'] },
      { code: 'khusus', name: 'Khusus' },
    ],
    [{ code: 'umum', name: 'Umum', minInnovationAgeMonths: 36 }],
  ],
  categories: [
    [
      { code: 'pendidikan', name: 'Pendidikan' },
      { code: 'kesehatan', name: 'Kesehatan', description: 'Layanan kesehatan dasar' },
    ],
    [{ code: 'pendidikan', name: 'Pendidikan dasar' }],
  ],
  questions: [
    [
      { title: 'Ringkasan', answerType: 'long_text', wordLimit: 80 },
      { title: 'Bentuk', answerType: 'choice', options: ['A', 'B'], required: false },
      { title: 'Keterkaitan SDGs', answerType: 'sdg_list' },
    ],
    [
      { title: 'Ringkasan', answerType: 'long_text', wordLimit: 90 },
      { title: 'Keterkaitan SDGs', answerType: 'sdg_list' },
    ],
  ],
  // Listed out of date order on purpose: positions follow the list, the view follows the dates.
  stages: [
    [
      { kind: 'administrative_check', name: 'Seleksi administrasi', startsAt: new Date(now + 31 * day).toISOString(), endsAt: new Date(now + 45 * day).toISOString() },
      { kind: 'registration', name: 'Pendaftaran', startsAt: new Date(now - 10 * day).toISOString(), endsAt: new Date(now + 30 * day).toISOString() },
    ],
    [{ kind: 'registration', name: 'Pendaftaran', startsAt: new Date(now - 10 * day).toISOString(), endsAt: new Date(now + 20 * day).toISOString() }],
  ],
} as const;

async function auditCount(competitionId: string, action: string): Promise<number> {
  const row = await t.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('entity_id', '=', competitionId)
    .where('action', '=', action)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('a resent section PUT changes nothing', () => {
  for (const section of ['groups', 'categories', 'questions', 'stages'] as const) {
    it(`${section}: the same list twice is one event, with or without the stored ids; another list is written and audited`, async () => {
      const c = (await admin.post('/api/competitions', competitionBody({}, now))).json();
      const url = `/api/competitions/${c.id}/${section}`;
      const [list, other] = CHANGES[section];
      const first = await admin.request('PUT', url, { body: { [section]: list } });
      expect(first.statusCode).toBe(200);
      const audits = await auditCount(c.id, `competition.${section}.replace`);
      expect(audits).toBe(1);

      const before = await databaseFingerprint(t.db);
      const again = await admin.request('PUT', url, { body: { [section]: list } });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(first.json());
      expect(await databaseFingerprint(t.db)).toEqual(before);

      // The list as the screen sends it back: with the stored ids, in the stored (list) order.
      const storedIds = (await t.db.selectFrom(`competition_${section}`).select('id').where('competition_id', '=', c.id).orderBy('position').execute()).map((r) => r.id);
      const withIds = list.map((item, i) => ({ ...item, id: storedIds[i] }));
      const echoed = await admin.request('PUT', url, { body: { [section]: withIds } });
      expect(echoed.statusCode).toBe(200);
      expect(echoed.json()).toEqual(first.json());
      expect(await databaseFingerprint(t.db)).toEqual(before);

      const changed = await admin.request('PUT', url, { body: { [section]: other } });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()[section]).toHaveLength(other.length);
      expect(await auditCount(c.id, `competition.${section}.replace`)).toBe(audits + 1);
    });
  }

  it('answers a resend after the competition was archived without writing; a change is still refused', async () => {
    const c = await publishedCompetition(admin);
    const url = `/api/competitions/${c.id}/categories`;
    const list = CHANGES.categories[0];
    const first = await admin.request('PUT', url, { body: { categories: list } });
    expect(first.statusCode).toBe(200);
    expect((await admin.post(`/api/competitions/${c.id}/status`, { to: 'archived' })).statusCode).toBe(200);
    const before = await databaseFingerprint(t.db);
    const again = await admin.request('PUT', url, { body: { categories: list } });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ ...first.json(), status: 'archived' });
    const changed = await admin.request('PUT', url, { body: { categories: CHANGES.categories[1] } });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error.code).toBe('COMPETITION_ARCHIVED');
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });
});
