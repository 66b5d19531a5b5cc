import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signInThroughForm, watchPageErrors } from './browser.js';

/**
 * The regional incentive in the browser: the ministry drafts a fiscal year's rules, publishes
 * them, runs two scenarios, compares them and publishes one as the recommendation; the finance
 * viewer then finds it and downloads the workbook and the letter.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('configure → run → compare → publish → the finance viewer downloads', async () => {
  const context = await browser.newContext({ baseURL: baseUrl() });
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  await signInThroughForm(page, 'admin@simpul.test');

  // Facts for 2028 by file: a dry run first, then the import.
  await page.goto('/insentif/fakta');
  await page.getByLabel('Tahun anggaran').fill('2028');
  const csv = 'kode_wilayah,opini_bpk,apbd_tepat_waktu,ptsp,sumber\n35.78,WTP,ya,ya,LHP BPK\n73.71,WTP,ya,ya,LHP BPK\n33.74,WTP,ya,ya,LHP BPK\n35.10,WDP,ya,ya,LHP BPK\n';
  await page.locator('input[type=file]').setInputFiles({ name: 'fakta-2028.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Periksa berkas' }).click();
  await page.getByText('Berkas bersih: 4 baris, 12 fakta.').waitFor();
  await page.getByRole('button', { name: 'Impor', exact: true }).click();
  await page.getByText('12 fakta dari 4 baris disimpan.').waitFor();

  await page.goto('/insentif');
  await page.getByRole('button', { name: 'Aturan baru' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tahun anggaran').fill('2028');
  await dialog.getByLabel('Nama').fill('Insentif uji peramban 2028');
  await dialog.getByRole('button', { name: 'Aturan baru' }).click();
  await page.getByRole('heading', { level: 1, name: 'Insentif uji peramban 2028' }).waitFor();

  // The draft copies the newest rules; count the demo's KIPP 2025 results, change the pool, save.
  await page.getByLabel('Tahun hasil KIPP yang dihitung').fill('2025');
  await page.getByLabel('Dana (Rp)').fill('50000000000');
  await page.getByRole('button', { name: 'Simpan aturan' }).click();
  await page.getByText('Aturan disimpan.').waitFor();
  await page.getByRole('button', { name: 'Terbitkan dan bekukan' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Terbitkan dan bekukan' }).click();
  await page.getByText('Aturan diterbitkan.').waitFor();

  const run = async (name: string, pool?: string) => {
    await page.getByRole('button', { name: 'Jalankan skenario' }).click();
    const d = page.getByRole('dialog');
    await d.getByLabel('Nama skenario').fill(name);
    if (pool) await d.getByLabel('Dana (Rp)').fill(pool);
    await d.getByRole('button', { name: 'Jalankan' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
  };
  await run('Uji dasar');
  // Every region's reasons are on the page: a region that fails the audit condition says why.
  await page.getByRole('switch').click();
  await page.getByText('Tidak memenuhi: opini BPK 2028 WDP (syarat: WTP)').first().waitFor();
  await page.getByRole('link', { name: 'Kembali' }).click();
  await run('Uji dana besar', '80000000000');
  await page.getByRole('link', { name: 'Kembali' }).click();

  await page.getByRole('combobox', { name: 'Skenario A' }).click();
  await page.getByRole('option', { name: 'Uji dasar' }).click();
  await page.getByRole('combobox', { name: 'Skenario B' }).click();
  await page.getByRole('option', { name: 'Uji dana besar' }).click();
  await page.getByRole('button', { name: 'Bandingkan dua skenario' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bandingkan dua skenario' }).waitFor();
  await page.getByText('Kementerian Keuangan').first().waitFor();
  // Surabaya, Makassar and Semarang gain from the larger pool.
  await page.locator('tbody tr').filter({ hasText: 'Kota Surabaya' }).first().waitFor();
  expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);

  await page.getByRole('link', { name: 'Kembali' }).click();
  await page.getByRole('link', { name: 'Uji dasar' }).click();
  await page.getByRole('button', { name: 'Terbitkan sebagai rekomendasi' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Terbitkan sebagai rekomendasi' }).click();
  await page.getByText('Rekomendasi diterbitkan.').waitFor();
  expect(errors).toEqual([]);
  await context.close();

  const finance = await browser.newContext({ baseURL: baseUrl(), acceptDownloads: true });
  const fpage = await finance.newPage();
  const ferrors = watchPageErrors(fpage);
  await signInThroughForm(fpage, 'kemenkeu@simpul.test');
  await fpage.goto('/insentif');
  await fpage.getByRole('link', { name: 'Uji dasar' }).click();
  await fpage.getByRole('heading', { level: 1, name: 'Uji dasar' }).waitFor();
  const [xlsx] = await Promise.all([fpage.waitForEvent('download'), fpage.getByRole('link', { name: 'Unduh XLSX' }).click()]);
  expect(xlsx.suggestedFilename()).toBe('insentif-2028-skenario.xlsx');
  const [letter] = await Promise.all([fpage.waitForEvent('download'), fpage.getByRole('link', { name: 'Unduh surat rekomendasi (PDF)' }).click()]);
  expect(letter.suggestedFilename()).toBe('rekomendasi-insentif-2028.pdf');
  expect(ferrors).toEqual([]);
  await finance.close();
}, 150_000);
