import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { OaoiAgencyView, OaoiCoverageView } from '../../src/common/institutionalisation.js';
import { innovationsRunningPerAgencyYear } from '../../src/server/modules/catalog/figures-service.js';
import { selectRealisation } from '../../src/server/modules/institutionalisation/oaoi-repository.js';
import { oaoiCoverageByProvince } from '../../src/server/modules/institutionalisation/oaoi-service.js';
import { insertPublished } from '../catalog/catalog-helpers.js';
import type { Agent } from '../helpers/agent.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { ok } from '../replication/fixtures.js';

let t: TestApp;
let ministry: Agent;
let busyAdmin: Agent;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  // Three governments in Papua Pegunungan (95), a province no other test data uses.
  const busy = await buildAgency(t.db, { type: 'kabupaten', regionCode: '95.01', name: 'Kabupaten Uji Sibuk' });
  const single = await buildAgency(t.db, { type: 'kabupaten', regionCode: '95.02', name: 'Kabupaten Uji Tunggal' });
  const idle = await buildAgency(t.db, { type: 'kota', regionCode: '95.03', name: 'Kota Uji Diam' });
  Object.assign(ids, { busy: busy.id, single: single.id, idle: idle.id });
  await insertPublished(t.db, busy.id, { regionCode: '95.01', startDate: '2023-02-01' });
  await insertPublished(t.db, busy.id, { regionCode: '95.01', startDate: '2025-06-01' });
  await insertPublished(t.db, single.id, { regionCode: '95.02', startDate: '2025-03-01' });
  // Stopped in 2024: running through 2024 only (its status was confirmed as stopped then).
  const stopped = await insertPublished(t.db, idle.id, { regionCode: '95.03', startDate: '2021-01-01', status: 'stopped' });
  await t.db
    .updateTable('innovations')
    .set({ status_confirmed_at: new Date('2024-05-01T00:00:00Z') })
    .where('id', '=', stopped)
    .execute();
  ministry = (await t.signedIn('ministry_admin')).agent;
  busyAdmin = (await t.signedIn('agency_admin', { agencyId: busy.id })).agent;
}, 120_000);
afterAll(() => t.close());

const province = (c: OaoiCoverageView) => c.byProvince.find((p) => p.code === '95');

