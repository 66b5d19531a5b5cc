import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { insertPublished } from './catalog-helpers.js';

/** Public catalog search (issue #3 point 3 and 6): Indonesian stemming, facets, sorting, paging, typos. */
let t: TestApp;
const ids: Record<string, string> = {};

type Item = { id: string; title: string };
const titles = (body: { items: Item[] }) => body.items.map((i) => i.title);

beforeAll(async () => {
  t = await createTestApp();
  const surabaya = await buildAgency(t.db, { type: 'kota', regionCode: '35.78', name: 'Pemkot Uji Surabaya' });
  const jatim = await buildAgency(t.db, { type: 'provinsi', regionCode: '35', name: 'Pemprov Uji Jatim' });
  const makassar = await buildAgency(t.db, { type: 'kota', regionCode: '73.71', name: 'Pemkot Uji Makassar' });
  const kemenkes = await buildAgency(t.db, { type: 'kementerian', regionCode: '31', name: 'Kementerian Uji Kesehatan' });
  ids.layanan = await insertPublished(t.db, surabaya.id, {
    title: 'Layanan Kesehatan Ibu Hamil Terpadu',
    summary: 'Pemeriksaan ibu hamil terjadwal dekat rumah.',
    sdgs: [3, 5],
    startDate: '2018-05-01',
  });
  ids.inovasi = await insertPublished(t.db, jatim.id, {
    title: 'Gerakan Inovasi Desa Mandiri',
    summary: 'Desa didampingi menyusun inovasi pelayanan.',
    regionCode: '35',
    categoryCode: 'pemberdayaan',
    sdgs: [1, 8],
    startDate: '2020-02-01',
  });
  ids.sampah = await insertPublished(t.db, makassar.id, {
    title: 'Bank Sampah Digital Kampung',
    summary: 'Warga menabung sampah terpilah lewat aplikasi.',
    regionCode: '73.71',
    categoryCode: 'lingkungan',
    sdgs: [11, 12],
    startDate: '2021-07-10',
    status: 'stopped',
  });
  ids.cafe = await insertPublished(t.db, kemenkes.id, {
    title: 'Café Konsultasi Gizi Balita',
    summary: 'Konsultasi gizi di kafe komunitas.',
    regionCode: '31',
    categoryCode: 'kesehatan',
    sdgs: [2, 3],
    startDate: '2022-01-01',
  });
  ids.puskesmas = await insertPublished(t.db, surabaya.id, {
    title: 'Puskesmas Keliling Pesisir',
    summary: 'Pelayanan kesehatan dengan kapal ke pulau kecil.',
    problem: 'Nelayan jauh dari fasilitas kesehatan.',
    sdgs: [3],
    startDate: '2016-03-03',
  });
  ids.draft = await insertPublished(t.db, surabaya.id, { title: 'Layanan Rahasia Belum Terbit', workflowState: 'draft' });
  await t.db.insertInto('innovation_awards').values({ innovation_id: ids.layanan, level: 'top_45', year: 2019, label: 'Top 45 KIPP 2019' }).execute();
});
afterAll(() => t.close());

describe('full-text search in Bahasa Indonesia', () => {
  it('finds "layanan" when searching "pelayanan" (stemming)', async () => {
    const body = (await t.agent().get('/api/innovations?q=pelayanan')).json();
    expect(titles(body)).toContain('Layanan Kesehatan Ibu Hamil Terpadu');
    expect(body.matchMode).toBe('fulltext');
  });

  it('finds "inovasi" when searching "berinovasi"', async () => {
    expect(titles((await t.agent().get('/api/innovations?q=berinovasi')).json())).toEqual(['Gerakan Inovasi Desa Mandiri']);
  });

  it('ignores accents', async () => {
    expect(titles((await t.agent().get('/api/innovations?q=cafe%20gizi')).json())).toEqual(['Café Konsultasi Gizi Balita']);
    expect(titles((await t.agent().get('/api/innovations?q=caf%C3%A9')).json())).toEqual(['Café Konsultasi Gizi Balita']);
  });

  it('ranks a title match above a match in the narrative', async () => {
    const body = (await t.agent().get('/api/innovations?q=kesehatan')).json();
    expect(titles(body)[0]).toBe('Layanan Kesehatan Ibu Hamil Terpadu');
    expect(titles(body)).toContain('Puskesmas Keliling Pesisir');
  });

  it('corrects typos from the vocabulary of published text and suggests the correction', async () => {
    const body = (await t.agent().get('/api/innovations?q=puskesmes')).json();
    expect(body.matchMode).toBe('fulltext');
    expect(body.suggestion).toBe('puskesmas');
    expect(titles(body)).toEqual(['Puskesmas Keliling Pesisir']);
  });

  it('never shows unpublished records', async () => {
    const body = (await t.agent().get('/api/innovations?q=rahasia')).json();
    expect(body.items).toEqual([]);
    expect(body.total).toBe(0);
  });
});

