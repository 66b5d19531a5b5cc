import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CampaignProgressView, CampaignRecordsView, CampaignView } from '../../src/common/institutionalisation.js';
import { formatDateTimeFull } from '../../src/common/format.js';
import { verifyAuditChain } from '../../src/server/audit/audit-log.js';
import { queueCampaignReminders } from '../../src/server/modules/institutionalisation/campaigns-reminders.js';
import { recountProgress, selectTally } from '../../src/server/modules/institutionalisation/campaigns-repository.js';
import { unconfirmedInnovationIds } from '../../src/server/modules/institutionalisation/read-model.js';
import { insertPublished } from '../catalog/catalog-helpers.js';
import type { Agent } from '../helpers/agent.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { ok } from '../replication/fixtures.js';

let t: TestApp;
let ministry: Agent;
let operator: Agent;
let otherOperator: Agent;
let operatorId: string;
const rec: Record<string, string> = {};
const day = 86_400_000;

beforeAll(async () => {
  t = await createTestApp();
  const agency = await buildAgency(t.db, { type: 'kabupaten', regionCode: '35.10' });
  const other = await buildAgency(t.db, { type: 'kota', regionCode: '32.73' });
  for (const k of ['a', 'b', 'c', 'd']) rec[k] = await insertPublished(t.db, agency.id, { title: `Inovasi Kampanye Uji ${k.toUpperCase()}`, regionCode: '35.10' });
  rec.other = await insertPublished(t.db, other.id, { title: 'Inovasi Kampanye Kota Lain', regionCode: '32.73' });
  ministry = (await t.signedIn('ministry_admin')).agent;
  const op = await t.signedIn('agency_operator', { agencyId: agency.id });
  operator = op.agent;
  operatorId = op.user.id;
  otherOperator = (await t.signedIn('agency_operator', { agencyId: other.id })).agent;
}, 120_000);
afterAll(() => t.close());

const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * day).toISOString();

