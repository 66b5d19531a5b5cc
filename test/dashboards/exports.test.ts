import ExcelJS from 'exceljs';
import { currentYear } from '../../src/server/modules/dashboards/sections-common.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPublished } from '../catalog/catalog-helpers.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Dashboard exports and open data (issue #19): XLSX of each view with a dated "about" sheet,
 * public figures and the published catalog as CSV/JSON under stable URLs, a data dictionary
 * with the licence, formula-like text neutralised, drafts never included.
 */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const agency = await buildAgency(t.db, { type: 'kota', regionCode: '35.78', name: 'Pemerintah Kota Surabaya Ekspor' });
  const evil = await t.db
    .insertInto('innovation_categories')
    .values({ code: 'uji_rumus', name_id: '=HYPERLINK("http://x")', name_en: '=HYPERLINK("http://x")' })
    .returning('code')
    .executeTakeFirstOrThrow();
  await insertPublished(t.db, agency.id, { title: 'Inovasi Terbit Satu', sdgs: [3], startDate: '2019-05-01' });
  await insertPublished(t.db, agency.id, { title: '@Inovasi Terbit Dua', sdgs: [4], startDate: '2020-05-01', categoryCode: evil.code });
  await insertPublished(t.db, agency.id, { title: 'Draf Rahasia', workflowState: 'draft' });
});

afterAll(async () => {
  await t.close();
});

async function workbook(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

describe('XLSX exports', () => {
  it('exports the national view: one sheet per figure and a dated sheet with the filters and licence', async () => {
    const res = await t.agent('id').get('/api/dashboard/national/export?province=35');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="dasbor-nasional-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const wb = await workbook(res.rawPayload);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Inovasi per provinsi',
      'Inovasi per kategori',
      'Inovasi per SDG',
      'Inovasi per tahun mulai',
      'Riwayat KIPP',
      'Kompetisi khusus',
      // Then the other modules' sections (OAOI coverage, hubs … — test/dashboards/second-half-sections.test.ts).
      'Cakupan per provinsi ' + String(currentYear()) + '  Satu',
      'Cakupan Satu Instansi Satu Inov',
      'Cakupan per jenis instansi ' + String(currentYear()),
      'Hub JIPP  replikasi selesai (ke',
      'Tentang',
    ]);
    const provinces = wb.getWorksheet('Inovasi per provinsi')!;
    expect(provinces.rowCount).toBe(39);
    const jatim = provinces.getRows(2, 38)!.find((r) => r.getCell(1).value === '35')!;
    expect(jatim.getCell(3).value).toBe(2);
    const category = wb.getWorksheet('Inovasi per kategori')!;
    const names = category.getRows(2, category.rowCount - 1)!.map((r) => r.getCell(2).value);
    expect(names).toContain(`'=HYPERLINK("http://x")`);
    const about = wb.getWorksheet('Tentang')!;
    // A header row, then title, filters, date, source, licence.
    expect(about.getCell('B3').value).toBe('provinsi 35');
    expect(String(about.getCell('B4').value)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(String(about.getCell('B6').value)).toContain('ODbL');
  });

  it('exports a region profile in English when asked, and an unknown region as an empty workbook', async () => {
    const res = await t.agent('en').get('/api/regions/35.78/profile/export');
    expect(res.statusCode).toBe(200);
    const wb = await workbook(res.rawPayload);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Innovations by category',
      'Innovations by SDG',
      'Awards',
      'Comparison with peers',
      // The second half's sections, each with its plain empty note when nothing is published.
      'One Agency One Innovation  targ',
      'Regional innovation index  scor',
      'Fiscal incentive (published rec',
      'JIPP hub membership',
      'About',
    ]);
    const unknown = await t.agent().get('/api/regions/99.99/profile/export');
    expect(unknown.statusCode).toBe(200);
    expect((await workbook(unknown.rawPayload)).worksheets.map((s) => s.name)).toEqual(['Tentang']);
  });
});

describe('PDF reports', () => {
  it('draws the national view and a region profile as PDFs', async () => {
    const res = await t.agent('id').get('/api/dashboard/national/export?format=pdf&year=2019');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/filename="dasbor-nasional-\d{4}-\d{2}-\d{2}\.pdf"/);
    const pdf = res.rawPayload.toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toMatch(/\/Type \/Pages\s*\/Count [1-9]/);
    const region = await t.agent('en').get('/api/regions/35.78/profile/export?format=pdf');
    expect(region.statusCode).toBe(200);
    expect(region.rawPayload.toString('latin1').startsWith('%PDF-')).toBe(true);
  });
});

