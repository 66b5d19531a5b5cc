import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NationalDashboard, RegionProfile } from '../../src/common/dashboards.js';
import { recordCompetitionAwards } from '../../src/server/modules/catalog/awards-service.js';
import { insertPublished } from '../catalog/catalog-helpers.js';
import { buildEvaluationWorld, type EvaluationWorld } from '../evaluation/fixtures.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';

/**
 * The public dashboards (issue #19): national figures and region profiles count published
 * records only, filter by start year / competition year and province, and answer unknown
 * regions with an empty profile rather than an error.
 */
let t: TestApp;
let world: EvaluationWorld;

beforeAll(async () => {
  t = await createTestApp();
  const surabaya = await buildAgency(t.db, { type: 'kota', regionCode: '35.78', name: 'Pemerintah Kota Surabaya Uji' });
  const jateng = await buildAgency(t.db, { type: 'provinsi', regionCode: '33', name: 'Pemerintah Provinsi Jawa Tengah Uji' });
  await insertPublished(t.db, surabaya.id, { regionCode: '35.78', sdgs: [3, 10], startDate: '2019-05-01', categoryCode: 'kesehatan' });
  await insertPublished(t.db, surabaya.id, { regionCode: '35.78', sdgs: [4], startDate: '2020-02-01', categoryCode: 'pendidikan' });
  await insertPublished(t.db, jateng.id, { regionCode: '33', sdgs: [3], startDate: '2019-07-01', categoryCode: 'kesehatan' });
  // Not public: a draft never counts.
  await insertPublished(t.db, surabaya.id, { regionCode: '35.78', sdgs: [3], startDate: '2019-01-01', workflowState: 'draft' });
  // A KIPP call with three submitted proposals (two from Jawa Timur, one failed the check), each with a published innovation started 2022.
  world = await buildEvaluationWorld(t.db, [{ regionCode: '35.78' }, { regionCode: '35.78', adminCheck: 'failed' }, { regionCode: '33.74' }]);
  await t.db.transaction().execute((trx) =>
    recordCompetitionAwards(trx, { userId: null, role: 'system', requestId: 'dash-test' }, [
      { innovationId: world.proposals[0]!.innovationId, competitionId: world.competitionId, level: 'top_99', year: world.year, label: 'Top 99 KIPP' },
      { innovationId: world.proposals[2]!.innovationId, competitionId: world.competitionId, level: 'top_45', year: world.year, label: 'Top 45 KIPP' },
    ]),
  );
});

afterAll(async () => {
  await t.close();
});

