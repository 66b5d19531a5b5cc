import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuleSetConfig, ScenarioResult } from '../../src/common/incentive.js';
import { SYSTEM_ACTOR } from '../../src/server/audit/audit-log.js';
import { recordHistoricalAwards } from '../../src/server/modules/catalog/awards-service.js';
import type { Agent } from '../helpers/agent.js';
import { buildAgency } from '../helpers/factories.js';
import { multipartFile } from '../helpers/multipart.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { insertPublished } from '../catalog/catalog-helpers.js';

/**
 * The regional incentive end to end through the API: rule checks that write nothing, a published
 * (frozen) rule set, facts by hand and by file, a scenario that reproduces a table computed by
 * hand, comparison, the recommendation (once), what the finance viewer, a region and the public
 * may see.
 */
let t: TestApp;
let ministry: Agent;
let finance: Agent;
let surabayaAdmin: Agent;

const bn = (x: number) => (BigInt(Math.round(x * 1000)) * 1_000_000n).toString();

/** The 2022 shape (cluster shares), small enough to compute by hand. */
const rules = (overrides: Partial<RuleSetConfig> = {}): RuleSetConfig => ({
  resultsYear: 2025,
  conditions: [
    { code: 'wtp', fact: 'audit_opinion', passes: ['WTP'] },
    { code: 'apbd', fact: 'budget_on_time', passes: ['ya'] },
  ],
  categories: [{ code: 'top45', name: 'Top 45 KIPP', measure: 'kipp_top45', weight: 100 }],
  clusters: [
    { code: 'prov', name: 'Provinsi', by: 'kind', values: ['provinsi'], shareBasisPoints: 1500 },
    { code: 'kab', name: 'Kabupaten', by: 'kind', values: ['kabupaten'], shareBasisPoints: 5000 },
    { code: 'kota', name: 'Kota', by: 'kind', values: ['kota'], shareBasisPoints: 3500 },
  ],
  pool: bn(10),
  minPerRegion: bn(0.5),
  maxPerRegion: bn(3),
  ...overrides,
});

/** Region → number of Top 45 KIPP 2025 awards of its government's innovations. */
const TOP45: Record<string, { type: 'provinsi' | 'kabupaten' | 'kota'; awards: number }> = {
  '51': { type: 'provinsi', awards: 2 }, // Bali: budget late → not eligible
  '52': { type: 'provinsi', awards: 1 }, // NTB
  '35.10': { type: 'kabupaten', awards: 4 }, // Banyuwangi
  '35.25': { type: 'kabupaten', awards: 2 }, // Gresik
  '35.15': { type: 'kabupaten', awards: 1 }, // Sidoarjo
  '35.78': { type: 'kota', awards: 4 }, // Surabaya
  '35.73': { type: 'kota', awards: 1 }, // Malang: WDP → not eligible
  '35.79': { type: 'kota', awards: 1 }, // Batu
};

async function facts(agent: Agent, code: string, opinion: string, onTime: string) {
  const response = await agent.request('PUT', `/api/incentive/facts/2026/${code}`, {
    body: {
      facts: [
        { fact: 'audit_opinion', value: opinion, source: 'LHP BPK 2025', sourceDate: '2025-05-20' },
        { fact: 'budget_on_time', value: onTime, source: 'Kemendagri', sourceDate: '2025-01-10' },
      ],
    },
  });
  expect(response.statusCode, response.body).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  ministry = (await t.signedIn('ministry_admin')).agent;
  finance = (await t.signedIn('finance_viewer')).agent;
  let surabayaAgency = '';
  for (const [code, { type, awards }] of Object.entries(TOP45)) {
    const agency = await buildAgency(t.db, { type, regionCode: code });
    if (code === '35.78') surabayaAgency = agency.id;
    const ids: string[] = [];
    for (let i = 0; i < awards; i++) ids.push(await insertPublished(t.db, agency.id, { title: `Inovasi ${code} nomor ${i + 1}`, regionCode: code }));
    await t.db.transaction().execute((trx) =>
      recordHistoricalAwards(
        trx,
        SYSTEM_ACTOR,
        ids.map((innovationId) => ({ innovationId, level: 'top_45', year: 2025, label: 'Top 45 KIPP 2025' })),
      ),
    );
  }
  surabayaAdmin = (await t.signedIn('agency_admin', { agencyId: surabayaAgency })).agent;
  for (const code of Object.keys(TOP45)) await facts(ministry, code, code === '35.73' ? 'WDP' : 'WTP', code === '51' ? 'tidak' : 'ya');
});

