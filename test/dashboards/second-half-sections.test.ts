import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NationalDashboard, RegionProfile, TodoList } from '../../src/common/dashboards.js';
import { SYSTEM_ACTOR } from '../../src/server/audit/audit-log.js';
import { recordHistoricalAwards } from '../../src/server/modules/catalog/awards-service.js';
import { invalidateDashboards } from '../../src/server/modules/dashboards/cache.js';
import { currentYear } from '../../src/server/modules/dashboards/sections-common.js';
import { setRegionFacts } from '../../src/server/modules/incentive/facts-service.js';
import { demoRuleSet } from '../../src/server/modules/incentive/demo.js';
import { createRuleSet, publishRuleSet } from '../../src/server/modules/incentive/rules-service.js';
import { recommendScenario, runScenario } from '../../src/server/modules/incentive/scenarios-service.js';
import { insertPublished } from '../catalog/catalog-helpers.js';
import type { Agent } from '../helpers/agent.js';
import { findAgencyId } from '../../src/server/modules/agencies/service.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The second half's figures on the dashboards (issue #19): One Agency One Innovation coverage, the
 * regional innovation index (published results only), the fiscal incentive (published
 * recommendation only) and the JIPP hubs — on the national view (filters, tile map, links,
 * exports) and on the region profiles (with plain empty states).
 */
let t: TestApp;
let ministry: Agent;
let indexAdmin: Agent;
const year = currentYear();

let jatimAgencies = 0;

beforeAll(async () => {
  t = await createTestApp();
  ministry = (await t.signedIn('ministry_admin')).agent;
  indexAdmin = (await t.signedIn('index_admin')).agent;
  // OAOI: every regional government is an agency; Surabaya runs an innovation since two years ago, Makassar since last year.
  const surabaya = (await findAgencyId(t.db, { regionCode: '35.78', type: 'kota' }))!;
  const makassar = (await findAgencyId(t.db, { regionCode: '73.71', type: 'kota' }))!;
  await insertPublished(t.db, surabaya, { regionCode: '35.78', startDate: `${year - 2}-02-01` });
  await insertPublished(t.db, makassar, { regionCode: '73.71', startDate: `${year - 1}-03-01` });
  const coverage = (await ministry.get(`/api/oaoi/coverage?year=${year}`)).json() as { byProvince: { code: string; agencies: number }[] };
  jatimAgencies = coverage.byProvince.find((p) => p.code === '35')!.agencies;
  fresh();
});
afterAll(async () => t.close());

/** The dashboards cache follows the audit head once a second; a test reading right after a write asks for fresh figures. */
const fresh = () => invalidateDashboards(t.db);
const national = async (query = '') => (await t.agent().get(`/api/dashboard/national${query}`)).json() as NationalDashboard;
const profile = async (code: string) => (await t.agent().get(`/api/regions/${code}/profile`)).json() as RegionProfile;
type Section = NationalDashboard['sections'][number];
const section = (d: { sections: Section[] }, id: string) => d.sections.find((s) => s.id === id);
const values = (s: Section | undefined) => Object.fromEntries((s?.rows ?? []).map((r) => [r.key, r.value]));
const extra = (s: Section | undefined, key: string) => s?.extra?.find((e) => e.key === key)?.values;

describe('One Agency One Innovation on the dashboards', () => {
  it('shows the share of agencies meeting the target per province (tile map), per type and per year, filtered', async () => {
    const all = await national();
    const byProvince = section(all, 'oaoi.byProvince');
    expect(byProvince).toMatchObject({ tileMap: true, listHref: '/satu-instansi-satu-inovasi' });
    // Matches the module's own coverage view, province by province.
    const coverage = (await ministry.get(`/api/oaoi/coverage?year=${year}`)).json() as { byProvince: { code: string; share: number }[]; byYear: { year: number; share: number }[] };
    expect(values(byProvince)).toEqual(Object.fromEntries(coverage.byProvince.map((p) => [p.code, Math.round(p.share * 1000) / 10])));
    expect(values(byProvince)['35']).toBe(Math.round((1 / jatimAgencies) * 1000) / 10);
    expect(values(byProvince)['11']).toBe(0);
    expect(extra(byProvince, 'meeting')![Object.keys(values(byProvince)).indexOf('73')]).toBe(1);
    expect(Object.keys(values(section(all, 'oaoi.byType'))).sort()).toEqual(['kabupaten', 'kota', 'provinsi']);
    expect(values(section(all, 'oaoi.byYear'))).toEqual(Object.fromEntries(coverage.byYear.map((y) => [String(y.year), Math.round(y.share * 1000) / 10])));
    // Makassar's innovation started last year: two years ago, only Surabaya met its target.
    const sulsel = await national('?province=73');
    expect(Object.keys(values(section(sulsel, 'oaoi.byProvince')))).toEqual(['73']);
    const sulselYears = values(section(sulsel, 'oaoi.byYear'));
    expect(sulselYears[year - 2]).toBe(0);
    expect(sulselYears[year - 1]).toBeGreaterThan(0);
  });

  it('shows a region’s target and realisation over the years, and a plain empty state where no agency is', async () => {
    const jatim = section(await profile('35'), 'oaoi.region');
    expect(values(jatim)[year]).toBe(1);
    expect(values(jatim)[year - 3]).toBe(0);
    expect(extra(jatim, 'target')!.at(-1)).toBe(jatimAgencies);
    const city = section(await profile('35.78'), 'oaoi.region');
    expect(values(city)[year]).toBe(1);
    expect(extra(city, 'coverage')!.at(-1)).toBe(100);
    // An unknown code: the empty profile, never an error.
    const unknown = await t.agent().get('/api/regions/99.99/profile');
    expect(unknown.statusCode).toBe(200);
    expect((unknown.json() as RegionProfile).region).toBeNull();
  });
});

describe('the regional innovation index on the dashboards', () => {
  it('shows nothing until the results are published, then the predicates and the provincial scores', async () => {
    expect((await indexAdmin.post('/api/index/models', { year: 2023 })).statusCode).toBe(201);
    expect((await indexAdmin.post('/api/index/models/2023/publish')).statusCode).toBe(200);
    // The role homes: the index team sees the open window with its close; a region's admin its unsent report with the same deadline.
    const closesAt = new Date(Date.now() + 5 * 86_400_000);
    expect(
      (await indexAdmin.request('PUT', '/api/index/models/2023/window', { body: { opensAt: new Date(Date.now() - 86_400_000).toISOString(), closesAt: closesAt.toISOString() } }))
        .statusCode,
    ).toBe(200);
    const todoOf = async (agent: Agent) => ((await agent.get('/api/me/todo')).json() as TodoList).items;
    expect((await todoOf(indexAdmin)).find((i) => i.id === 'index.admin.window')).toMatchObject({ count: 1, deadline: closesAt.toISOString(), href: '/indeks' });
    const surabayaAdmin = (await t.signedIn('agency_admin', { agencyId: (await findAgencyId(t.db, { regionCode: '35.78', type: 'kota' }))! })).agent;
    expect((await todoOf(surabayaAdmin)).find((i) => i.id === 'index.unsent')).toMatchObject({ count: 1, deadline: closesAt.toISOString() });
    expect((await indexAdmin.post('/api/index/2023/results/compute')).statusCode).toBe(200);
    fresh();
    // Computed but not published: nothing shows, anywhere.
    expect(section(await national(), 'index.predicates')).toBeUndefined();
    expect(section(await profile('35'), 'index.region')!.rows).toEqual([]);

    expect((await indexAdmin.post('/api/index/2023/results/publish')).statusCode).toBe(200);
    fresh();
    const all = await national();
    const predicates = section(all, 'index.predicates')!;
    expect(predicates.listHref).toBe('/indeks');
    const regions = (await t.agent().get('/api/index/2023/results')).json() as { items: unknown[] };
    expect(predicates.rows.reduce((s, r) => s + r.value, 0)).toBe(regions.items.length);
    const provinces = section(all, 'index.byProvince')!;
    expect(provinces.tileMap).toBe(true);
    expect(provinces.rows.map((r) => r.key)).toContain('35');
    expect(provinces.rows.every((r) => /^\d{2}$/.test(r.key))).toBe(true);
    // A year without published results and a province filter.
    expect(section(await national('?year=2022'), 'index.predicates')).toBeUndefined();
    const jatim = section(await national('?province=35'), 'index.predicates')!;
    expect(jatim.rows.reduce((s, r) => s + r.value, 0)).toBeLessThan(regions.items.length);
    // The region profile: the year's score and predicate.
    const card = section(await profile('35.78'), 'index.region')!;
    expect(card.rows.map((r) => r.key)).toEqual(['2023']);
    expect(card.rows[0]!.label.id).toMatch(/^2023 — /);
  });
});

describe('the fiscal incentive on the dashboards', () => {
  it('shows only a published recommendation: eligible regions and amounts by province, linked to it', async () => {
    for (const region of ['35.78', '73.71', '35.10']) {
      // A Top 45 award of KIPP 2025 (the rule set's results year) and the facts; Banyuwangi's budget came late.
      const agency = (await findAgencyId(t.db, { regionCode: region, type: region === '35.10' ? 'kabupaten' : 'kota' }))!;
      const innovationId = await insertPublished(t.db, agency, { regionCode: region, title: `Inovasi Top 45 ${region}` });
      await t.db.transaction().execute((trx) => recordHistoricalAwards(trx, SYSTEM_ACTOR, [{ innovationId, level: 'top_45', year: 2025, label: 'Top 45 KIPP 2025' }]));
      await setRegionFacts(t.db, SYSTEM_ACTOR, 2026, region, [
        { fact: 'audit_opinion', value: 'WTP', source: 'uji', sourceDate: '2025-06-30' },
        { fact: 'budget_on_time', value: region === '35.10' ? 'tidak' : 'ya', source: 'uji', sourceDate: '2025-06-30' },
        { fact: 'ptsp', value: 'ya', source: 'uji', sourceDate: '2025-06-30' },
      ]);
    }
    const ruleSet = await createRuleSet(t.db, SYSTEM_ACTOR, { fiscalYear: 2026, name: 'Insentif uji 2026', config: demoRuleSet(2025) });
    await publishRuleSet(t.db, SYSTEM_ACTOR, ruleSet.id);
    const scenario = await runScenario(t.db, SYSTEM_ACTOR, ruleSet.id, { name: 'Skenario uji', overrides: {} });
    fresh();
    expect(section(await national(), 'incentive.regions')).toBeUndefined();
    expect(section(await profile('35.78'), 'incentive.region')!.rows).toEqual([]);

    await recommendScenario(t.db, SYSTEM_ACTOR, scenario.id);
    fresh();
    const all = await national();
    const regions = section(all, 'incentive.regions')!;
    expect(regions).toMatchObject({ tileMap: true, listHref: `/insentif/rekomendasi/${scenario.id}` });
    const published = (await t.agent().get(`/api/incentive/recommendations/${scenario.id}`)).json() as {
      result: { regions: { regionCode: string; eligible: boolean; amount: string }[] };
    };
    const eligible = published.result.regions.filter((r) => r.eligible);
    expect(eligible.map((r) => r.regionCode).sort()).toEqual(['35.78', '73.71']);
    expect(values(regions)).toEqual({ '35': 1, '73': 1 });
    const amounts = values(section(all, 'incentive.amounts'));
    expect(amounts['35']).toBe(Number(eligible.find((r) => r.regionCode === '35.78')!.amount));
    expect(section(await national('?year=2027'), 'incentive.regions')).toBeUndefined();

    // The finance viewer's home lists the published recommendation.
    const finance = (await t.signedIn('finance_viewer')).agent;
    expect(((await finance.get('/api/me/todo')).json() as TodoList).items.find((i) => i.id === 'incentive.recommendations')).toMatchObject({ count: 1, href: '/insentif' });

    const city = section(await profile('35.78'), 'incentive.region')!;
    expect(city.rows).toEqual([{ key: '2026', label: { id: 'TA 2026 — layak', en: '2026 — eligible' }, value: amounts['35'] }]);
    expect(section(await profile('35.10'), 'incentive.region')!.rows[0]!.label.id).toBe('TA 2026 — tidak layak');
  });
});

describe('JIPP hubs on the dashboards', () => {
  it('puts each hub on the tile map with its year, activities and replications, and shows a region’s membership', async () => {
    // The ministry designates Nusa Tenggara Timur's hub; it shows on the map with its year and the year's activity log.
    expect(values(section(await national(), 'hubs.map'))['53']).toBeUndefined();
    const hub = await ministry.post('/api/hubs', {
      provinceCode: '53',
      yearDesignated: 2024,
      decreeNumber: 'SK-UJI/2024',
      decreeDate: '2024-02-01',
      decreeDocument: null,
      periodStart: '2024-02-01',
      periodEnd: null,
      status: 'active',
    });
    expect(hub.statusCode).toBe(201);
    const hubId = (hub.json() as { id: string }).id;
    const denpasar = (await findAgencyId(t.db, { regionCode: '53.71', type: 'kota' }))!;
    expect((await ministry.post(`/api/hubs/${hubId}/members`, { agencyId: denpasar, kind: 'agency' })).statusCode).toBeLessThan(300);
    expect((await ministry.post(`/api/hubs/${hubId}/activity-log`, { heldOn: `${year}-01-10`, kind: 'event', participants: 40 })).statusCode).toBeLessThan(300);
    fresh();

    const map = section(await national(), 'hubs.map')!;
    expect(map).toMatchObject({ tileMap: true, listHref: '/jipp' });
    const bali = map.rows.findIndex((r) => r.key === '53');
    expect(map.rows[bali]!.value).toBe(0);
    expect(extra(map, 'year_designated')![bali]).toBe(2024);
    expect(extra(map, 'activities')![bali]).toBe(1);
    // Designated after the filter's year: not on that year's map; the province filter keeps its own hub only.
    expect(values(section(await national('?year=2023'), 'hubs.map'))['53']).toBeUndefined();
    expect(Object.keys(values(section(await national('?province=53'), 'hubs.map')))).toEqual(['53']);

    const city = section(await profile('53.71'), 'hubs.region')!;
    expect(city.listHref).toBe(`/jipp/${hubId}`);
    expect(extra(city, 'member_agencies')).toEqual([1]);
    expect(extra(section(await profile('53.01'), 'hubs.region'), 'member_agencies')).toEqual([0]);
  });

  it('puts every new figure in the dashboard workbook and PDF', async () => {
    const xlsx = await t.agent().get('/api/dashboard/national/export?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const names = wb.worksheets.map((s) => s.name);
    // Sheet names are cut to 31 characters and lose ':' (Excel's rules).
    const count = (prefix: string) => names.filter((n) => n.startsWith(prefix)).length;
    expect({
      coverage: count('Cakupan'),
      predicates: count('Predikat IID'),
      scores: count('Skor IID provinsi'),
      incentive: count('Insentif 2026'),
      hubs: count('Hub JIPP'),
    }).toEqual({
      coverage: 3,
      predicates: 1,
      scores: 1,
      incentive: 2,
      hubs: 1,
    });
    const hubs = wb.worksheets.find((s) => s.name.startsWith('Hub JIPP'))!;
    expect(hubs.getRow(1).values).toContain('Tahun penetapan');
    const pdf = await t.agent().get('/api/dashboard/national/export?format=pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