it('counts realisation as innovations running in the year and coverage as the share meeting the target', async () => {
  // The reference data already holds the province's own regional governments (with nothing running).
  const governments = await t.db.selectFrom('agencies').select('id').where('type', 'in', ['provinsi', 'kabupaten', 'kota']).where('region_code', 'like', '95%').execute();
  const c2025 = ok<OaoiCoverageView>(await ministry.get('/api/oaoi/coverage?year=2025'));
  expect(province(c2025)).toMatchObject({ agencies: governments.length, meeting: 2 });
  expect(c2025.counts.withoutRunning).toBeGreaterThanOrEqual(governments.length - 2);
  // The agencies come one page at a time, filtered on the server.
  const idle2025 = ok<OaoiCoverageView>(await ministry.get('/api/oaoi/coverage?year=2025&province=95&status=none&pageSize=200'));
  expect(idle2025.agencies.total).toBe(governments.length - 2);
  expect(idle2025.agencies.items.map((a) => a.name)).toContain('Kota Uji Diam');
  expect(idle2025.agencies.items.every((a) => a.provinceCode === '95' && a.realisation === 0)).toBe(true);
  const c2024 = ok<OaoiCoverageView>(await ministry.get('/api/oaoi/coverage?year=2024'));
  // 2024: the busy regency (started 2023) and the city (stopped that year) run something; the single one starts in 2025.
  expect(province(c2024)).toMatchObject({ agencies: governments.length, meeting: 2 });
  expect(c2025.byYear.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
  expect(c2025.byType.map((b) => b.type)).toEqual(expect.arrayContaining(['kabupaten', 'kota']));
  expect((await oaoiCoverageByProvince(t.db, 2025)).find((p) => p.code === '95')).toMatchObject({
    agencies: governments.length,
    meeting: 2,
    share: Math.round((2 / governments.length) * 10_000) / 10_000,
  });

  const xlsx = await ministry.get('/api/oaoi/coverage.xlsx?year=2025');
  expect(xlsx.statusCode).toBe(200);
  expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
});

it('applies the ministry default per type and year and lets an agency raise, never lower, its own target', async () => {
  const after = ok<OaoiCoverageView>(await ministry.request('PUT', '/api/oaoi/default-targets', { body: { agencyType: 'kabupaten', year: 2025, target: 2 } }));
  // The single regency (1 running) now falls below; the busy one (2 running) still meets it.
  expect(province(after)).toMatchObject({ meeting: 1 });
  expect(after.counts.belowTarget).toBeGreaterThanOrEqual(1);
  const below = ok<OaoiCoverageView>(await ministry.get('/api/oaoi/coverage?year=2025&status=below&q=uji'));
  expect(below.agencies.items.map((a) => a.name)).toEqual(['Kabupaten Uji Tunggal']);

  const before = await databaseFingerprint(t.db);
  const lower = await busyAdmin.request('PUT', `/api/oaoi/agencies/${ids.busy}/target`, { body: { year: 2025, target: 1 } });
  expect(lower.statusCode).toBe(400);
  expect(lower.json().error.code).toBe('TARGET_BELOW_DEFAULT');
  expect((await busyAdmin.request('PUT', `/api/oaoi/agencies/${ids.single}/target`, { body: { year: 2025, target: 3 } })).statusCode).toBe(404);
  expect((await busyAdmin.get('/api/oaoi/coverage')).statusCode).toBe(403);
  expect((await busyAdmin.get(`/api/oaoi/agencies/${ids.idle}`)).statusCode).toBe(404);
  expect(await databaseFingerprint(t.db)).toEqual(before);

  const raised = ok<OaoiAgencyView>(await busyAdmin.request('PUT', `/api/oaoi/agencies/${ids.busy}/target`, { body: { year: 2025, target: 3 } }));
  expect(raised.years.find((y) => y.year === 2025)).toEqual({ year: 2025, target: 3, defaultTarget: 2, realisation: 2, met: false });
  expect(raised.years.find((y) => y.year === 2024)).toMatchObject({ target: 1, realisation: 1, met: true });
  const audit = await t.db.selectFrom('audit_log').select('action').where('action', 'like', 'oaoi.%').execute();
  expect(audit.map((a) => a.action).sort()).toEqual(['oaoi.agency_target', 'oaoi.default_target']);
});

it('pages, filters and sorts the agencies on the server; the XLSX keeps them all; the directory is reread after an agency changes', async () => {
  const get = async (query: string) => ok<OaoiCoverageView>(await ministry.get(`/api/oaoi/coverage?year=2023&${query}`));
  // Name search (in province 95: "Mesuji" elsewhere matches "uji" too), case-insensitive; type; covered / not covered; sort by realisation.
  expect((await get('province=95&q=UJI&sort=name')).agencies.items.map((a) => a.name)).toEqual(['Kabupaten Uji Sibuk', 'Kabupaten Uji Tunggal', 'Kota Uji Diam']);
  expect((await get('province=95&q=uji&type=kota')).agencies.items.map((a) => a.name)).toEqual(['Kota Uji Diam']);
  expect((await get('province=95&q=uji&status=met')).agencies.items.map((a) => a.name)).toEqual(['Kabupaten Uji Sibuk', 'Kota Uji Diam']);
  expect((await get('province=95&q=uji&status=unmet')).agencies.items.map((a) => a.name)).toEqual(['Kabupaten Uji Tunggal']);
  expect((await get('province=95&q=uji&sort=realisation')).agencies.items.map((a) => a.realisation)).toEqual([0, 1, 1]);
  // Pages: the total counts every match, a page holds pageSize of them, in the same order.
  const whole = await get('province=95&pageSize=200');
  const second = await get('province=95&pageSize=2&page=2');
  expect(second.agencies).toMatchObject({ total: whole.agencies.total, page: 2, pageSize: 2 });
  expect(second.agencies.items).toEqual(whole.agencies.items.slice(2, 4));
  // The summaries do not depend on the filters.
  expect(second.national).toEqual(whole.national);
  for (const bad of ['status=lost', 'pageSize=201', 'page=0', 'province=9', 'sort=id', 'type=bumn', 'extra=1'])
    expect((await ministry.get(`/api/oaoi/coverage?${bad}`)).statusCode, bad).toBe(400);

  // The export holds every agency of the year, not a page.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await ministry.get('/api/oaoi/coverage.xlsx?year=2023')).rawPayload as unknown as ArrayBuffer);
  expect(wb.worksheets[0]!.rowCount - 1).toBe(whole.national.agencies);

  // The directory is kept in memory until agencies or regions change (from any path): a rename
  // through the API and a government inserted directly are both seen at once.
  ok(await ministry.request('PATCH', `/api/agencies/${ids.idle}`, { body: { name: 'Kota Uji Sunyi' } }));
  expect((await get('province=95&q=uji&type=kota')).agencies.items.map((a) => a.name)).toEqual(['Kota Uji Sunyi']);
  await buildAgency(t.db, { type: 'kota', regionCode: '95.04', name: 'Kota Uji Baru' });
  expect((await get('province=95&pageSize=200')).agencies.total).toBe(whole.agencies.total + 1);
  await t.db.updateTable('agencies').set({ active: false }).where('name', '=', 'Kota Uji Baru').execute();
  expect((await get('province=95&pageSize=200')).agencies.total).toBe(whole.agencies.total);
  // Coverage is computed once per change of the realisation or the targets: a new publication counts at once.
  await insertPublished(t.db, ids.single!, { regionCode: '95.02', startDate: '2023-07-01' });
  expect((await get('province=95&q=uji&status=unmet')).agencies.items).toEqual([]);
  expect((await get('province=95&q=uji&status=met')).agencies.total).toBe(3);
});

it('keeps the pre-aggregated running spans equal to a recount through publish, unpublish, stop, move and delete', async () => {
  const sorted = (rows: { agency_id: string; year: number; n: number }[]) => rows.map((r) => `${r.agency_id}|${r.year}|${r.n}`).sort();
  const same = async () => expect(sorted(await selectRealisation(t.db, 2015, 2030))).toEqual(sorted(await innovationsRunningPerAgencyYear(t.db, 2015, 2030)));
  await same();
  const draft = await insertPublished(t.db, ids.single!, { regionCode: '95.02', startDate: '2022-04-01', workflowState: 'draft' });
  await same();
  const set = (values: Record<string, unknown>) => t.db.updateTable('innovations').set(values).where('id', '=', draft).execute();
  await set({ workflow_state: 'published', published_at: new Date() }); // publish
  await same();
  await set({ status: 'stopped', stopped_reason: 'Anggaran dihentikan', status_confirmed_at: new Date('2026-01-10T00:00:00Z') }); // stop
  await same();
  await set({ agency_id: ids.idle, start_date: '2020-01-01' }); // moved to another agency, earlier start
  await same();
  await set({ workflow_state: 'draft', published_at: null }); // unpublish
  await same();
  await set({ workflow_state: 'published', published_at: new Date(), status: 'running', stopped_reason: null });
  await t.db.updateTable('innovations').set({ title: 'Judul baru tanpa pengaruh' }).where('agency_id', '=', ids.busy!).execute(); // not a span change
  await same();
  await t.db.deleteFrom('innovations').where('id', '=', draft).execute();
  await same();
});

it('offers raising the target exactly to those whose raise would go through (the page follows can.raise)', async () => {
  const busyOperator = (await t.signedIn('agency_operator', { agencyId: ids.busy! })).agent;
  const otherAdmin = (await t.signedIn('agency_admin', { agencyId: ids.single! })).agent;
  const callers: [string, Agent, string][] = [
    ['agency admin', busyAdmin, ids.busy!],
    ['agency operator', busyOperator, ids.busy!],
    ['ministry', ministry, ids.busy!],
    ['another agency’s admin, own page', otherAdmin, ids.single!],
  ];
  const seen: Record<string, [boolean, number]> = {};
  for (const [who, agent, agencyId] of callers) {
    const view = ok<OaoiAgencyView>(await agent.get(`/api/oaoi/agencies/${agencyId}?year=2025`));
    const offered = view.can.raise;
    // Saving the target it already has: a raise that goes through changes nothing here.
    const target = view.years.at(-1)!.target;
    const answer = await agent.request('PUT', `/api/oaoi/agencies/${agencyId}/target`, { body: { year: 2025, target } });
    seen[who] = [offered, answer.statusCode];
    expect(offered, who).toBe(answer.statusCode === 200);
  }
  // Today's permission table gives `oaoi.raise` to the agency admin only.
  expect(seen).toEqual({
    'agency admin': [true, 200],
    'agency operator': [false, 403],
    ministry: [false, 403],
    'another agency’s admin, own page': [true, 200],
  });
});
