import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { multipartFile } from '../helpers/multipart.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';

/** The ministry's historical import (issue #13 items 1–2): mapping, names instead of codes, agencies to confirm, dry run, all or nothing, re-import. */
let t: TestApp;
let ministry: Agent;
let ministryId: string;
const FIXTURE = readFileSync(new URL('../fixtures/historical-winners.csv', import.meta.url));

const csvFile = (filename: string, bytes: Buffer) => multipartFile(filename, bytes, { contentType: 'text/csv' });

async function upload(bytes: Buffer, name = 'pemenang.csv') {
  const response = await ministry.request('POST', '/api/historical-imports', csvFile(name, bytes));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { fileId: string; headers: string[]; suggested: Record<string, string>; rows: number };
}

type Report = {
  ok: boolean;
  ready: number;
  created: number;
  updated: number;
  awards: number;
  pending: number;
  ignoredColumns: string[];
  problems: { row: number; column: string; message: string }[];
  warnings: { row: number; column: string; message: string }[];
  agencies: { key: string; name: string; status: string; agency: { id: string; name: string } | null; candidates: { agencyId: string; name: string }[] }[];
  matches: { row: number; kind: string; decision: string | null }[];
  ids: string[];
};

/** Starts the commit (202, a background job) and polls the job until it ends: its final view. */
async function commit(fileId: string, body: unknown, as: Agent = ministry) {
  const started = await as.post(`/api/historical-imports/${fileId}/commit`, body);
  expect(started.statusCode, started.body).toBe(202);
  let job = started.json() as { id: string; status: string; total: number; done: number | null; report: Report | null; error: { code: string; message: string } | null };
  while (job.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 20));
    job = (await as.get(`/api/historical-imports/jobs/${job.id}`)).json();
  }
  return job;
}

beforeAll(async () => {
  t = await createTestApp();
  const signed = await t.signedIn('ministry_admin');
  ministry = signed.agent;
  ministryId = signed.user.id;
});
afterAll(() => t.close());