it('runs a campaign: agencies confirm their own records, progress per agency and province, the result reported like the real one', async () => {
  const c = ok<CampaignView>(
    await ministry.post('/api/campaigns', { year: 2031, title: 'Pemutakhiran Data Inovasi 2031', message: 'Mohon konfirmasi.', opensAt: iso(-1), closesAt: iso(10) }),
    201,
  );
  expect(c.phase).toBe('open');
  const asked = c.result.asked;
  expect(asked).toBeGreaterThanOrEqual(5);
  expect((await ministry.post('/api/campaigns', { year: 2031, title: 'Pemutakhiran lagi', opensAt: iso(-1), closesAt: iso(10) })).json().error.code).toBe('CAMPAIGN_YEAR_EXISTS');

  const url = (id: string) => `/api/campaigns/${c.id}/records/${id}`;
  ok(await operator.post(url(rec.a!), { answer: 'continuing', note: 'Versi 2: layanan daring' }));
  ok(await operator.post(url(rec.b!), { answer: 'developed' }));

  // Bad input and another agency's record: clear refusals, nothing written.
  const before = await databaseFingerprint(t.db);
  const noReason = await operator.post(url(rec.c!), { answer: 'stopped' });
  expect(noReason.statusCode).toBe(400);
  expect(noReason.json().error.code).toBe('STOP_REASON_REQUIRED');
  expect((await otherOperator.post(url(rec.a!), { answer: 'stopped', note: 'bukan milik kami' })).statusCode).toBe(404);
  expect((await ministry.post(url(rec.a!), { answer: 'continuing' })).statusCode).toBe(403);
  expect(await databaseFingerprint(t.db)).toEqual(before);

  const mine = ok<CampaignRecordsView>(await operator.post(url(rec.c!), { answer: 'stopped', note: 'Anggaran tidak tersedia lagi' }));
  expect(mine.tally).toEqual({ asked: 4, continuing: 1, developed: 1, stopped: 1, silent: 1 });
  expect(mine.items[0]!.answer).toBeNull(); // unanswered first
  // The stop reached the catalog in the same transaction.
  const stopped = await t.db.selectFrom('innovations').select(['status', 'stopped_reason']).where('id', '=', rec.c!).executeTakeFirstOrThrow();
  expect(stopped).toEqual({ status: 'stopped', stopped_reason: 'Anggaran tidak tersedia lagi' });

  // The pre-aggregated tally the progress page reads equals a recount of the records.
  const key = (r: { agency_id: string; province_code: string; asked: number; continuing: number; developed: number; stopped: number }) =>
    `${r.agency_id}|${r.province_code}|${r.asked}|${r.continuing}|${r.developed}|${r.stopped}`;
  expect((await selectTally(t.db, c.id)).map(key).sort()).toEqual((await recountProgress(t.db, c.id)).map(key).sort());
  const progress = ok<CampaignProgressView>(await ministry.get(`/api/campaigns/${c.id}/progress`));
  expect(progress.campaign.result).toMatchObject({ asked, continuing: 1, developed: 1, stopped: 1, silent: asked - 3, updated: 3 });
  expect(progress.byProvince.find((p) => p.code === '35')).toMatchObject({ continuing: 1, developed: 1, stopped: 1 });
  expect(progress.byProvince.find((p) => p.code === '32')).toMatchObject({ silent: expect.any(Number), stopped: 0 });
  expect(ok<CampaignProgressView>(await ministry.get(`/api/campaigns/${c.id}/progress?province=35`)).campaign.result.stopped).toBe(1);
  expect((await operator.get(`/api/campaigns/${c.id}/progress`)).statusCode).toBe(403);
  expect((await operator.get(`/api/campaigns/${c.id}/progress.xlsx`)).statusCode).toBe(403);

  // The XLSX: per agency and per province, the same counts as the page.
  const file = await ministry.get(`/api/campaigns/${c.id}/progress.xlsx`);
  expect(file.statusCode).toBe(200);
  expect(file.headers['content-disposition']).toBe('attachment; filename="pemutakhiran-2031.xlsx"');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
  const rowsOf = (name: string) =>
    wb
      .getWorksheet(name)!
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1));
  expect(wb.getWorksheet('Per instansi')!.getRow(1).values).toEqual([
    undefined,
    'Instansi',
    'Ditanyakan',
    'Terkonfirmasi',
    'Berlanjut',
    'Dikembangkan',
    'Berhenti',
    'Belum menjawab',
  ]);
  // Agencies come one page at a time, filtered and sorted on the server; the export has them all.
  expect(progress.total).toBe(progress.agencyTotal);
  const paged = ok<CampaignProgressView>(await ministry.get(`/api/campaigns/${c.id}/progress?sort=name&pageSize=1&page=2`));
  expect(paged).toMatchObject({ page: 2, pageSize: 1, total: progress.agencyTotal, agencyTotal: progress.agencyTotal });
  expect(paged.byAgency).toHaveLength(progress.agencyTotal > 1 ? 1 : 0);
  expect(paged.byProvince).toEqual(progress.byProvince);
  const inJava = ok<CampaignProgressView>(await ministry.get(`/api/campaigns/${c.id}/progress?province=35&status=silent&pageSize=200`));
  expect(inJava.byAgency.every((a) => a.silent > 0)).toBe(true);
  const mineAgency = inJava.byAgency.find((a) => a.developed === 1 && a.stopped === 1)!;
  const byName = ok<CampaignProgressView>(await ministry.get(`/api/campaigns/${c.id}/progress?q=${encodeURIComponent(mineAgency.name.toUpperCase())}`));
  expect(byName.byAgency).toEqual([mineAgency]);
  expect(byName.total).toBe(1);
  expect(ok<CampaignProgressView>(await ministry.get(`/api/campaigns/${c.id}/progress?q=${encodeURIComponent(mineAgency.name)}&status=done`)).total).toBe(0);
  for (const bad of ['status=lost', 'pageSize=0', 'sort=id', 'province=3']) expect((await ministry.get(`/api/campaigns/${c.id}/progress?${bad}`)).statusCode, bad).toBe(400);
  const mineRow = rowsOf('Per instansi').find((r) => r[0] === mineAgency.name);
  expect(mineRow?.slice(1)).toEqual([4, 3, 1, 1, 1, 1]);
  expect(rowsOf('Per instansi')).toHaveLength(progress.agencyTotal);
  const java = rowsOf('Per provinsi').find((r) => r[0] === '35');
  expect(java?.slice(2)).toEqual([progress.byProvince.find((p) => p.code === '35')!.asked, 3, 1, 1, 1, progress.byProvince.find((p) => p.code === '35')!.silent]);
  expect(rowsOf('Per provinsi').at(-1)).toEqual(['', 'Nasional', asked, 3, 1, 1, 1, asked - 3]);
  expect(ok<CampaignRecordsView>(await otherOperator.get(`/api/campaigns/${c.id}/records`)).items.map((i) => i.innovationId)).toEqual([rec.other]);
  expect((await verifyAuditChain(t.db)).ok).toBe(true);
  const audits = await t.db.selectFrom('audit_log').select('action').where('action', 'like', 'campaign.%').execute();
  expect(audits.map((a) => a.action).sort()).toEqual(['campaign.confirm', 'campaign.confirm', 'campaign.confirm', 'campaign.create']);

  // Reminders: once a week before the close, once after it, to the agencies with records pending.
  expect(await queueCampaignReminders(t.db, new Date(Date.now() + 2 * day))).toBe(0); // more than 7 days before
  expect(await queueCampaignReminders(t.db, new Date(Date.now() + 5 * day))).toBeGreaterThan(0);
  expect(await queueCampaignReminders(t.db, new Date(Date.now() + 6 * day))).toBe(0); // already sent
  expect(await queueCampaignReminders(t.db, new Date(Date.now() + 11 * day))).toBeGreaterThan(0);
  const mineNotes = await t.db.selectFrom('notifications').select(['kind', 'body']).where('user_id', '=', operatorId).execute();
  expect(mineNotes).toHaveLength(2);
  expect(mineNotes.every((n) => n.kind === 'campaign.reminder' && n.body.startsWith('1 data inovasi Anda'))).toBe(true);
  // The close in the reader's language, written out ("Senin, 14 Desember 2026 23.59 WIB"), not "YYYY-MM-DD HH:MM".
  const deadline = formatDateTimeFull(c.closesAt, 'id');
  expect(deadline).toMatch(/^(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \p{L}+ \d{4} \d{2}\.\d{2} WIB$/u);
  expect(mineNotes.map((n) => n.body).sort()).toEqual([
    `1 data inovasi Anda belum dikonfirmasi. Batas waktu ${deadline} (terlewat).`,
    `1 data inovasi Anda belum dikonfirmasi. Batas waktu ${deadline}.`,
  ]);
});

