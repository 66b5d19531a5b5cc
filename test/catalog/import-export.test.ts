import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { multipartFile } from '../helpers/multipart.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { innovationBody, publishThroughApi } from './catalog-helpers.js';

/** Bulk import with a row-level report, all-or-nothing; exports of search results and the OPSI case (issue #3 point 5). */
let t: TestApp;
let operator: Agent;
let admin: Agent;

const importFile = (agent: Agent, filename: string, bytes: Buffer, query = '') =>
  agent.request('POST', `/api/innovations/import${query}`, multipartFile(filename, bytes, { contentType: 'text/csv' }));

const HEADER = 'judul,ringkasan,kode_wilayah,tanggal_mulai,kategori,sdgs,penerima_manfaat,digital,status,alasan_berhenti';

beforeAll(async () => {
  t = await createTestApp();
  const op = await t.signedIn('agency_operator');
  operator = op.agent;
  admin = (await t.signedIn('agency_admin', { agencyId: op.user.agency_id! })).agent;
});
afterAll(() => t.close());

describe('import template', () => {
  it('offers a CSV template whose header the importer accepts', async () => {
    const response = await operator.get('/api/innovations/import/template?format=csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="templat-impor-inovasi.csv"/);
    const [header, example] = parse(response.rawPayload, { bom: true }) as string[][];
    expect(header).toContain('judul');
    expect(header).toContain('kategori');
    // The example row itself is a valid import.
    const dry = await importFile(operator, 'templat.csv', response.rawPayload, '?dryRun=true');
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ ok: true, dryRun: true, rows: 1, created: 0 });
    expect(example?.[0]).toBeTruthy();
  });

  it('offers an XLSX template with help and the current categories', async () => {
    const response = await operator.get('/api/innovations/import/template?format=xlsx');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Inovasi', 'Petunjuk', 'Kategori']);
    const codes: string[] = [];
    workbook.getWorksheet('Kategori')!.eachRow((row, n) => n > 1 && codes.push(String(row.getCell(1).value)));
    expect(codes).toContain('kesehatan');
  });
});