describe('historical import of a winners list with names instead of codes', () => {
  it('suggests a mapping from Indonesian headers, resolves regions and agencies by name, imports all, and re-imports without duplicating', async () => {
    const file = await upload(FIXTURE);
    expect(file.rows).toBe(36);
    expect(file.suggested).toMatchObject({
      'Judul Inovasi': 'title',
      Instansi: 'agencyName',
      'Jenis Instansi': 'agencyType',
      Provinsi: 'province',
      'Kabupaten/Kota': 'regency',
      Tahun: 'year',
      Penghargaan: 'awardLabel',
      Klaster: 'cluster',
      Ringkasan: 'summary',
      'Tautan Sumber': 'sourceUrl',
    });
    expect(file.suggested.Catatan).toBeUndefined();
    const mapping = file.suggested;

    const preview = await ministry.post(`/api/historical-imports/${file.fileId}/preview`, { mapping });
    expect(preview.statusCode, preview.body).toBe(200);
    const report = preview.json() as Report;
    expect(report.problems).toEqual([]);
    expect(report.ignoredColumns).toEqual(expect.arrayContaining(['Catatan']));
    // Regional governments written as "Pemkab …", "Kab. …", "Pemprov DI Yogyakarta" are found as they are.
    const sleman = report.agencies.find((a) => a.name === 'Pemerintah Kabupaten Sleman')!;
    expect(sleman).toMatchObject({ status: 'exact', agency: { name: 'Pemerintah Kabupaten Sleman' } });
    expect(report.agencies.find((a) => a.name === 'Pemprov DI Yogyakarta')).toMatchObject({ status: 'exact', agency: { name: 'Pemerintah Provinsi Daerah Istimewa Yogyakarta' } });
    // A hospital the directory lacks waits for a decision, with its regency's government among the candidates.
    const hospital = report.agencies.find((a) => a.name === 'RSUD Sanjiwani Gianyar')!;
    expect(hospital.status).toBe('confirm');
    expect(hospital.candidates.map((c) => c.name)).toContain('Pemerintah Kabupaten Gianyar');
    expect(report.ok).toBe(false);
    expect(report.pending).toBe(1);

    // Committing with the agency unconfirmed is refused and writes nothing.
    const before = await databaseFingerprint(t.db);
    const refused = await ministry.post(`/api/historical-imports/${file.fileId}/commit`, { mapping });
    expect(refused.statusCode).toBe(400);
    expect(await databaseFingerprint(t.db)).toEqual(before);

    const gianyar = hospital.candidates.find((c) => c.name === 'Pemerintah Kabupaten Gianyar')!;
    const body = { mapping, agencies: { [hospital.key]: { agencyId: gianyar.agencyId } }, saveMapping: { name: 'Daftar pemenang KIPP', global: true } };
    const job = await commit(file.fileId, body);
    expect(job).toMatchObject({ status: 'done', total: 36, done: 36, error: null });
    expect(job.report).toMatchObject({ ok: true, created: 36, updated: 0, awards: 36 });

    // Published directly, marked imported, the missing narrative reported as missing; awards and source kept.
    const makassar = await t.db.selectFrom('innovations').select(['id']).where('title', '=', 'Lontara Sehat Makassar').executeTakeFirstOrThrow();
    const view = (await t.agent().get(`/api/innovations/${makassar.id}`)).json();
    expect(view).toMatchObject({ workflowState: 'published', summary: '', region: { code: '73.71' }, startDate: '2017-01-01', problem: '' });
    expect(view.historical).toMatchObject({ startPrecision: 'year', sourceUrl: null, missingSections: ['problem', 'approach', 'implementationSteps', 'results'] });
    expect(view.awards).toEqual([expect.objectContaining({ level: 'top_99', year: 2017, label: 'Top 99 KIPP 2017' })]);
    const covid = await t.db
      .selectFrom('innovations as i')
      .innerJoin('innovation_awards as a', 'a.innovation_id', 'i.id')
      .innerJoin('agencies as g', 'g.id', 'i.agency_id')
      .select(['a.level', 'a.label', 'g.name', 'i.unit_name'])
      .where('i.title', '=', 'Pasien Pulang Dijemput Ambulans Desa')
      .executeTakeFirstOrThrow();
    expect(covid).toMatchObject({ level: 'special', label: 'Top 21 COVID-19 2021', name: 'Pemerintah Kabupaten Gianyar' });
    const audits = await t.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'innovation.historical_import')
      .where('entity_id', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(Number(audits.n)).toBe(36);
    const saved = (await ministry.get('/api/historical-imports/mappings')).json();
    expect(saved.items).toEqual([expect.objectContaining({ name: 'Daftar pemenang KIPP', global: true })]);

    // The same file again: every row updates its record (same title, agency and year), nothing doubles.
    const again = await upload(FIXTURE);
    const second = await commit(again.fileId, body);
    expect(second.report).toMatchObject({ created: 0, updated: 36, awards: 0 });
    const count = await t.db
      .selectFrom('innovations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('imported_at', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(36);
    // Two commits of 36 records each (versions, audit chain, awards): allow for a loaded CI machine.
  }, 120_000);

  it("lists an uncertain match for a decision and updates by the file's key", async () => {
    const csv = [
      'ID,Nama Inovasi,Nama Instansi,Province,Regency/City,Year,Award',
      'NAT-001,Sistem Antrean Puskesmas Kota Tegal,Pemkot Tegal,Jawa Tengah,Kota Tegal,2018,Top 99 KIPP 2018',
    ].join('\n');
    const first = await upload(Buffer.from(csv));
    expect(first.suggested).toMatchObject({
      ID: 'externalKey',
      'Nama Inovasi': 'title',
      'Nama Instansi': 'agencyName',
      Province: 'province',
      'Regency/City': 'regency',
      Year: 'year',
      Award: 'awardLabel',
    });
    const one = await commit(first.fileId, { mapping: first.suggested });
    const id = one.report!.ids[0]!;

    // Same key, new title: updated through the key.
    const renamed = await upload(Buffer.from(csv.replace('Sistem Antrean Puskesmas Kota Tegal', 'Antrean Puskesmas Daring Kota Tegal')));
    const byKey = await commit(renamed.fileId, { mapping: renamed.suggested });
    expect(byKey.report).toMatchObject({ created: 0, updated: 1, ids: [id] });

    // No key and a similar title of the same agency and year: uncertain until decided.
    const similar = await upload(Buffer.from('Judul,Instansi,Kabupaten/Kota,Tahun\nAntrean Puskesmas Daring Kota Tegal 2.0,Pemkot Tegal,Kota Tegal,2018\n'));
    const preview = (await ministry.post(`/api/historical-imports/${similar.fileId}/preview`, { mapping: similar.suggested })).json() as Report;
    expect(preview.matches).toEqual([expect.objectContaining({ row: 2, kind: 'uncertain', decision: null })]);
    expect(preview).toMatchObject({ ok: false, pending: 1 });
    const asNew = await commit(similar.fileId, { mapping: similar.suggested, matches: { '2': 'new' } });
    expect(asNew.report).toMatchObject({ created: 1, updated: 0 });
  });

  it('refuses bad input clearly: nothing mapped, future years, unknown regions, duplicate rows; other roles may not import', async () => {
    const nothing = await upload(Buffer.from('Foo,Bar\nsatu,dua\n'));
    const refused = await ministry.post(`/api/historical-imports/${nothing.fileId}/preview`, { mapping: {} });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/tidak ada kolom berkas yang dipetakan/);

    const future = new Date().getUTCFullYear() + 1;
    const csv = [
      'Judul Inovasi,Instansi,Provinsi,Kabupaten/Kota,Tahun',
      `Inovasi Dari Masa Depan,Pemkot Bandung,Jawa Barat,Kota Bandung,${future}`,
      'Inovasi Wilayah Tak Dikenal,Pemkab Atlantis,Jawa Barat,Kab. Atlantis,2019',
      'Inovasi Bekasi Tanpa Jenis,Pemerintah Bekasi,Jawa Barat,Bekasi,2019',
      'Inovasi Yang Sama Persis,Pemkot Bandung,Jawa Barat,Kota Bandung,2019',
      'Inovasi Yang Sama Persis,Pemkot Bandung,Jawa Barat,Kota Bandung,2019',
    ].join('\n');
    const bad = await upload(Buffer.from(csv));
    const report = (await ministry.post(`/api/historical-imports/${bad.fileId}/preview`, { mapping: bad.suggested })).json() as Report;
    const at = (row: number) => report.problems.filter((p) => p.row === row);
    expect(at(2)).toEqual([expect.objectContaining({ column: 'Tahun', message: expect.stringMatching(/masa depan/) })]);
    expect(at(3)).toEqual([expect.objectContaining({ column: 'Kabupaten/Kota', message: expect.stringMatching(/Atlantis.*tidak dikenal/) })]);
    expect(at(4)).toEqual([expect.objectContaining({ column: 'Kabupaten/Kota', message: expect.stringMatching(/Kabupaten Bekasi.*Kota Bekasi/) })]);
    expect(at(6)).toEqual([expect.objectContaining({ column: 'Judul Inovasi', message: expect.stringMatching(/sama dengan baris 5/) })]);
    expect(report.ok).toBe(false);

    // More rows than one import takes: refused at upload, naming the limit, before anything is stored.
    const huge = Buffer.from(['Judul,Instansi,Provinsi,Tahun', ...Array.from({ length: 5001 }, (_, i) => `Inovasi ${i},Pemkot Bandung,Jawa Barat,2019`)].join('\n'));
    const tooMany = await ministry.request('POST', '/api/historical-imports', csvFile('besar.csv', huge));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toMatch(/5\.?000/);

    const operator = (await t.signedIn('agency_operator')).agent;
    expect((await operator.request('POST', '/api/historical-imports', csvFile('x.csv', FIXTURE))).statusCode).toBe(403);
    // Another ministry account cannot use someone else's upload.
    const other = (await t.signedIn('ministry_admin')).agent;
    expect((await other.post(`/api/historical-imports/${bad.fileId}/preview`, { mapping: bad.suggested })).statusCode).toBe(404);
  });

  it('imports an XLSX file, creating a missing organisation when the ministry asks, audited, in a background job only its starter sees', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Inovasi');
    sheet.addRow(['Judul Inovasi', 'Instansi', 'Jenis Instansi', 'Provinsi', 'Kabupaten/Kota', 'Tahun', 'Penghargaan']);
    sheet.addRow(['Klinik Apung Danau Batur', 'Yayasan Sehat Bangli', 'Swasta', 'Bali', 'Kab. Bangli', 2019, 'Top 99 KIPP 2019']);
    const file = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'pemenang.xlsx');
    expect(file.rows).toBe(1);
    const preview = (await ministry.post(`/api/historical-imports/${file.fileId}/preview`, { mapping: file.suggested })).json() as Report;
    const yayasan = preview.agencies.find((a) => a.name === 'Yayasan Sehat Bangli')!;
    expect(yayasan.status).toBe('confirm');

    const body = { mapping: file.suggested, agencies: { [yayasan.key]: { create: true, type: 'swasta' } } };
    const start = await ministry.post(`/api/historical-imports/${file.fileId}/commit`, body);
    expect(start.statusCode, start.body).toBe(202);
    const started = start.json() as { id: string };
    // Another ministry account does not see the job.
    const other = (await t.signedIn('ministry_admin')).agent;
    expect((await other.get(`/api/historical-imports/jobs/${started.id}`)).statusCode).toBe(404);
    let job = (await ministry.get(`/api/historical-imports/jobs/${started.id}`)).json();
    while (job.status === 'running') job = (await ministry.get(`/api/historical-imports/jobs/${started.id}`)).json();
    expect(job).toMatchObject({ status: 'done', report: { created: 1, awards: 1 } });

    const created = await t.db.selectFrom('agencies').select(['id', 'type', 'region_code']).where('name', '=', 'Yayasan Sehat Bangli').executeTakeFirstOrThrow();
    expect(created).toMatchObject({ type: 'swasta', region_code: '51.06' });
    const audited = await t.db.selectFrom('audit_log').select(['action', 'after']).where('entity_id', '=', created.id).execute();
    expect(audited).toEqual([expect.objectContaining({ action: 'agency.create' })]);
    const record = await t.db.selectFrom('innovations').select(['agency_id', 'workflow_state']).where('title', '=', 'Klinik Apung Danau Batur').executeTakeFirstOrThrow();
    expect(record).toEqual({ agency_id: created.id, workflow_state: 'published' });
  });

  it('refuses a second commit while one runs, and reports a job whose server process died as failed', async () => {
    const file = await upload(Buffer.from('Judul,Instansi,Kabupaten/Kota,Tahun\nInovasi Yatim,Pemkot Tegal,Kota Tegal,2018\n'));
    // A job row left running by a process that no longer holds its lock (as after a crash mid-commit).
    const orphan = await t.db
      .insertInto('historical_import_jobs')
      .values({ file_id: file.fileId, created_by: ministryId, total: 1, status: 'running', report: null, error: null, finished_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    // While a job of the file is marked running, a second commit is refused (a partial unique index: atomic).
    const second = await ministry.post(`/api/historical-imports/${file.fileId}/commit`, { mapping: file.suggested });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'IMPORT_RUNNING', message: expect.stringMatching(/sedang diimpor/) });
    const view = (await ministry.get(`/api/historical-imports/jobs/${orphan.id}`)).json();
    expect(view).toMatchObject({ status: 'failed', error: { code: 'IMPORT_INTERRUPTED' } });
    // The file can be committed again once nothing runs.
    expect((await commit(file.fileId, { mapping: file.suggested })).status).toBe('done');
  });
});
