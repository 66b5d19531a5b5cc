import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPublished } from '../catalog/catalog-helpers.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { buildNetwork, caseInProgress, type Network, ok } from './fixtures.js';

let t: TestApp;
let n: Network;
beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t, { mentorCap: 20 });
});
afterAll(async () => t.close());

describe('hubs', () => {
  it('lists the 19 reference hubs with the 2020 decree and unknown ones marked null', async () => {
    const hubs = ok<{ items: { province: { code: string }; yearDesignated: number; decreeNumber: string | null }[] }>(await t.agent().get('/api/hubs')).items;
    expect(hubs.filter((h) => h.yearDesignated === 2020)).toHaveLength(8);
    expect(hubs.filter((h) => h.yearDesignated === 2021)).toHaveLength(4);
    expect(hubs.filter((h) => h.yearDesignated === 2023)).toHaveLength(7);
    expect(hubs.find((h) => h.province.code === '35')!.decreeNumber).toContain('94');
    expect(hubs.find((h) => h.province.code === '64')!.decreeNumber).toBeNull();
  });

  it('downloads the public hubs table as XLSX: one row per hub the page lists, with its decree, coordinators and figures', async () => {
    type Hub = { name: string; province: { code: string }; yearDesignated: number; decreeNumber: string | null; coordinators: { name: string }[]; mentorCount: number };
    const hubs = ok<{ items: Hub[] }>(await t.agent().get('/api/hubs')).items;
    const file = await t.agent().get('/api/hubs.xlsx'); // anonymous, like the page
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    expect(file.headers['content-disposition']).toBe('attachment; filename="hub-jipp.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hub JIPP']);
    const sheet = wb.worksheets[0]!;
    const cells = (k: number) => (sheet.getRow(k).values as unknown[]).slice(1);
    expect(cells(1).slice(0, 5)).toEqual(['Hub', 'Kode provinsi', 'Tahun penetapan', 'Status', 'Nomor keputusan']);
    expect(sheet.rowCount).toBe(hubs.length + 1);
    const rows = Array.from({ length: hubs.length }, (_, k) => cells(k + 2));
    expect(rows.map((r) => r[0])).toEqual(hubs.map((h) => h.name));
    const jatim = hubs.find((h) => h.province.code === '35')!;
    const jatimRow = rows.find((r) => r[1] === '35')!;
    expect([jatimRow[0], jatimRow[2], jatimRow[4], jatimRow[8], jatimRow[9]]).toEqual([
      jatim.name,
      jatim.yearDesignated,
      jatim.decreeNumber,
      jatim.coordinators.map((c) => c.name).join(', '),
      jatim.mentorCount,
    ]);
    expect(jatim.coordinators.length).toBeGreaterThan(0);
    expect(rows.find((r) => r[1] === '64')![4]).toBe('belum tercatat');
  });

  it("lets a coordinator manage only its own hub's members, plan and log, with the province rule", async () => {
    const base = `/api/hubs/${n.jatimHubId}`;
    const surabaya = await buildAgency(t.db, { type: 'kota', regionCode: '35.78' });
    const makassar = await buildAgency(t.db, { type: 'kota', regionCode: '73.71' });
    ok(await n.hub.post(`${base}/members`, { agencyId: surabaya.id, kind: 'agency' }), 201);
    expect((await n.hub.post(`${base}/members`, { agencyId: surabaya.id, kind: 'agency' })).json().error.code).toBe('HUB_MEMBER_EXISTS');
    expect((await n.hub.post(`${base}/members`, { agencyId: makassar.id, kind: 'agency' })).statusCode).toBe(400);
    ok(await n.hub.post(`${base}/members`, { agencyId: makassar.id, kind: 'partner' }), 201);
    const planned = ok<{ activities: { id: string }[] }>(
      await n.hub.post(`${base}/activities`, { year: 2026, kind: 'mentoring', title: 'Pendampingan kabupaten', targetCount: 4, targetUnit: 'kunjungan' }),
      201,
    );
    const logged = ok<{ activities: { achieved: number }[]; log: unknown[]; figures: { logEntries: number; participants: number } }>(
      await n.hub.post(`${base}/activity-log`, { activityId: planned.activities[0]!.id, heldOn: '2026-03-02', kind: 'mentoring', participants: 12, notes: 'Kunjungan pertama.' }),
      201,
    );
    expect(logged.activities[0]!.achieved).toBe(1);
    expect(logged.figures).toMatchObject({ logEntries: 1, participants: 12 });
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', n.jatimHubId).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['hub.coordinators', 'hub.member_add', 'hub.member_add', 'hub.activity_plan', 'hub.activity_log']);

    // Another hub's coordinator is told the hub does not exist for these actions, and nothing is written.
    const bali = await t.db.selectFrom('hubs').select('id').where('province_code', '=', '51').executeTakeFirstOrThrow();
    const before = await databaseFingerprint(t.db);
    expect((await n.hub.post(`/api/hubs/${bali.id}/activities`, { year: 2026, kind: 'event', title: 'Acara', targetCount: 1 })).statusCode).toBe(404);
    expect(await databaseFingerprint(t.db)).toEqual(before);
    expect((await n.hub.get(`/api/hubs/${bali.id}/report`)).statusCode).toBe(404);

    // The annual report, one click: a workbook and a short PDF.
    const xlsx = await n.hub.get(`${base}/report?year=2026`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await n.ministry.get(`${base}/report?year=2026&format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('lineage across generations', () => {
  it('shows a replica replicated again as a family of three generations, from any member', async () => {
    // Generation 1: the adopter completes a replication and links its own published record.
    const first = await caseInProgress(n);
    const replica = await insertPublished(t.db, n.adopter.id, { title: 'Antrean Daring Banyuwangi', regionCode: '35.10' });
    ok(await n.adopterOperator.post(`/api/replications/${first}/complete`, { outcome: 'adapted', adopterInnovationId: replica }));

    // Generation 2: a third agency replicates the replica.
    const third = await buildAgency(t.db, { type: 'kabupaten', regionCode: '73.02' });
    const thirdOperator = (await t.signedIn('agency_operator', { agencyId: third.id })).agent;
    const originOfReplica = (await t.signedIn('agency_admin', { agencyId: n.adopter.id })).agent;
    const c = ok<{ id: string }>(
      await thirdOperator.post('/api/replications', {
        sourceInnovationId: replica,
        problem: 'Antrean panjang di puskesmas kami.',
        context: 'Kabupaten di Sulawesi Selatan.',
        leadName: 'Kepala Dinas',
      }),
      201,
    );
    ok(await originOfReplica.post(`/api/replications/${c.id}/accept`, {}));
    ok(await n.ministry.post(`/api/replications/${c.id}/mentor`, { mentorId: n.mentorId, override: true }));
    ok(await thirdOperator.post(`/api/replications/${c.id}/agreement`, { number: 'PKS/3/2026', date: '2026-02-01' }));
    ok(await thirdOperator.post(`/api/replications/${c.id}/start`, {}));
    const done = ok<{ adopterInnovationId: string }>(await thirdOperator.post(`/api/replications/${c.id}/complete`, { outcome: 'replicated' }));

    // From any member of the family: the public for the published ones, the owner for its draft.
    for (const [member, agent] of [
      [n.sourceId, t.agent()],
      [replica, t.agent()],
      [done.adopterInnovationId, thirdOperator],
    ] as const) {
      const lineage = ok<{ nodes: { id: string; generation: number }[]; edges: { from: string; to: string }[] }>(await agent.get(`/api/innovations/${member}/lineage`));
      expect(lineage.nodes.map((x) => [x.id, x.generation])).toEqual([
        [n.sourceId, 0],
        [replica, 1],
        [done.adopterInnovationId, 2],
      ]);
      expect(lineage.edges.map((e) => [e.from, e.to])).toEqual([
        [n.sourceId, replica],
        [replica, done.adopterInnovationId],
      ]);
    }
    // The new replica is still the adopter's draft: not public, so its own lineage is a 404 to a visitor.
    expect((await t.agent().get(`/api/innovations/${done.adopterInnovationId}/lineage`)).statusCode).toBe(404);
    const flows = ok<{
      flows: { from: { code: string }; to: { code: string }; count: number }[];
      provinces: { province: { code: string }; replicatedOut: number; replicatedIn: number }[];
    }>(await t.agent().get('/api/replications/flows'));
    expect(flows.flows.map((f) => [f.from.code, f.to.code, f.count])).toEqual([
      ['35', '35', 1],
      ['35', '73', 1],
    ]);
    expect(flows.provinces.find((p) => p.province.code === '73')).toMatchObject({ replicatedOut: 0, replicatedIn: 1 });
  });
});
