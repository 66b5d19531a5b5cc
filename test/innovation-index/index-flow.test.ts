import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/server/audit/audit-log.js';
import { recordReplication } from '../../src/server/modules/catalog/replications-service.js';
import { seedModelConfig } from '../../src/server/modules/innovation-index/domain/seed-models.js';
import { indexResultOf } from '../../src/server/modules/innovation-index/results-service.js';
import type { Agent } from '../helpers/agent.js';
import { buildAgency } from '../helpers/factories.js';
import { postFile } from '../helpers/multipart.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { insertPublished } from '../catalog/catalog-helpers.js';

/**
 * The index end to end through the API, one rule per step: the model (frozen once published,
 * refused when its weights do not sum to 250, a new year as a copy), the window, a region's
 * report (own innovations only, levels, evidence limits, the platform's replication fact, the
 * claimed score), the local review, verification (accept / reject / correct, evidence-less rows,
 * one answer per rejection), results (hand-computed), publication and who sees what.
 */
let t: TestApp;
let admin: Agent;
let verifier: Agent;
let operator: Agent;
let localAdmin: Agent;
let otherRegion: Agent;
let anonymous: Agent;
let innovationId = '';
let foreignInnovation = '';
const dataDir = mkdtempSync(path.join(tmpdir(), 'simpul-index-'));
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const upload = (agent: Agent, rowId: string, evidenceType: string, filename: string, bytes: Buffer) =>
  postFile(agent, `/api/index/2026/report/rows/${rowId}/files?evidenceType=${evidenceType}`, filename, bytes);

type Row = { id: string; indicatorCode: string; innovationId: string | null; status: string };
const rowOf = (report: { rows: Row[] }, code: string) => report.rows.find((r) => r.indicatorCode === code)!;

beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: dataDir });
  admin = (await t.signedIn('index_admin')).agent;
  verifier = (await t.signedIn('index_verifier')).agent;
  const region = await buildAgency(t.db, { type: 'kota', regionCode: '35.78' });
  const other = await buildAgency(t.db, { type: 'kabupaten', regionCode: '35.10' });
  operator = (await t.signedIn('agency_operator', { agencyId: region.id })).agent;
  localAdmin = (await t.signedIn('agency_admin', { agencyId: region.id })).agent;
  otherRegion = (await t.signedIn('agency_admin', { agencyId: other.id })).agent;
  anonymous = await t.agent().prime();
  innovationId = await insertPublished(t.db, region.id, { title: 'Layanan Kesehatan Keliling', regionCode: '35.78' });
  await t.db.updateTable('innovations').set({ government_affair: 'kesehatan' }).where('id', '=', innovationId).execute();
  foreignInnovation = await insertPublished(t.db, other.id, { title: 'Inovasi Banyuwangi', regionCode: '35.10' });
  const adopter = await buildAgency(t.db, { type: 'kota', regionCode: '35.73' });
  await t.db.transaction().execute((trx) =>
    recordReplication(trx, SYSTEM_ACTOR, {
      sourceInnovationId: innovationId,
      adopterAgencyId: adopter.id,
      replicaInnovationId: null,
      regionCode: '35.73',
      startedOn: '2026-01-10',
    }),
  );
});

afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the model', () => {
  it('is frozen once published, refused while its weights do not sum to 250, and a new year starts as a copy', async () => {
    expect((await admin.post('/api/index/models', { year: 2026 })).statusCode).toBe(201);
    expect((await operator.post('/api/index/models', { year: 2027 })).statusCode).toBe(403);
    const broken = seedModelConfig(2026);
    broken.indicators[0]!.weight = 2;
    expect((await admin.request('PUT', '/api/index/models/2026', { body: { config: broken } })).statusCode).toBe(200);
    const refused = await admin.post('/api/index/models/2026/publish');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('= 253, bukan 250');
    expect((await admin.request('PUT', '/api/index/models/2026', { body: { config: seedModelConfig(2026) } })).statusCode).toBe(200);
    expect((await anonymous.get('/api/index/models/2026')).statusCode).toBe(404);
    expect((await admin.post('/api/index/models/2026/publish')).json().status).toBe('published');
    expect((await admin.request('PUT', '/api/index/models/2026', { body: { config: seedModelConfig(2026) } })).statusCode).toBe(409);
    const copy = await admin.post('/api/index/models', { year: 2027, copyFromYear: 2026 });
    expect(copy.json()).toMatchObject({ year: 2027, status: 'draft' });
    expect(copy.json().config.k).toBe(12);
    expect((await anonymous.get('/api/index/models/2026')).json().config.maxScore).toBe(250);
  });
});