it('marks records a closed campaign never heard about as unconfirmed in the catalog, until their agency answers', async () => {
  const closed = ok<CampaignView>(await ministry.post('/api/campaigns', { year: 2029, title: 'Pemutakhiran Data Inovasi 2029', opensAt: iso(-30), closesAt: iso(-2) }), 201);
  expect(closed.phase).toBe('closed');
  const unconfirmed = await unconfirmedInnovationIds(t.db);
  expect(unconfirmed.has(rec.d!)).toBe(true);
  const search = ok<{ items: { id: string; unconfirmedSince: string | null; maturity: string }[] }>(await t.agent().get('/api/innovations?q=Kampanye%20Uji&pageSize=50'));
  const card = search.items.find((i) => i.id === rec.d);
  expect(card?.unconfirmedSince).toBe(closed.closesAt);
  expect(card?.maturity).toBe('implemented');
  expect((await t.agent().get(`/api/innovations/${rec.d}/maturity`)).json().unconfirmedSince).toBe(closed.closesAt);

  // A late answer lifts the mark.
  ok(await operator.post(`/api/campaigns/${closed.id}/records/${rec.d}`, { answer: 'continuing' }));
  expect((await unconfirmedInnovationIds(t.db)).has(rec.d!)).toBe(false);
  const key = (r: { agency_id: string; province_code: string; asked: number; continuing: number; developed: number; stopped: number }) =>
    `${r.agency_id}|${r.province_code}|${r.asked}|${r.continuing}|${r.developed}|${r.stopped}`;
  expect((await selectTally(t.db, closed.id)).map(key).sort()).toEqual((await recountProgress(t.db, closed.id)).map(key).sort());
  // A record leaving (its innovation deleted) leaves the tally too.
  await t.db.deleteFrom('innovations').where('id', '=', rec.d!).execute();
  expect((await selectTally(t.db, closed.id)).map(key).sort()).toEqual((await recountProgress(t.db, closed.id)).map(key).sort());
});
