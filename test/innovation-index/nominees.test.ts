import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { seedDemoNominees } from '../../src/server/modules/innovation-index/nominees-demo.js';
import { buildAgency, buildUser } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Award nominees per cluster (issue #17 item 4), end to end through the API: the top N of a
 * published year per cluster with ties at the cut all included; sending creates each entry once
 * (resent and concurrent sends add nothing), as a submitted and checked proposal of the region's
 * agency in the year's "Innovative Government Award" call, audited and notified; who may see and
 * send what; and the evaluation module's panel round takes the nominees unchanged (assignment,
 * scoring, field visit). Results are seeded as rows (the scoring itself is index-flow's subject).
 */
let t: TestApp;
let admin: Agent;
let verifier: Agent;
let secretariat: Agent;
let surabayaAdmin: Agent;
let malangAdmin: Agent;
let anonymous: Agent;
let modelId = '';
const agencies: Record<string, string> = {};

// kota: Surabaya 70, Malang and Makassar tied at 65.5, Batu 40, Kediri no report; kabupaten: Banyuwangi 55, Jember 50.
const SCORES: [code: string, type: 'kota' | 'kabupaten', iid: number | null][] = [
  ['35.78', 'kota', 70],
  ['35.73', 'kota', 65.5],
  ['73.71', 'kota', 65.5],
  ['35.79', 'kota', 40],
  ['35.71', 'kota', null],
  ['35.10', 'kabupaten', 55],
  ['35.09', 'kabupaten', 50],
];

const predicate = (iid: number | null) => (iid === null ? 'tidak_dapat_dinilai' : iid > 65 ? 'sangat_inovatif' : iid > 40 ? 'inovatif' : 'kurang_inovatif');

beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.signedIn('index_admin')).agent;
  verifier = (await t.signedIn('index_verifier')).agent;
  secretariat = (await t.signedIn('ministry_admin')).agent;
  anonymous = await t.agent().prime();
  for (const [code, type] of SCORES) agencies[code] = (await buildAgency(t.db, { type, regionCode: code })).id;
  surabayaAdmin = (await t.signedIn('agency_admin', { agencyId: agencies['35.78'] })).agent;
  malangAdmin = (await t.signedIn('agency_admin', { agencyId: agencies['35.73'] })).agent;
  expect((await admin.post('/api/index/models', { year: 2026 })).statusCode).toBe(201);
  expect((await admin.post('/api/index/models/2026/publish')).statusCode).toBe(200);
  modelId = (await t.db.selectFrom('index_models').select('id').where('year', '=', 2026).executeTakeFirstOrThrow()).id;
  for (const [code, , iid] of SCORES) {
    if (iid !== null) await t.db.insertInto('index_reports').values({ model_id: modelId, region_code: code, agency_id: agencies[code]!, status: 'verified' }).execute();
    const score = (iid ?? 0).toFixed(2);
    await t.db
      .insertInto('index_results')
      .values({
        model_id: modelId,
        region_code: code,
        claimed_iid: score,
        claimed_predicate: predicate(iid),
        verified_iid: score,
        predicate: predicate(iid),
        disclaimer: iid === null ? 'no_report' : null,
        spd: '50.00',
        sid: '60.00',
        count_score: '3.80',
        innovations: iid === null ? 0 : 10,
        points: '{}',
      })
      .execute();
  }
});

afterAll(async () => {
  await t.close();
});

const send = (agent: Agent, body: Record<string, unknown>) => agent.post('/api/index/2026/nominees/send', body);
type Item = { regionCode: string; rank: number; tied: boolean; sent: { proposalId: string; competitionId: string; nominationId: string } | null };

