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
  expect(c2025.withoutRunning.map((a) => a.name)).toContain('Kota Uji Diam');
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
  expect(after.belowTarget.map((a) => a.name)).toContain('Kabupaten Uji Tunggal');

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