afterAll(async () => {
  await t.close();
});

describe('rule sets', () => {
  it.each([
    ['shares that do not sum to 100%', { clusters: rules().clusters.map((c) => ({ ...c, shareBasisPoints: 3000 })) }, 'clusters.shareBasisPoints'],
    ['a minimum above the maximum', { minPerRegion: bn(4) }, 'minPerRegion'],
    ['contradictory conditions', { conditions: [...rules().conditions, { code: 'wdp', fact: 'audit_opinion' as const, passes: ['WDP'] }] }, 'conditions'],
    ['a value the fact does not take', { conditions: [{ code: 'x', fact: 'ptsp' as const, passes: ['mungkin'] }] }, 'conditions[0].passes'],
  ])('refuses %s, naming the field, and writes nothing', async (_name, change, field) => {
    const before = await databaseFingerprint(t.db);
    const response = await ministry.post('/api/incentive/rule-sets', { fiscalYear: 2026, name: 'Uji', config: rules(change) });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0].field).toBe(field);
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it('refuses a negative pool by its shape', async () => {
    const response = await ministry.post('/api/incentive/rule-sets', { fiscalYear: 2026, name: 'Uji', config: rules({ pool: '-5' }) });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('pool');
  });

  it('keeps rule sets from the finance viewer (read only) and regions', async () => {
    expect((await finance.post('/api/incentive/rule-sets', { fiscalYear: 2026, name: 'Uji', config: rules() })).statusCode).toBe(403);
    expect((await surabayaAdmin.get('/api/incentive/rule-sets')).statusCode).toBe(403);
    expect((await t.agent().get('/api/incentive/rule-sets')).statusCode).toBe(401);
  });
});