describe('facets and filters', () => {
  it('returns items, total and facets with counts and names', async () => {
    const body = (await t.agent().get('/api/innovations')).json();
    expect(body.total).toBe(5);
    expect(body.approximate).toBe(false);
    expect(body.facets.province).toEqual(
      expect.arrayContaining([
        { value: '35', label: 'Jawa Timur', count: 3 },
        { value: '73', label: 'Sulawesi Selatan', count: 1 },
        { value: '31', label: 'DKI Jakarta', count: 1 },
      ]),
    );
    expect(body.facets.regency).toContainEqual({ value: '35.78', label: 'Kota Surabaya', count: 2 });
    expect(body.facets.agencyType).toContainEqual({ value: 'kota', label: 'kota', count: 3 });
    expect(body.facets.category).toContainEqual({ value: 'kesehatan', label: 'Kesehatan', labelEn: 'Health', count: 3 });
    expect(body.facets.sdg).toContainEqual({ value: '3', label: '3', count: 3 });
    expect(body.facets.year).toContainEqual({ value: '2021', label: '2021', count: 1 });
    expect(body.facets.status).toEqual(
      expect.arrayContaining([
        { value: 'running', label: 'running', count: 4 },
        { value: 'stopped', label: 'stopped', count: 1 },
      ]),
    );
    expect(body.facets.award).toEqual([{ value: 'top_45', label: 'top_45', count: 1 }]);
  });

  it('filters by province, category and SDG together, as in the documented URL', async () => {
    const body = (await t.agent().get('/api/innovations?q=kesehatan&province=35&category=kesehatan&sdg=3&page=1')).json();
    expect(titles(body).sort()).toEqual(['Layanan Kesehatan Ibu Hamil Terpadu', 'Puskesmas Keliling Pesisir']);
    expect(body.total).toBe(2);
  });

  it('ORs several values of one facet and filters by year, status, agency type and award', async () => {
    expect((await t.agent().get('/api/innovations?sdg=12,2')).json().total).toBe(2);
    expect(titles((await t.agent().get('/api/innovations?year=2021')).json())).toEqual(['Bank Sampah Digital Kampung']);
    expect(titles((await t.agent().get('/api/innovations?status=stopped')).json())).toEqual(['Bank Sampah Digital Kampung']);
    expect(titles((await t.agent().get('/api/innovations?agencyType=kementerian')).json())).toEqual(['Café Konsultasi Gizi Balita']);
    expect(titles((await t.agent().get('/api/innovations?award=top_45')).json())).toEqual(['Layanan Kesehatan Ibu Hamil Terpadu']);
    expect(titles((await t.agent().get('/api/innovations?regency=73.71')).json())).toEqual(['Bank Sampah Digital Kampung']);
  });

  it('shows awards and the (real, empty) replication count on items', async () => {
    const body = (await t.agent().get('/api/innovations?award=top_45')).json();
    expect(body.items[0]).toMatchObject({ awards: [{ level: 'top_45', year: 2019 }], replicationCount: 0, provinceName: 'Jawa Timur', agencyName: 'Pemkot Uji Surabaya' });
  });
});

describe('sorting and paging', () => {
  it('sorts newest first by start date and pages through the results', async () => {
    const first = (await t.agent().get('/api/innovations?sort=newest&pageSize=2')).json();
    expect(titles(first)).toEqual(['Café Konsultasi Gizi Balita', 'Bank Sampah Digital Kampung']);
    const third = (await t.agent().get('/api/innovations?sort=newest&pageSize=2&page=3')).json();
    expect(titles(third)).toEqual(['Puskesmas Keliling Pesisir']);
    expect(third.total).toBe(5);
  });

  it('sorts the most replicated first, from the replication register', async () => {
    const adopter = await buildAgency(t.db, { type: 'kota', regionCode: '73.71' });
    await t.db.insertInto('innovation_replications').values({ innovation_id: ids.puskesmas!, adopter_agency_id: adopter.id, region_code: '73.71' }).execute();
    const body = (await t.agent().get('/api/innovations?sort=replicated&pageSize=3')).json();
    expect(titles(body)[0]).toBe('Puskesmas Keliling Pesisir');
    expect(body.items[0].replicationCount).toBe(1);
    expect(titles(body).slice(1)).toEqual(['Café Konsultasi Gizi Balita', 'Bank Sampah Digital Kampung']);
    const page = (await t.agent().get(`/api/innovations/${ids.puskesmas}`)).json();
    expect(page.replications).toEqual([expect.objectContaining({ adopterAgency: { id: adopter.id, name: adopter.name }, regionCode: '73.71' })]);
    await t.db.deleteFrom('innovation_replications').execute();
  });

  it('refuses pages beyond the result window and bad filters, naming the field', async () => {
    const deep = await t.agent().get('/api/innovations?page=600&pageSize=20');
    expect(deep.statusCode).toBe(400);
    expect(deep.json().error.message).toMatch(/^Data tidak valid: Halaman terlalu jauh/);
    const sdg = await t.agent('en').get('/api/innovations?sdg=18');
    expect(sdg.statusCode).toBe(400);
    expect(sdg.json().error.message).toMatch(/^Invalid data: SDG /);
    expect((await t.agent().get('/api/innovations?province=jatim')).statusCode).toBe(400);
    expect((await t.agent().get('/api/innovations?sort=popular')).statusCode).toBe(400);
  });
});