describe('open data', () => {
  it('lists every dataset with its stable URL, columns described in both languages, the licence and attribution', async () => {
    const res = await t.agent().get('/api/open-data');
    expect(res.statusCode).toBe(200);
    const index = res.json();
    expect(index.licence.id).toContain('ODbL');
    expect(index.attribution.en).toContain('idn-area-data');
    expect(index.datasets.map((d: { id: string }) => d.id)).toEqual([
      'innovations',
      'innovations-by-province',
      'innovations-by-category',
      'innovations-by-sdg',
      'innovations-by-start-year',
      'kipp-history',
      'special-calls',
    ]);
    for (const d of index.datasets) {
      expect(d.url).toBe(`/api/open-data/${d.id === 'innovations' ? 'innovations' : `figures/${d.id}`}`);
      expect(d.downloads).toEqual({ csv: `${d.url}/data.csv`, json: `${d.url}/data.json` });
      for (const c of d.columns) expect(c.description.id.length * c.description.en.length).toBeGreaterThan(0);
    }
  });

  it('serves a figure as JSON and as CSV with the same numbers', async () => {
    const json = await t.agent().get('/api/open-data/figures/innovations-by-sdg?year=2019');
    expect(json.statusCode).toBe(200);
    const body = json.json();
    expect(body.filters).toEqual({ year: 2019, province: null });
    expect(body.rows).toHaveLength(17);
    expect(body.rows.find((r: { sdg: number }) => r.sdg === 3).count).toBe(1);
    expect(body.rows.find((r: { sdg: number }) => r.sdg === 4).count).toBe(0);
    const csv = await t.agent().get('/api/open-data/figures/innovations-by-sdg?year=2019&format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('sdg,count');
    expect(lines).toContain('3,1');
    expect(lines).toHaveLength(18);
    // Each format under its own stable URL, the same numbers as the older `?format=` URL.
    const own = await t.agent().get('/api/open-data/figures/innovations-by-sdg/data.csv?year=2019');
    expect(own.headers['content-type']).toContain('text/csv');
    expect(own.body).toBe(csv.body);
    const ownJson = await t.agent().get('/api/open-data/figures/innovations-by-sdg/data.json?year=2019');
    expect(ownJson.json().rows).toEqual(body.rows);
    expect((await t.agent().get('/api/open-data/figures/innovations-by-sdg/data.json?format=csv')).statusCode).toBe(400);
  });

  it('neutralises formula-like text in CSV', async () => {
    const csv = await t.agent().get('/api/open-data/figures/innovations-by-category?format=csv');
    expect(csv.body).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('serves the published catalog as CSV and JSON, drafts left out', async () => {
    const csv = await t.agent().get('/api/open-data/innovations');
    expect(csv.statusCode).toBe(200);
    expect(csv.body.startsWith('\uFEFFid,judul,')).toBe(true);
    expect(csv.body).toContain(`'@Inovasi Terbit Dua`);
    expect(csv.body).not.toContain('Draf Rahasia');
    const json = await t.agent().get('/api/open-data/innovations?format=json');
    expect(json.statusCode).toBe(200);
    const rows = json.json();
    expect(rows.map((r: { judul: string }) => r.judul).sort()).toEqual(['@Inovasi Terbit Dua', 'Inovasi Terbit Satu']);
    expect(rows[0].kode_wilayah).toBe('35.78');
    const ownCsv = await t.agent().get('/api/open-data/innovations/data.csv');
    expect(ownCsv.headers['content-type']).toContain('text/csv');
    expect(ownCsv.body).toBe(csv.body);
    const ownJson = await t.agent().get('/api/open-data/innovations/data.json');
    expect(ownJson.headers['content-type']).toContain('application/json');
    expect(ownJson.json()).toEqual(rows);
  });

  it('refuses an unknown dataset or format with a clear error', async () => {
    const unknown = await t.agent('en').get('/api/open-data/figures/secrets');
    expect(unknown.statusCode).toBe(400);
    const format = await t.agent().get('/api/open-data/innovations?format=xml');
    expect(format.statusCode).toBe(400);
    expect(format.json().error.code).toBe('VALIDATION_FAILED');
  });
});