describe('a region reports', () => {
  it('is refused outside the window', async () => {
    const response = await operator.request('PUT', '/api/index/2026/report/levels', { body: { indicatorCode: 'opini_bpk', innovationId: null, level: 3 } });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('INDEX_WINDOW_CLOSED');
    const now = Date.now();
    const window = await admin.request('PUT', '/api/index/models/2026/window', {
      body: { opensAt: new Date(now - 86_400_000).toISOString(), closesAt: new Date(now + 30 * 86_400_000).toISOString() },
    });
    expect(window.statusCode).toBe(200);
    // Opening the window told the regional government's admin.
    expect((await localAdmin.get('/api/notifications')).json().items.map((i: { kind: string }) => i.kind)).toContain('index.window');
  });

  it('fills levels and evidence for its own innovations only, with the claimed score and warnings', async () => {
    expect((await operator.post('/api/index/2026/report/innovations', { innovationId: foreignInnovation })).statusCode).toBe(404);
    const available = (await operator.get('/api/index/2026/report/available')).json().items;
    expect(available.map((i: { id: string }) => i.id)).toEqual([innovationId]);
    expect((await operator.post('/api/index/2026/report/innovations', { innovationId })).statusCode).toBe(200);
    expect((await operator.request('PUT', '/api/index/2026/report/levels', { body: { indicatorCode: 'opini_bpk', innovationId: null, level: 4 } })).statusCode).toBe(400);
    expect((await operator.request('PUT', '/api/index/2026/report/levels', { body: { indicatorCode: 'regulasi', innovationId: null, level: 3 } })).statusCode).toBe(400);
    for (const [indicatorCode, level, inn] of [
      ['opini_bpk', 3, null],
      ['visi_misi', 2, null],
      ['regulasi', 3, innovationId],
    ] as const) {
      const r = await operator.request('PUT', '/api/index/2026/report/levels', { body: { indicatorCode, innovationId: inn, level } });
      expect(r.statusCode, r.body).toBe(200);
    }
    // The platform's fact: one confirmed replication region → level 1, offered as evidence.
    let report = (await operator.request('PUT', '/api/index/2026/report/levels', { body: { indicatorCode: 'replikasi', innovationId, level: 1, usePlatformFact: true } })).json();
    expect(report.innovations[0]).toMatchObject({ id: innovationId, affair: 'kesehatan', replicationRegions: 1, suggestedReplicationLevel: 1 });
    expect(rowOf(report, 'replikasi')).toMatchObject({ evidenceCount: 1 });

    expect((await upload(operator, rowOf(report, 'opini_bpk').id, 'dokumen', 'lhp-bpk.pdf', PDF)).statusCode).toBe(200);
    const big = await upload(operator, rowOf(report, 'visi_misi').id, 'gambar', 'foto.png', Buffer.concat([PNG, Buffer.alloc(1024 * 1024 + 10)]));
    expect(big.statusCode).toBe(413);
    expect((await upload(operator, rowOf(report, 'visi_misi').id, 'dokumen', 'bukan.pdf', PNG)).statusCode).toBe(400);
    expect(
      (await operator.post(`/api/index/2026/report/rows/${rowOf(report, 'visi_misi').id}/links`, { evidenceType: 'video_link', url: 'https://video.test/x' })).statusCode,
    ).toBe(400);
    expect(
      (await operator.post(`/api/index/2026/report/rows/${rowOf(report, 'visi_misi').id}/links`, { evidenceType: 'tautan', url: 'https://rpjmd.surabaya.test/visi' })).statusCode,
    ).toBe(200);
    report = (
      await operator.post(`/api/index/2026/report/rows/${rowOf(report, 'regulasi').id}/links`, { evidenceType: 'tautan', url: 'https://jdih.surabaya.test/perwali' })
    ).json();
    // Claimed: SPD 2×3 + 1×2 = 8; SID (2×3 + 2×1) / max(12, 1) = 0.667; count 0 → (8.667 / 250) × 100 = 3.47
    expect(report.claimed).toMatchObject({ spd: 8, sidIndicators: 8, divisor: 12, countScore: 0, iid: 3.47, predicate: 'kurang_inovatif' });
    expect(report.warnings.map((w: { code: string }) => w.code)).toEqual(['empty_seats', 'basic_affairs', 'mandatory_without_evidence']);
    // Nothing of this is visible to another region or to the verifier before it is sent.
    expect((await otherRegion.get('/api/index/2026/report')).json().report).toBeNull();
    expect((await verifier.get(`/api/index/reports/${report.id}`)).statusCode).toBe(404);
  });

  it('goes through the local review before it is sent', async () => {
    expect((await operator.post('/api/index/2026/report/review', { decision: 'send' })).statusCode).toBe(403);
    expect((await localAdmin.post('/api/index/2026/report/review', { decision: 'send' })).statusCode).toBe(409);
    expect((await operator.post('/api/index/2026/report/ready')).json().status).toBe('ready');
    expect((await operator.request('PUT', '/api/index/2026/report/levels', { body: { indicatorCode: 'ipm', innovationId: null, level: 1 } })).statusCode).toBe(409);
    expect((await localAdmin.post('/api/index/2026/report/review', { decision: 'return', note: 'Lengkapi bukti' })).json().status).toBe('draft');
    await operator.post('/api/index/2026/report/ready');
    expect((await localAdmin.post('/api/index/2026/report/review', { decision: 'send' })).json().status).toBe('sent');
  });
});