describe('picking nominees', () => {
  it('waits for published results, then lists the top N per cluster with every region tied at the cut', async () => {
    const early = await admin.get('/api/index/2026/nominees?n=2');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('INDEX_RESULTS_NOT_PUBLISHED');
    await t.db.updateTable('index_models').set({ results_published_at: new Date() }).where('id', '=', modelId).execute();

    const list = await verifier.get('/api/index/2026/nominees?n=2');
    expect(list.statusCode).toBe(200);
    const kota = list.json().clusters.find((c: { cluster: string }) => c.cluster === 'kota');
    expect(kota.tiedAtCut).toBe(true);
    expect(kota.items.map((i: Item) => [i.regionCode, i.rank, i.tied, i.sent])).toEqual([
      ['35.78', 1, false, null],
      ['35.73', 2, true, null],
      ['73.71', 2, true, null],
    ]);
    expect(list.json().clusters.map((c: { cluster: string }) => c.cluster)).toEqual(['provinsi', 'kabupaten', 'kota', 'perbatasan', 'tertinggal']);
    expect(list.json().awardCall).toBeNull();
    // The index team's home lists the default top 3 of every cluster still to send (3 cities, 2 regencies).
    const todo = (await admin.get('/api/me/todo')).json().items.find((i: { id: string }) => i.id === 'index.admin.nominees');
    expect(todo).toMatchObject({ count: 5, href: '/indeks?tahun=2026' });
  });

  it('is for the index staff only; only the index admin sends', async () => {
    expect((await surabayaAdmin.get('/api/index/2026/nominees')).statusCode).toBe(403);
    expect((await anonymous.get('/api/index/2026/nominees')).statusCode).toBe(401);
    expect((await send(verifier, { cluster: 'kota', n: 2 })).statusCode).toBe(403);
    expect((await send(secretariat, { cluster: 'kota', n: 2 })).statusCode).toBe(403);
    expect((await send(admin, { cluster: 'kota', n: 0 })).statusCode).toBe(400);
    expect((await send(admin, { cluster: 'kota', n: 2, competitionId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    expect(await t.db.selectFrom('index_nominations').select('id').execute()).toEqual([]);
  });
});

describe('sending nominees', () => {
  it('creates each entry once in the award call, audited and notified; a resend adds nothing', async () => {
    const first = await send(admin, { cluster: 'kota', n: 2 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ competition: { name: 'Innovative Government Award 2026' }, created: 3, alreadySent: 0 });
    const competitionId = first.json().competition.id;
    expect(first.json().cluster.items.every((i: Item) => i.sent?.competitionId === competitionId && i.sent?.proposalId)).toBe(true);

    const again = await send(admin, { cluster: 'kota', n: 2 });
    expect(again.json()).toMatchObject({ competition: { id: competitionId }, created: 0, alreadySent: 3 });
    // A smaller N still shows what was sent.
    const smaller = (await admin.get('/api/index/2026/nominees?n=1&cluster=kota')).json();
    expect(smaller.clusters[0].items.map((i: Item) => [i.regionCode, i.sent !== null])).toEqual([
      ['35.78', true],
      ['35.73', true],
      ['73.71', true],
    ]);
    expect(smaller.awardCall).toEqual({ id: competitionId, name: 'Innovative Government Award 2026' });
    // The download holds every cluster's top N with where each was sent; the regions' staff may not have it.
    const download = await admin.get('/api/index/2026/nominees.xlsx?n=1');
    expect(download.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(download.rawPayload as unknown as ArrayBuffer);
    const rows = wb.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
    const surabaya = rows.find((r) => r[3] === '35.78')!;
    expect([surabaya[1], surabaya[2], surabaya[9]]).toEqual(['Kota', 1, 'Innovative Government Award 2026']);
    expect(rows.filter((r) => r[1] === 'Kota').map((r) => r[3])).toEqual(['35.78', '35.73', '73.71']);
    expect((await surabayaAdmin.get('/api/index/2026/nominees.xlsx')).statusCode).toBe(403);

    const proposals = await t.db
      .selectFrom('proposals as p')
      .innerJoin('proposal_admin_checks as c', 'c.proposal_id', 'p.id')
      .innerJoin('competition_groups as g', 'g.id', 'p.group_id')
      .select(['p.agency_id', 'p.status', 'c.status as check', 'g.code as group', 'p.participant_type', 'p.content_hash'])
      .where('p.competition_id', '=', competitionId)
      .orderBy('p.number')
      .execute();
    expect(proposals.map((p) => [p.agency_id, p.status, p.check, p.group, p.participant_type])).toEqual(
      ['35.78', '35.73', '73.71'].map((code) => [agencies[code], 'submitted', 'passed', 'kota', 'kota']),
    );
    expect(proposals.every((p) => /^[0-9a-f]{64}$/.test(p.content_hash ?? ''))).toBe(true);

    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['index.nominees.send', 'proposal.nominate', 'competition.create', 'competition.publish'])
      .execute();
    const count = (a: string) => audit.filter((x) => x.action === a).length;
    expect([count('competition.create'), count('competition.publish'), count('proposal.nominate'), count('index.nominees.send')]).toEqual([1, 1, 3, 2]);

    const told = (await surabayaAdmin.get('/api/notifications')).json().items.filter((i: { kind: string }) => i.kind === 'index.nominated');
    expect(told).toHaveLength(1);
    expect(told[0].title).toContain('Innovative Government Award 2026');
  });

  it('concurrent sends of one cluster create each entry once', async () => {
    const [a, b] = await Promise.all([send(admin, { cluster: 'kabupaten', n: 5 }), send(admin, { cluster: 'kabupaten', n: 5 })]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.json().created + b.json().created).toBe(2);
    const rows = await t.db.selectFrom('index_nominations').select(['region_code', 'proposal_id']).where('cluster', '=', 'kabupaten').execute();
    expect(rows.map((r) => r.region_code).sort()).toEqual(['35.09', '35.10']);
    const entries = await t.db.selectFrom('proposals').select('agency_id').where('agency_id', 'in', [agencies['35.09']!, agencies['35.10']!]).execute();
    expect(entries).toHaveLength(2);
  });

  it('regions see only their own nominations and entries (404 for the others)', async () => {
    const own = (await surabayaAdmin.get('/api/index/nominations')).json().items;
    expect(own.map((n: { regionCode: string; cluster: string; rank: number }) => [n.regionCode, n.cluster, n.rank])).toEqual([['35.78', 'kota', 1]]);
    const malang = (await malangAdmin.get('/api/index/nominations')).json().items[0];
    expect(malang).toMatchObject({ regionCode: '35.73', rank: 2, tied: true, competitionName: 'Innovative Government Award 2026' });
    expect((await surabayaAdmin.get(`/api/index/nominations/${malang.id}`)).statusCode).toBe(404);
    expect((await secretariat.get(`/api/index/nominations/${malang.id}`)).statusCode).toBe(404);
    expect((await verifier.get(`/api/index/nominations/${malang.id}`)).statusCode).toBe(200);
    expect((await malangAdmin.get(`/api/index/nominations/${malang.id}`)).json().proposalId).toBe(malang.proposalId);
    expect((await malangAdmin.get(`/api/proposals/${malang.proposalId}`)).statusCode).toBe(200);
    expect((await surabayaAdmin.get(`/api/proposals/${malang.proposalId}`)).statusCode).toBe(404);
  });
});

describe('the panel round', () => {
  it('takes the nominees unchanged: assigned to panelists, scored and visited through the evaluation services', async () => {
    const competitionId = (await admin.get('/api/index/2026/nominees?n=2&cluster=kota')).json().awardCall.id;
    const round = await secretariat.post('/api/evaluation/rounds', {
      competitionId,
      name: 'Presentasi dan validasi lapangan',
      reviewerRole: 'panelist',
      reviewersPerProposal: 1,
      defaultMaxPerEvaluator: 10,
      blind: false,
      showOthersAfterSubmit: false,
      scoresEditableAfterSubmit: true,
      aggregation: 'mean',
    });
    expect(round.statusCode).toBe(201);
    const roundId = round.json().id;
    const criteria = [{ name: 'Presentasi', weight: 100, scale: { kind: 'numeric', min: 1, max: 10 }, required: true, includedInTotal: true }];
    expect((await secretariat.request('PUT', `/api/evaluation/rounds/${roundId}/criteria`, { body: { criteria } })).statusCode).toBe(200);
    const panelAgency = await buildAgency(t.db, { type: 'provinsi', regionCode: '11', name: 'Universitas Panel Uji' });
    const panelist = await t.signedIn('panelist', { agencyId: panelAgency.id });
    expect((await secretariat.request('PUT', `/api/evaluation/rounds/${roundId}/pool`, { body: { members: [{ userId: panelist.user.id }] } })).json().counts.proposals).toBe(5);
    for (const step of ['assignments/auto', 'assignments/publish']) expect((await secretariat.post(`/api/evaluation/rounds/${roundId}/${step}`)).statusCode).toBe(200);
    expect((await secretariat.post(`/api/evaluation/rounds/${roundId}/status`, { status: 'open' })).statusCode).toBe(200);

    const mine = (await panelist.agent.get('/api/evaluation/my/assignments')).json().items as { proposalId: string; title: string }[];
    expect(mine).toHaveLength(5);
    const surabaya = mine.find((m) => m.title.startsWith('Kota Surabaya'))!;
    expect(surabaya.title).toContain('Klaster Kota');
    const review = (await panelist.agent.get(`/api/evaluation/rounds/${roundId}/proposals/${surabaya.proposalId}/review`)).json();
    expect(JSON.stringify(review)).toContain('Peringkat / rank: 1');
    const criterionId = (await secretariat.get(`/api/evaluation/rounds/${roundId}`)).json().criteria[0].id;
    const scored = await panelist.agent.request('PUT', `/api/evaluation/rounds/${roundId}/proposals/${surabaya.proposalId}/score`, {
      body: { values: { [criterionId]: 9 }, submit: true },
    });
    expect(scored.statusCode).toBe(200);
    const visit = await secretariat.request('PUT', `/api/evaluation/rounds/${roundId}/field-visits/${surabaya.proposalId}`, {
      body: { visitedOn: '2026-11-10', findings: 'Layanan berjalan sesuai rapor indeks.', verified: true },
    });
    expect(visit.statusCode).toBe(200);
    expect((await secretariat.get(`/api/evaluation/rounds/${roundId}/field-visits`)).json().items).toHaveLength(1);
  });
});

describe('the demo', () => {
  it('sends every cluster through the service once, however often it runs', async () => {
    await buildUser(t.db, { email: 'indeks@simpul.test', role: 'index_admin' });
    await buildUser(t.db, { email: 'admin@simpul.test', role: 'ministry_admin' });
    await buildUser(t.db, { email: 'panel@simpul.test', role: 'panelist' });
    await seedDemoNominees(t.db, { publicUrl: '' });
    await seedDemoNominees(t.db, { publicUrl: '' });
    const rows = await t.db.selectFrom('index_nominations').select(['cluster', 'region_code']).orderBy('cluster').orderBy('region_code').execute();
    // Top 3 of the cities: Surabaya (1), Malang and Makassar (2, tied); Batu is 4th.
    expect(rows.map((r) => `${r.cluster}:${r.region_code}`)).toEqual(['kabupaten:35.09', 'kabupaten:35.10', 'kota:35.73', 'kota:35.78', 'kota:73.71']);
    expect(await t.db.selectFrom('proposals').select('id').where('nominated', '=', true).execute()).toHaveLength(5);
  });
});
