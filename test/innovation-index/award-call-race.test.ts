import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The year's "Innovative Government Award" call is created by the first send of nominees. Two
 * first sends at the same moment (the index admin double-clicking, or two index admins) must find
 * or create one call between them: both succeed, and every nominee enters once. Run on PostgreSQL
 * too (`scripts/with-postgres.sh`), where the two sends really run side by side.
 */
let t: TestApp;
let admin: Agent;
const YEAR = 2026;

// kota: Surabaya 70, Malang 60; kabupaten: Banyuwangi 55.
const SCORES: [code: string, type: 'kota' | 'kabupaten', iid: number][] = [
  ['35.78', 'kota', 70],
  ['35.73', 'kota', 60],
  ['35.10', 'kabupaten', 55],
];

beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.signedIn('index_admin')).agent;
  expect((await admin.post('/api/index/models', { year: YEAR })).statusCode).toBe(201);
  expect((await admin.post(`/api/index/models/${YEAR}/publish`)).statusCode).toBe(200);
  const modelId = (await t.db.selectFrom('index_models').select('id').where('year', '=', YEAR).executeTakeFirstOrThrow()).id;
  for (const [code, type, iid] of SCORES) {
    const agencyId = (await buildAgency(t.db, { type, regionCode: code })).id;
    await t.db.insertInto('index_reports').values({ model_id: modelId, region_code: code, agency_id: agencyId, status: 'verified' }).execute();
    const score = iid.toFixed(2);
    const predicate = iid > 65 ? 'sangat_inovatif' : 'inovatif';
    await t.db
      .insertInto('index_results')
      .values({
        model_id: modelId,
        region_code: code,
        claimed_iid: score,
        claimed_predicate: predicate,
        verified_iid: score,
        predicate,
        disclaimer: null,
        spd: '50.00',
        sid: '60.00',
        count_score: '3.80',
        innovations: 10,
        points: '{}',
      })
      .execute();
  }
  await t.db.updateTable('index_models').set({ results_published_at: new Date() }).where('id', '=', modelId).execute();
});

afterAll(async () => {
  await t.close();
});

describe('two first sends at the same moment', () => {
  it('create one award call between them; both succeed and each nominee enters once', async () => {
    const send = (cluster: string) => admin.post(`/api/index/${YEAR}/nominees/send`, { cluster, n: 3 });
    const answers = await Promise.all([send('kota'), send('kota'), send('kabupaten')]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);

    const calls = await t.db.selectFrom('competitions').select('id').where('name', '=', `Innovative Government Award ${YEAR}`).execute();
    expect(calls).toHaveLength(1);
    expect(new Set(answers.map((a) => a.json().competition.id))).toEqual(new Set([calls[0]!.id]));
    expect(answers.reduce((sum, a) => sum + a.json().created, 0)).toBe(3);

    const nominations = await t.db.selectFrom('index_nominations').select(['cluster', 'region_code', 'competition_id']).orderBy('region_code').execute();
    expect(nominations.map((n) => [n.cluster, n.region_code, n.competition_id])).toEqual([
      ['kabupaten', '35.10', calls[0]!.id],
      ['kota', '35.73', calls[0]!.id],
      ['kota', '35.78', calls[0]!.id],
    ]);
    expect(await t.db.selectFrom('proposals').select('id').where('competition_id', '=', calls[0]!.id).execute()).toHaveLength(3);
    const audit = await t.db.selectFrom('audit_log').select('action').where('action', 'in', ['competition.create', 'competition.publish']).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['competition.create', 'competition.publish']);
  });
});
