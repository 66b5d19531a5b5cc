import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signInThroughForm, watchPageErrors } from './browser.js';

/**
 * Issue #3 in the browser, with the demo accounts: the Surabaya operator registers an
 * innovation and submits it, the agency admin publishes it from the approval queue, and an
 * anonymous visitor finds it in the catalog by an inflected word and opens it.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function signIn(email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInThroughForm(page, email);
  return page;
}

it('an operator registers an innovation, the admin publishes it, a visitor finds it by search and opens it', async () => {
  // A made-up word makes this run's record the only match, whatever else the catalog holds.
  const marker = `Kelurahan${Date.now().toString(36)}`;
  const title = `Pelayanan Akta Kelahiran Keliling ${marker}`;

  // 1. The operator registers the innovation and submits it.
  const operator = await signIn('operator.surabaya@simpul.test');
  const operatorErrors = watchPageErrors(operator);
  await operator.getByRole('link', { name: 'Inovasi instansi' }).first().click();
  await operator.getByRole('link', { name: 'Daftarkan inovasi' }).click();
  await operator.waitForURL(/\/inovasi\/baru$/);
  await operator.getByLabel('Judul inovasi', { exact: true }).fill(title);
  await operator.getByLabel('Ringkasan', { exact: true }).fill('Petugas mendatangi kelurahan setiap pekan sehingga warga mengurus akta kelahiran tanpa ke kantor dinas.');
  await operator.getByLabel('Provinsi', { exact: true }).selectOption('35');
  await operator.getByLabel('Kabupaten/kota (opsional)').selectOption('35.78');
  await operator.getByLabel('Tanggal mulai diterapkan').fill('2019-03-01');
  await operator.getByLabel('Masalah yang diatasi').fill('Banyak anak belum memiliki akta kelahiran karena kantor dinas jauh dari permukiman.');
  await operator.getByLabel('Apa yang baru (kebaruan)').fill('Layanan jemput bola terjadwal dengan berkas yang diperiksa di tempat.');
  await operator.getByLabel('Langkah pelaksanaan').fill('Jadwal keliling per kelurahan, pelatihan petugas, pengumuman lewat RT/RW.');
  await operator.getByLabel('Hasil dan dampak', { exact: true }).fill('Ribuan akta diterbitkan di kelurahan dalam satu tahun.');
  await operator.getByLabel('Kategori', { exact: true }).selectOption({ label: 'Tata Kelola Pemerintahan' });
  await operator.getByLabel('16. Perdamaian, Keadilan dan Kelembagaan yang Tangguh').check();
  await operator.getByRole('button', { name: 'Simpan draf' }).click();
  await operator.waitForURL(/\/katalog\/[0-9a-f-]{36}$/);
  await operator.getByRole('heading', { level: 1, name: title }).waitFor();
  await operator.getByRole('button', { name: 'Ajukan untuk terbit' }).click();
  await operator.getByRole('dialog').getByRole('button', { name: 'Ajukan untuk terbit' }).click();
  await operator.getByRole('status').filter({ hasText: 'menunggu persetujuan' }).waitFor();
  const innovationUrl = operator.url();

  // Not public yet.
  const early = await (await browser.newContext()).newPage();
  await early.goto(innovationUrl);
  await early.getByRole('heading', { name: 'Halaman tidak ditemukan' }).waitFor();

  // 2. The agency admin publishes it from the approval queue.
  const admin = await signIn('admin.surabaya@simpul.test');
  const adminErrors = watchPageErrors(admin);
  await admin.getByRole('link', { name: 'Persetujuan inovasi' }).first().click();
  await admin.getByRole('link', { name: `Tinjau: ${title}` }).click();
  await admin.getByRole('heading', { level: 1, name: title }).waitFor();
  await admin.getByRole('button', { name: 'Setujui dan terbitkan' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Setujui dan terbitkan' }).click();
  await admin.getByRole('status').filter({ hasText: 'Inovasi diterbitkan di katalog.' }).waitFor();

  // 3. An anonymous visitor searches the catalog with an inflected form and opens the record.
  const visitor = await (await browser.newContext()).newPage();
  const visitorErrors = watchPageErrors(visitor);
  await visitor.goto(`${baseUrl()}/katalog`);
  await visitor.getByLabel('Cari inovasi').fill(`layanan ${marker}`);
  await visitor.getByRole('button', { name: 'Cari', exact: true }).click();
  await visitor.waitForURL(/\/katalog\?q=layanan/);
  const result = visitor.getByRole('link', { name: title });
  await result.waitFor();
  // The search lives in the URL: the same link shows the same result to anyone.
  const shared = visitor.url();
  await result.click();
  await visitor.getByRole('heading', { level: 1, name: title }).waitFor();
  expect(await visitor.getByText('Pemerintah Kota Surabaya').first().isVisible()).toBe(true);
  expect(await visitor.getByRole('button', { name: 'Ubah' }).count()).toBe(0);

  const again = await (await browser.newContext()).newPage();
  await again.goto(shared);
  await again.getByRole('link', { name: title }).waitFor();

  expect([...operatorErrors, ...adminErrors, ...visitorErrors]).toEqual([]);
});

it('a visitor finds a record by a misspelt word (with "did you mean") and by a synonym', async () => {
  const visitor = await (await browser.newContext()).newPage();
  const errors = watchPageErrors(visitor);
  await visitor.goto(`${baseUrl()}/katalog?q=stuntnig`);
  await visitor.getByTestId('did-you-mean').filter({ hasText: 'Mungkin maksud Anda:' }).waitFor();
  await visitor.getByRole('link', { name: 'Penanganan Stunting Terpadu Berbasis Data Desa' }).waitFor();
  await visitor.getByRole('button', { name: 'stunting', exact: true }).click();
  await visitor.waitForURL(/\/katalog\?q=stunting$/);
  await visitor.getByRole('link', { name: 'Penanganan Stunting Terpadu Berbasis Data Desa' }).waitFor();
  // The search bar is remounted with the new words (SearchBar, key = q) just after the URL
  // changes; typing before that would land in the bar that is about to be replaced.
  await visitor.waitForFunction(`document.querySelector('form[role="search"] input[type="search"]')?.value === 'stunting'`);

  await visitor.getByLabel('Cari inovasi').fill('tbc');
  await visitor.getByRole('button', { name: 'Cari', exact: true }).click();
  await visitor.waitForURL(/\/katalog\?q=tbc/);
  await visitor.getByRole('link', { name: 'Relawan Pengantar Obat untuk Pasien Tuberkulosis' }).waitFor();
  expect(errors).toEqual([]);
});