describe('a fiscal year from rules to recommendation', () => {
  let ruleSetId = '';
  let baseId = '';
  let otherId = '';

  it('drafts, runs nothing before publication, then freezes the rules', async () => {
    const created = await ministry.post('/api/incentive/rule-sets', { fiscalYear: 2026, name: 'Insentif 2026', config: rules() });
    expect(created.statusCode, created.body).toBe(201);
    ruleSetId = created.json().id;
    expect((await ministry.post(`/api/incentive/rule-sets/${ruleSetId}/scenarios`, { name: 'Terlalu dini' })).json().error.code).toBe('RULE_SET_NOT_PUBLISHED');
    expect((await ministry.post(`/api/incentive/rule-sets/${ruleSetId}/publish`)).json().status).toBe('published');
    const change = await ministry.request('PUT', `/api/incentive/rule-sets/${ruleSetId}`, { body: { name: 'Insentif 2026', config: rules({ pool: bn(20) }) } });
    expect(change.statusCode).toBe(409);
    expect(change.json().error.code).toBe('RULE_SET_FROZEN');
    const second = await ministry.post('/api/incentive/rule-sets', { fiscalYear: 2026, name: 'Kedua', config: rules() });
    expect((await ministry.post(`/api/incentive/rule-sets/${second.json().id}/publish`)).json().error.code).toBe('RULE_SET_YEAR_PUBLISHED');
  });

  it('reproduces the hand-computed table, to the rupiah', async () => {
    const run = await ministry.post(`/api/incentive/rule-sets/${ruleSetId}/scenarios`, { name: 'Dasar' });
    expect(run.statusCode, run.body).toBe(201);
    baseId = run.json().id;
    const result: ScenarioResult = (await finance.get(`/api/incentive/scenarios/${baseId}`)).json().result;
    const amount = (code: string) => result.regions.find((r) => r.regionCode === code)!.amount;
    // Provinces, 1.5 bn: NTB alone (Bali's budget was late). Regencies, 5 bn over indexes 100 / 50 / 25:
    // 2,857,142,857.14 / 1,428,571,428.57 / 714,285,714.29, the one rounding rupiah to the largest
    // remainder (Gresik). Cities, 3.5 bn over 100 / 25 (Malang WDP): 2.8 bn and 0.7 bn.
    expect(amount('52')).toBe(bn(1.5));
    expect(amount('51')).toBe('0');
    expect(amount('35.10')).toBe('2857142857');
    expect(amount('35.25')).toBe('1428571429');
    expect(amount('35.15')).toBe('714285714');
    expect(amount('35.78')).toBe(bn(2.8));
    expect(amount('35.79')).toBe(bn(0.7));
    expect(amount('35.73')).toBe('0');
    expect(result.allocated).toBe(bn(10));
    expect(result.unallocated).toBe('0');
    const malang = result.regions.find((r) => r.regionCode === '35.73')!;
    expect(malang.eligible).toBe(false);
    expect(malang.reasons.map((r) => r.text.id)).toContain('Tidak memenuhi: opini BPK 2026 WDP (syarat: WTP)');
    const bali = result.regions.find((r) => r.regionCode === '51')!;
    expect(bali.reasons.find((r) => !r.met)!.text.en).toBe('Does not meet: regional budget on time 2026 no (required: yes)');
    // Regions the rules never funded are listed too, with their reasons, and get nothing.
    expect(result.regions.find((r) => r.regionCode === '11')!.eligible).toBe(false);
  });

  it('stores each run with the hash of its inputs, and compares two', async () => {
    const run = await ministry.post(`/api/incentive/rule-sets/${ruleSetId}/scenarios`, { name: 'Dana 12 miliar', overrides: { pool: bn(12), shares: { kab: 4000, kota: 4500 } } });
    expect(run.statusCode, run.body).toBe(201);
    otherId = run.json().id;
    expect(run.json().inputsHash).toMatch(/^[0-9a-f]{64}$/);
    const compare = await finance.get(`/api/incentive/scenarios/compare?a=${baseId}&b=${otherId}`);
    expect(compare.statusCode).toBe(200);
    const body = compare.json();
    const surabaya = body.rows.find((r: { regionCode: string }) => r.regionCode === '35.78');
    // Cities: 12 bn × 45% = 5.4 bn over 100 / 25 → Surabaya 4.32 bn, capped at 3 bn; Batu 2.4 bn.
    expect(surabaya.b.amount).toBe(bn(3));
    expect(surabaya.delta).toBe(bn(0.2));
    expect(body.gainers + body.losers + body.unchanged).toBe(body.rows.length);
    const badShares = await ministry.post(`/api/incentive/rule-sets/${ruleSetId}/scenarios`, { name: 'Salah', overrides: { shares: { kab: 9000 } } });
    expect(badShares.statusCode).toBe(400);
  });

  it('publishes one recommendation, audited, which the public can then read', async () => {
    expect((await t.agent().get(`/api/incentive/recommendations/${baseId}`)).statusCode).toBe(404);
    const recommend = await ministry.post(`/api/incentive/scenarios/${baseId}/recommend`);
    expect(recommend.statusCode, recommend.body).toBe(200);
    expect(recommend.json().recommendedAt).not.toBeNull();
    expect((await ministry.post(`/api/incentive/scenarios/${otherId}/recommend`)).json().error.code).toBe('RECOMMENDATION_EXISTS');
    const audit = await t.db.selectFrom('audit_log').select(['action', 'after']).where('entity_id', '=', baseId).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['incentive.recommendation.publish', 'incentive.scenario.run']);
    const pub = await t.agent().get(`/api/incentive/recommendations/${baseId}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.json().result.allocated).toBe(bn(10));
    expect((await t.agent().get(`/api/incentive/recommendations/${otherId}`)).statusCode).toBe(404);
    expect((await t.agent().get('/api/incentive/recommendations')).json().items.map((s: { id: string }) => s.id)).toEqual([baseId]);
    // The finance viewer is told, and its home lists the recommendation to read.
    const todo = (await finance.get('/api/me/todo')).json();
    expect(todo.items.find((i: { id: string }) => i.id === 'incentive.recommendations')).toMatchObject({ count: 1, href: '/insentif' });
    expect(await t.db.selectFrom('notifications').select('id').where('kind', '=', 'incentive.published').execute()).not.toHaveLength(0);
  });

  it('gives the finance viewer the workbook and the letter', async () => {
    const xlsx = await finance.get(`/api/incentive/scenarios/${baseId}/xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const letter = await finance.get(`/api/incentive/scenarios/${baseId}/letter`);
    expect(letter.statusCode).toBe(200);
    expect(letter.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("shows a region its own pre-check, without money, and no one else's", async () => {
    const response = await surabayaAdmin.get('/api/incentive/precheck?year=2026');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.region.regionCode).toBe('35.78');
    expect(body.region.eligible).toBe(true);
    expect(body.region).not.toHaveProperty('amount');
    expect(body.facts.map((f: { fact: string }) => f.fact).sort()).toEqual(['audit_opinion', 'budget_on_time']);
    const ministryAgencyAdmin = (await t.signedIn('agency_admin', { agencyId: (await buildAgency(t.db, { type: 'kementerian', regionCode: null })).id })).agent;
    expect((await ministryAgencyAdmin.get('/api/incentive/precheck?year=2026')).statusCode).toBe(404);
    expect((await finance.get('/api/incentive/precheck?year=2026')).statusCode).toBe(403);
  });
});

describe('region facts', () => {
  const csv = (text: string) => multipartFile('fakta.csv', Buffer.from(text), { contentType: 'text/csv' });

  it('refuses a file with an unknown region or value, naming row and column, and writes nothing', async () => {
    const before = await databaseFingerprint(t.db);
    const response = await finance.request(
      'POST',
      '/api/incentive/facts/import?year=2027',
      csv('kode_wilayah,opini_bpk,ptsp,catatan\n35.78,WTP,ya,x\n99.99,WTP,ya,\n35.10,Baik,ya,\n'),
    );
    expect(response.statusCode).toBe(400);
    const report = response.json().error.details;
    expect(report.errors).toEqual([expect.objectContaining({ row: 3, column: 'kode_wilayah' }), expect.objectContaining({ row: 4, column: 'opini_bpk' })]);
    expect(report.warnings[0].column).toBe('catatan');
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it('imports a clean file in one go (the finance office may), normalising how values are typed', async () => {
    const response = await finance.request(
      'POST',
      '/api/incentive/facts/import?year=2027',
      csv('Kode Wilayah;Opini BPK;APBD tepat waktu;Kapasitas fiskal;Sumber\n35.78;wtp;Ya;Sangat Tinggi;BPK\n35.10;WDP;tidak;sedang;BPK\n'),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().facts).toBe(6);
    const listed = (await finance.get('/api/incentive/facts?year=2027&province=35')).json().items;
    const surabaya = listed.find((r: { regionCode: string }) => r.regionCode === '35.78');
    expect(surabaya.facts.audit_opinion.value).toBe('WTP');
    expect(surabaya.facts.fiscal_capacity.value).toBe('sangat_tinggi');
  });

  it('refuses a source date in the future', async () => {
    const response = await ministry.request('PUT', '/api/incentive/facts/2027/35.78', { body: { facts: [{ fact: 'ptsp', value: 'ya', source: 'x', sourceDate: '2099-01-01' }] } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0].field).toBe('facts[0].sourceDate');
  });
});

describe('a resent facts PUT', () => {
  it('writes and audits once when twenty identical ones arrive together', async () => {
    const body = { facts: [{ fact: 'e_government', value: 'ya', source: 'SPBE 2026', sourceDate: '2026-01-05' }] };
    const audits = async () => (await t.db.selectFrom('audit_log').select('id').where('action', '=', 'incentive.facts.update').where('entity_id', '=', '52').execute()).length;
    const before = await audits();
    const answers = await Promise.all(Array.from({ length: 20 }, () => ministry.request('PUT', '/api/incentive/facts/2026/52', { body })));
    expect(answers.every((a) => a.statusCode === 200)).toBe(true);
    expect((await audits()) - before).toBe(1);
  });
});
