import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signInThroughForm, watchPageErrors } from './browser.js';

/**
 * Issue #13 in the browser: the ministry maps and imports a winners' list written with names
 * instead of codes, fixes an agency match (a hospital the directory lacks goes under its
 * regency's government), imports, and a visitor opens an imported record that shows its missing
 * sections as missing. (Finding records by misspelt or synonym queries is the search half.)
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

it('the ministry maps a winners list, confirms an agency, imports, and the record is public as a historical record', async () => {
  const marker = `Uji${Date.now().toString(36)}`;
  const csv = [
    'Nama Program Unggulan,Instansi,Provinsi,Kabupaten/Kota,Tahun,Penghargaan,Catatan',
    `Ambulans Jemput Pasien ${marker},RSUD Mangusada Badung,Bali,Kab. Badung,2019,Top 99 KIPP 2019,data uji`,
    `Layanan Pajak Keliling ${marker},Pemkab Badung,Prov. Bali,Badung,2018,Top 99 KIPP 2018,data uji`,
    `Posyandu Digital ${marker},Pemkot Denpasar,Bali,Kota Denpasar,2020,Top 45 KIPP 2020,data uji`,
  ].join('\n');

  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  await signInThroughForm(page, 'admin@simpul.test');
  await page.getByRole('link', { name: 'Impor data historis' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Impor data historis' }).waitFor();

  // 1. Upload.
  await page.locator('input[type="file"]').setInputFiles({ name: 'pemenang.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Unggah dan lanjutkan' }).click();

  // 2. Map the column the suggestions do not know; the rest is suggested.
  const titleSelect = page.getByLabel('Isian profil: Nama Program Unggulan');
  await titleSelect.waitFor();
  expect(await titleSelect.inputValue()).toBe('');
  expect(await page.getByLabel('Isian profil: Kabupaten/Kota').inputValue()).toBe('regency');
  await titleSelect.selectOption('title');
  await page.getByRole('button', { name: 'Periksa instansi dan baris' }).click();

  // 3. The hospital is not in the directory: put it under the regency's government.
  const hospital = page.getByLabel('Instansi di direktori: RSUD Mangusada Badung');
  await hospital.waitFor();
  const badung = await hospital.locator('option', { hasText: 'Pemerintah Kabupaten Badung' }).first().getAttribute('value');
  await hospital.selectOption(badung!);
  await page.getByRole('button', { name: 'Uji coba (tanpa menyimpan)' }).click();

  // 4. The dry run is clean; import.
  await page.getByText('3 dari 3 baris siap diimpor.').waitFor();
  await page.getByText('Kolom diabaikan: Catatan').waitFor();
  await page.getByRole('button', { name: 'Impor dan terbitkan 3 inovasi' }).click();
  await page.getByRole('status').filter({ hasText: 'Selesai: 3 inovasi baru, 0 diperbarui, 3 penghargaan dicatat.' }).waitFor();
  expect(errors).toEqual([]);

  // 5. A visitor opens the hospital's record: under Badung's government, marked imported, missing sections shown as missing.
  const visitor = await (await browser.newContext({ baseURL: baseUrl() })).newPage();
  const found = (await (await visitor.request.get(`/api/innovations?q=${encodeURIComponent(`Ambulans Jemput Pasien ${marker}`)}`)).json()) as {
    items: { id: string; title: string }[];
  };
  const record = found.items.find((i) => i.title === `Ambulans Jemput Pasien ${marker}`)!;
  await visitor.goto(`${baseUrl()}/katalog/${record.id}`);
  await visitor.getByRole('heading', { level: 1, name: `Ambulans Jemput Pasien ${marker}` }).waitFor();
  await visitor.getByText('Data historis impor').waitFor();
  await visitor.getByText('Pemerintah Kabupaten Badung', { exact: false }).first().waitFor();
  expect(await visitor.getByText('Tidak tersedia di sumber data.').count()).toBe(5);
  await context.close();
});
