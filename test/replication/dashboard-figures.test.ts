import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NationalDashboard, RegionProfile } from '../../src/common/dashboards.js';
import { SYSTEM_ACTOR } from '../../src/server/audit/audit-log.js';
import { recordReplication } from '../../src/server/modules/catalog/replications-service.js';
import { insertPublished } from '../catalog/catalog-helpers.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/** Replications on the dashboards (issue #19): adopted per province (tile map), flows between provinces, a region's in and out, in the exports. */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const surabaya = await buildAgency(t.db, { type: 'kota', regionCode: '35.78' });
  const makassar = await buildAgency(t.db, { type: 'kota', regionCode: '73.71' });
  const banyuwangi = await buildAgency(t.db, { type: 'kabupaten', regionCode: '35.10' });
  const a = await insertPublished(t.db, surabaya.id, { regionCode: '35.78', title: 'Sumber Replikasi Dasbor A' });
  const b = await insertPublished(t.db, surabaya.id, { regionCode: '35.78', title: 'Sumber Replikasi Dasbor B' });
  await t.db.transaction().execute(async (trx) => {
    await recordReplication(trx, SYSTEM_ACTOR, { sourceInnovationId: a, adopterAgencyId: makassar.id, replicaInnovationId: null, regionCode: '73.71', startedOn: '2025-03-01' });
    await recordReplication(trx, SYSTEM_ACTOR, { sourceInnovationId: b, adopterAgencyId: makassar.id, replicaInnovationId: null, regionCode: '73.71', startedOn: '2025-05-01' });
    await recordReplication(trx, SYSTEM_ACTOR, { sourceInnovationId: a, adopterAgencyId: banyuwangi.id, replicaInnovationId: null, regionCode: '35.10', startedOn: '2024-08-01' });
  });
});
afterAll(async () => t.close());

const national = async (query = '') => (await t.agent().get(`/api/dashboard/national${query}`)).json() as NationalDashboard;
const section = (d: { sections: NationalDashboard['sections'] }, id: string) => d.sections.find((s) => s.id === id);
const values = (s: NationalDashboard['sections'][number] | undefined) => Object.fromEntries((s?.rows ?? []).map((r) => [r.key, r.value]));

describe('replications on the dashboards', () => {
  it('shows replications adopted per province and the flows between provinces, filtered by year and province', async () => {
    const all = await national();
    expect(values(section(all, 'replication.adoptedByProvince'))).toEqual({ '35': 1, '73': 2 });
    expect(values(section(all, 'replication.flows'))).toEqual({ '35-73': 2, '35-35': 1 });
    expect(section(all, 'replication.flows')!.rows[0]!.label.id).toMatch(/ → /);

    const in2025 = await national('?year=2025');
    expect(values(section(in2025, 'replication.adoptedByProvince'))).toEqual({ '73': 2 });
    const sulsel = await national('?province=73');
    expect(values(section(sulsel, 'replication.adoptedByProvince'))).toEqual({ '73': 2 });
    expect(values(section(sulsel, 'replication.flows'))).toEqual({ '35-73': 2 });
    // No data for the filters: the sections are left out, never an error.
    const none = await national('?year=2019');
    expect(section(none, 'replication.adoptedByProvince')).toBeUndefined();
    expect(section(none, 'replication.flows')).toBeUndefined();
  });

  it('shows a region’s replications in and out, for a province and a city', async () => {
    const profile = async (code: string) => (await t.agent().get(`/api/regions/${code}/profile`)).json() as RegionProfile;
    expect(values(section(await profile('35'), 'replication.region'))).toEqual({ in: 1, out: 3 });
    expect(values(section(await profile('35.78'), 'replication.region'))).toEqual({ in: 0, out: 3 });
    expect(values(section(await profile('73.71'), 'replication.region'))).toEqual({ in: 2, out: 0 });
    expect(section(await profile('51'), 'replication.region')).toBeUndefined();
  });

  it('puts the figures in the dashboard workbook', async () => {
    const response = await t.agent().get('/api/dashboard/national/export?format=xlsx');
    expect(response.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets.find((s) => s.name.startsWith('Replikasi diadopsi'));
    expect(sheet).toBeDefined();
    const cells = sheet!.getSheetValues().flat().map(String);
    expect(cells.some((c) => c.includes('Sulawesi'))).toBe(true);
  });
});