describe('verification', () => {
  it('accepts, rejects with a reason, corrects; the region answers a rejection once', async () => {
    const queue = (await verifier.get('/api/index/2026/queue?province=35&cluster=kota')).json();
    expect(queue.items.map((i: { regionCode: string }) => i.regionCode)).toEqual(['35.78']);
    expect((await verifier.get('/api/index/2026/queue?cluster=provinsi')).json().total).toBe(0);
    const reportId = queue.items[0].reportId;
    let report = (await verifier.get(`/api/index/reports/${reportId}`)).json();
    const decide = (code: string, body: object) => verifier.post(`/api/index/reports/${reportId}/rows/${rowOf(report, code).id}/decision`, body);
    expect((await decide('visi_misi', { decision: 'reject' })).statusCode).toBe(400);
    // Verifiers never touch evidence.
    expect((await verifier.post(`/api/index/2026/report/rows/${rowOf(report, 'visi_misi').id}/links`, { evidenceType: 'tautan', url: 'https://x.test/y' })).statusCode).toBe(403);
    expect((await operator.post(`/api/index/reports/${reportId}/rows/${rowOf(report, 'visi_misi').id}/decision`, { decision: 'accept' })).statusCode).toBe(403);
    await decide('opini_bpk', { decision: 'accept' });
    await decide('visi_misi', { decision: 'reject', reason: 'Dokumen RPJMD tidak memuat inovasi.' });
    await decide('regulasi', { decision: 'correct', level: 2 });
    report = (await decide('replikasi', { decision: 'accept' })).json();
    // Verified: SPD 2×3 = 6; SID (2×2 + 2×1) / 12 = 0.5 → 6.5 / 250 × 100 = 2.6
    expect(report.verified).toMatchObject({ spd: 6, iid: 2.6 });
    expect(report.gap).toBe(0.87);
    expect((await verifier.post(`/api/index/reports/${reportId}/finish`)).json().status).toBe('verified');
    expect((await operator.get('/api/notifications')).json().items.map((i: { kind: string }) => i.kind)).toContain('index.rejected');

    // The region answers the rejection (new evidence, then its note) once; the row reopens.
    const visi = rowOf(report, 'visi_misi').id;
    expect((await operator.request('PUT', '/api/index/2026/report/levels', { body: { indicatorCode: 'opini_bpk', innovationId: null, level: 2 } })).statusCode).toBe(409);
    expect((await operator.post(`/api/index/2026/report/rows/${visi}/links`, { evidenceType: 'tautan', url: 'https://rpjmd.surabaya.test/misi-3' })).statusCode).toBe(200);
    const answered = (await operator.post(`/api/index/2026/report/rows/${visi}/answer`, { answer: 'Misi 3 RPJMD memuat inovasi layanan.' })).json();
    expect(answered).toMatchObject({ status: 'sent' });
    expect(rowOf(answered, 'visi_misi').status).toBe('pending');
    report = (await decide('visi_misi', { decision: 'reject', reason: 'Masih belum memadai.' })).json();
    expect((await operator.post(`/api/index/2026/report/rows/${visi}/answer`, { answer: 'Jawaban kedua tidak boleh.' })).json().error.code).toBe('INDEX_ANSWER_CLOSED');
    report = (await decide('visi_misi', { decision: 'accept' })).json();
    // Verified SPD 6 + 2 = 8: (8 + 0.5) / 250 × 100 = 3.4
    expect(report.verified.iid).toBe(3.4);
    await verifier.post(`/api/index/reports/${reportId}/finish`);
  });
});