describe('import', () => {
  it('reports every broken row with row, column and reason, and saves nothing', async () => {
    const csv = [
      HEADER,
      'Layanan Antar Obat Lansia,Obat rutin lansia diantar petugas ke rumah setiap bulan.,35.78,2020-01-05,kesehatan,3,1500,ya,running,',
      'Abc,Terlalu pendek,35.78,2020-01-05,kesehatan,3,,ya,running,',
      'Inovasi Kode Wilayah Salah,Ringkasan yang cukup panjang untuk lolos validasi.,99.99,2020-01-05,kesehatan,3,,ya,running,',
      'Inovasi SDG Salah Nomor,Ringkasan yang cukup panjang untuk lolos validasi.,35,2020-01-05,kesehatan,18,,ya,running,',
      'Inovasi Tanggal Salah,Ringkasan yang cukup panjang untuk lolos validasi.,35,05/01/2020,kesehatan,3,,ya,running,',
      'Inovasi Kategori Salah,Ringkasan yang cukup panjang untuk lolos validasi.,35,2020-01-05,olahraga,3,,ya,running,',
      'Inovasi Berhenti Tanpa Alasan,Ringkasan yang cukup panjang untuk lolos validasi.,35,2020-01-05,kesehatan,3,,ya,stopped,',
      'Layanan Antar Obat Lansia,Baris ganda dengan judul yang sama persis seperti baris dua.,35.78,2020-01-05,kesehatan,3,,ya,running,',
      'Inovasi Angka Salah,Ringkasan yang cukup panjang untuk lolos validasi.,35,2020-01-05,kesehatan,3,banyak,mungkin,running,',
    ].join('\n');
    const before = await databaseFingerprint(t.db);
    const response = await importFile(operator, 'inovasi.csv', Buffer.from(csv));
    expect(response.statusCode).toBe(400);
    const report = response.json().error.details;
    expect(response.json().error.code).toBe('IMPORT_INVALID');
    const problems = report.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        '3:judul',
        '3:ringkasan',
        '4:kode_wilayah',
        '5:sdgs',
        '6:tanggal_mulai',
        '7:kategori',
        '8:alasan_berhenti',
        '9:judul',
        '10:penerima_manfaat',
        '10:digital',
      ]),
    );
    expect(problems).not.toContain('2:judul');
    expect(report.errors.find((e: { row: number }) => e.row === 4).message).toContain('99.99');
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it('refuses unknown and missing columns in the header', async () => {
    const response = await importFile(operator, 'x.csv', Buffer.from('judul,warna\nA,B\n'));
    const problems = response.json().error.details.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`);
    expect(problems).toEqual(expect.arrayContaining(['1:warna', '1:ringkasan', '1:kode_wilayah', '1:tanggal_mulai', '1:kategori', '1:sdgs']));
  });

  it('refuses a file that is neither CSV nor XLSX', async () => {
    const response = await importFile(operator, 'x.csv', Buffer.from('%PDF-1.4\n%%EOF'));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain("'file'");
  });

  it('imports all rows of a valid XLSX in one go, as versioned drafts of the operator’s agency', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Inovasi');
    sheet.addRow(HEADER.split(','));
    sheet.addRow([
      'Sekolah Lapang Iklim Petani',
      'Petani belajar membaca prakiraan iklim untuk menentukan masa tanam.',
      '35.09',
      new Date(Date.UTC(2017, 5, 1)),
      'pangan',
      '2;13',
      3200,
      'tidak',
      'running',
      '',
    ]);
    sheet.addRow([
      'Taksi Siaga Ibu Melahirkan',
      'Ojek dan taksi desa siaga mengantar ibu melahirkan ke puskesmas.',
      '35',
      '2015-08-17',
      'kesehatan',
      3,
      '1.250',
      'tidak',
      'stopped',
      'Dilebur ke program provinsi',
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await importFile(operator, 'impor.xlsx', bytes);
    expect(response.statusCode, response.body).toBe(201);
    const report = response.json();
    expect(report).toMatchObject({ ok: true, dryRun: false, rows: 2, created: 2 });
    const first = (await operator.get(`/api/innovations/${report.ids[0]}`)).json();
    expect(first).toMatchObject({ title: 'Sekolah Lapang Iklim Petani', startDate: '2017-06-01', sdgs: [2, 13], workflowState: 'draft', beneficiaries: 3200 });
    const second = (await operator.get(`/api/innovations/${report.ids[1]}`)).json();
    expect(second).toMatchObject({ status: 'stopped', stoppedReason: 'Dilebur ke program provinsi', beneficiaries: 1250 });
    expect((await operator.get(`/api/innovations/${report.ids[0]}/versions`)).json().items[0].action).toBe('import');
    const audit = await t.db.selectFrom('audit_log').select('after').where('action', '=', 'innovation.import').executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ count: 2, file: 'impor.xlsx' });
  });

  it('lets only an agency admin publish on import, and then needs the full narrative', async () => {
    const csv = `${HEADER}\nPosko Pengaduan Banjir,Warga melaporkan genangan lewat posko dan SMS.,35.78,2020-01-05,lingkungan,11;13,,ya,running,\n`;
    expect((await importFile(operator, 'x.csv', Buffer.from(csv), '?publish=true')).statusCode).toBe(400);
    const incomplete = await importFile(admin, 'x.csv', Buffer.from(csv), '?publish=true');
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.details.errors[0]).toMatchObject({ row: 2, column: 'masalah' });
  });
});

describe('export', () => {
  let id: string;
  beforeAll(async () => {
    id = await publishThroughApi(operator, admin, await innovationBody(t.db, { title: '=Layanan Ekspor Uji Coba', websiteUrl: 'https://ekspor.example.go.id' }));
    await t.db.insertInto('innovation_awards').values({ innovation_id: id, level: 'top_99', year: 2022, label: 'Top 99 KIPP 2022' }).execute();
  });

  it('exports a search result as CSV, neutralising spreadsheet formulas', async () => {
    const response = await t.agent().get('/api/innovations/export?format=csv&q=ekspor');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="katalog-inovasi-\d{4}-\d{2}-\d{2}.csv"/);
    const rows = parse(response.rawPayload, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id, judul: "'=Layanan Ekspor Uji Coba", provinsi: 'Jawa Timur', sdgs: '3;10', penghargaan: 'Top 99 KIPP 2022 (2022)' });
  });

  it('exports the same result as XLSX', async () => {
    const response = await t.agent().get('/api/innovations/export?format=xlsx&q=ekspor');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Inovasi')!;
    expect(sheet.getRow(1).getCell(2).value).toBe('judul');
    expect(sheet.getRow(2).getCell(1).value).toBe(id);
    expect(sheet.rowCount).toBe(2);
  });

  it('exports an English one-page OPSI case as Markdown and PDF', async () => {
    const md = await t.agent().get(`/api/innovations/${id}/case?format=md`);
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    for (const heading of ['## Summary', '## Problem', '## Innovation', '## Results', '## Public sector involvement', '## Status', '## Links']) expect(md.body).toContain(heading);
    expect(md.body).toContain('Running since 2019');
    expect(md.body).toContain('Top 99 2022: Top 99 KIPP 2022');
    expect(md.body).toContain('Waktu tunggu: 180 menit before, 25 menit after');
    expect(md.body).toContain('Good health and well-being');

    const pdf = await t.agent().get(`/api/innovations/${id}/case?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it('keeps the PDF to one page even when every narrative field is at its maximum', async () => {
    const long = 'Uraian panjang tentang pelaksanaan inovasi. '.repeat(220).slice(0, 10_000);
    const bigId = await publishThroughApi(
      operator,
      admin,
      await innovationBody(t.db, {
        title: 'Inovasi Dengan Uraian Sangat Panjang',
        summary: long.slice(0, 2000),
        problem: long,
        approach: long,
        implementationSteps: long,
        results: long,
        stakeholders: long,
        resources: long,
        sustainability: long,
      }),
    );
    const pdf = await t.agent().get(`/api/innovations/${bigId}/case?format=pdf`);
    expect(pdf.rawPayload.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it('does not export unpublished records', async () => {
    const draft = await operator.post('/api/innovations', await innovationBody(t.db, { title: 'Draf Zebra Tidak Boleh Keluar' }));
    expect((await t.agent().get(`/api/innovations/${draft.json().innovation.id}/case`)).statusCode).toBe(404);
    const csv = await t.agent().get('/api/innovations/export?format=csv&q=zebra');
    expect(parse(csv.rawPayload, { bom: true, columns: true })).toEqual([]);
  });
});