async function national(query = ''): Promise<NationalDashboard> {
  const res = await t.agent().get(`/api/dashboard/national${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const countOf = (buckets: { key: string; count: number }[], key: string) => buckets.find((b) => b.key === key)?.count ?? 0;

describe('GET /api/dashboard/national', () => {
  it('counts published innovations by province, category, SDG and start year', async () => {
    const d = await national();
    // 3 inserted + 3 from the competition world; the draft is left out.
    expect(d.innovations.total).toBe(6);
    expect(d.innovations.byProvince).toHaveLength(38);
    expect(countOf(d.innovations.byProvince, '35')).toBe(4);
    expect(countOf(d.innovations.byProvince, '33')).toBe(2);
    expect(d.innovations.byProvince.find((p) => p.key === '35')!.name).toBe('Jawa Timur');
    expect(d.innovations.bySdg).toHaveLength(17);
    expect(countOf(d.innovations.bySdg, '3')).toBe(5);
    expect(countOf(d.innovations.bySdg, '10')).toBe(1);
    expect(countOf(d.innovations.bySdg, '4')).toBe(1);
    expect(countOf(d.innovations.bySdg, '17')).toBe(0);
    expect(d.innovations.byStartYear).toEqual([
      { key: '2019', count: 2 },
      { key: '2020', count: 1 },
      { key: '2022', count: 3 },
    ]);
    expect(countOf(d.innovations.byCategory, 'pendidikan')).toBe(1);
    expect(d.innovations.byCategory.reduce((s, b) => s + b.count, 0)).toBe(6);
  });

  it('gives the KIPP history: submitted, passed the check, Top 99 and Top 45 from the catalog awards', async () => {
    const d = await national();
    const row = d.kipp.find((k) => k.competitionId === world.competitionId)!;
    expect(row).toMatchObject({ year: 2026, kind: 'kipp', proposals: 3, passedCheck: 2, top99: 2, top45: 1, winners: 2 });
    expect(d.specialCalls).toEqual([]);
  });

  it('filters by province and by year', async () => {
    const jatim = await national('?province=35');
    expect(jatim.innovations.total).toBe(4);
    expect(countOf(jatim.innovations.byProvince, '33')).toBe(0);
    expect(jatim.kipp.find((k) => k.competitionId === world.competitionId)).toMatchObject({ proposals: 2, passedCheck: 1, top99: 1, top45: 0 });
    const y2019 = await national('?year=2019');
    expect(y2019.innovations.total).toBe(2);
    expect(y2019.kipp).toEqual([]);
    expect(y2019.filters).toEqual({ year: 2019, province: null });
  });

  it('answers a filter combination without data with zeros, not an error', async () => {
    const empty = await national('?year=1990&province=91');
    expect(empty.innovations.total).toBe(0);
    expect(empty.innovations.byProvince.every((p) => p.count === 0)).toBe(true);
    expect(empty.innovations.bySdg.every((p) => p.count === 0)).toBe(true);
  });

  it('refuses malformed filters in both languages and writes nothing', async () => {
    const before = await databaseFingerprint(t.db);
    const id = await t.agent('id').get('/api/dashboard/national?province=3');
    expect(id.statusCode).toBe(400);
    expect(id.json().error.code).toBe('VALIDATION_FAILED');
    const en = await t.agent('en').get('/api/dashboard/national?year=abc');
    expect(en.statusCode).toBe(400);
    expect(en.json().error.message).toMatch(/^Invalid data: Year /);
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });
});

describe('GET /api/regions/:code/profile', () => {
  async function profile(code: string): Promise<RegionProfile> {
    const res = await t.agent().get(`/api/regions/${encodeURIComponent(code)}/profile`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  it('describes a city: innovations, awards, newest records and its peers (cities of the same province)', async () => {
    const p = await profile('35.78');
    expect(p.region).toMatchObject({ code: '35.78', level: 'regency', kind: 'kota', provinceCode: '35', provinceName: 'Jawa Timur' });
    expect(p.innovations.total).toBe(4);
    expect(p.awards).toEqual([{ level: 'top_99', count: 1 }]);
    expect(p.recent).toHaveLength(4);
    expect(p.peers[0]).toMatchObject({ code: '35.78', count: 4, rank: 1 });
    // Only cities (kota) of Jawa Timur: nine of them, no regencies.
    expect(p.peers).toHaveLength(9);
    expect(p.peers.every((peer) => peer.code.startsWith('35.7'))).toBe(true);
  });

  it('describes a province with every province as its peers', async () => {
    const p = await profile('33');
    expect(p.region).toMatchObject({ code: '33', level: 'province', name: 'Jawa Tengah' });
    expect(p.innovations.total).toBe(2);
    expect(p.awards).toEqual([{ level: 'top_45', count: 1 }]);
    expect(p.peers).toHaveLength(38);
    expect(p.peers.find((peer) => peer.code === '33')).toMatchObject({ count: 2, rank: 2 });
  });

  it('answers unknown or malformed codes with an empty profile', async () => {
    for (const code of ['99.99', 'abc', '35.00']) {
      const p = await profile(code);
      expect(p.region).toBeNull();
      expect(p.innovations.total).toBe(0);
      expect(p.peers).toEqual([]);
    }
  });
});

describe('cached answers', () => {
  it('follow an audited change: a stale answer may be served while it refreshes, then the new figure', async () => {
    expect((await national()).kipp.find((k) => k.competitionId === world.competitionId)!.top45).toBe(1);
    // recordCompetitionAwards appends an audit entry, which moves the cache's stamp.
    await t.db
      .transaction()
      .execute((trx) =>
        recordCompetitionAwards(trx, { userId: null, role: 'system', requestId: 'dash-cache' }, [
          { innovationId: world.proposals[1]!.innovationId, competitionId: world.competitionId, level: 'top_5', year: world.year, label: 'Top 5 KIPP' },
        ]),
      );
    await expect.poll(async () => (await national()).kipp.find((k) => k.competitionId === world.competitionId)!.top45, { timeout: 20_000 }).toBe(2);
    await expect
      .poll(async () => (await national('?province=35')).kipp.find((k) => k.competitionId === world.competitionId), { timeout: 20_000 })
      .toMatchObject({ top99: 2, top45: 1 });
  });
});