describe('results', () => {
  it('are public only once published, ranked per cluster, with a report card, downloads and the read model', async () => {
    // The model is published but its results are not: the public learns only that nothing is out yet.
    const before = await anonymous.get('/api/index/2026/results');
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({ publishedAt: null, items: [] });
    expect((await anonymous.get('/api/index/2026/results/35.78')).statusCode).toBe(404);
    expect((await admin.post('/api/index/2026/results/compute')).json().reported).toBe(1);
    expect((await verifier.get('/api/index/2026/results?cluster=kota')).statusCode).toBe(200);
    expect(await indexResultOf(t.db, '35.78', 2026)).toBeNull();
    expect((await admin.request('PUT', '/api/index/regions/35.78/border', { body: { border: true } })).statusCode).toBe(200);
    expect((await admin.post('/api/index/2026/results/publish')).json().resultsPublishedAt).not.toBeNull();
    const results = (await anonymous.get('/api/index/2026/results?cluster=perbatasan')).json();
    expect(results.items).toHaveLength(1);
    expect(results.items[0]).toMatchObject({
      regionCode: '35.78',
      rank: 1,
      verifiedIid: 3.4,
      claimedIid: 3.47,
      gap: 0.07,
      predicate: 'kurang_inovatif',
      clusters: ['kota', 'perbatasan'],
    });
    const all = (await anonymous.get('/api/index/2026/results')).json().items;
    expect(all.find((r: { regionCode: string }) => r.regionCode === '35.10')).toMatchObject({ rank: null, predicate: 'tidak_dapat_dinilai', disclaimer: 'no_report' });
    const card = (await anonymous.get('/api/index/2026/results/35.78')).json();
    expect(card.indicators).toHaveLength(36);
    expect(card.indicators.find((i: { code: string }) => i.code === 'opini_bpk')).toMatchObject({ points: 6, previousPoints: null });
    expect(card.indicators.find((i: { code: string }) => i.code === 'regulasi').points).toBe(4);
    const pdf = await anonymous.get('/api/index/2026/results/35.78/card.pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await anonymous.get('/api/index/2026/results.xlsx');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(await indexResultOf(t.db, '35.78', 2026)).toEqual({ iid: 3.4, predicate: 'kurang_inovatif' });
    const audit = await t.db.selectFrom('audit_log').select('action').where('action', 'like', 'index.%').execute();
    expect(new Set(audit.map((a) => a.action))).toEqual(
      new Set([
        'index.model.create',
        'index.model.change',
        'index.model.publish',
        'index.model.window',
        'index.window.opened_notice',
        'index.report.innovation_add',
        'index.row.level',
        'index.evidence.add',
        'index.report.ready',
        'index.report.return',
        'index.report.send',
        'index.row.accept',
        'index.row.reject',
        'index.row.correct',
        'index.report.verified',
        'index.row.answer',
        'index.results.compute',
        'index.region.border',
        'index.results.publish',
      ]),
    );
  });
});
