import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signInThroughForm, watchPageErrors } from './browser.js';

/**
 * The update campaign in the browser: the Surabaya operator opens this year's campaign from the
 * menu, confirms a record still waiting, and sees the agency's tally change (one fewer silent).
 * The ministry pages the agencies of OAOI coverage and of the campaign's progress on the server,
 * with the filters in the URL.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('an agency confirms its records in a campaign and sees its coverage change', async () => {
  const context = await browser.newContext({ baseURL: baseUrl() });
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  await signInThroughForm(page, 'operator.surabaya@simpul.test');

  await page.goto('/pemutakhiran');
  await page
    .getByRole('link', { name: /Pemutakhiran Data Inovasi/ })
    .first()
    .click();
  await page.getByRole('heading', { level: 2, name: 'Data inovasi instansi Anda' }).waitFor();
  const silent = page.getByText(/^Belum menjawab:/);
  const before = Number((await silent.textContent())!.replace(/\D/g, ''));
  expect(before).toBeGreaterThan(0);

  const waiting = page.getByTestId('campaign-record').filter({ hasText: 'Belum dikonfirmasi' }).first();
  await waiting.getByLabel('Catatan versi baru (opsional)').fill('Versi baru: layanan daring');
  await waiting.getByRole('button', { name: /^Konfirmasi / }).click();
  await page.getByText('Konfirmasi tersimpan.').waitFor();
  await page.getByText(`Belum menjawab: ${before - 1}`).waitFor();
  expect(await page.getByText('Terkonfirmasi: Masih berjalan').count()).toBeGreaterThan(0);
  // The agency's target vs realisation is on the same page.
  await page.getByTestId('oaoi-years').waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

it('the ministry filters and pages the agencies of OAOI coverage and of campaign progress, the filters kept in the URL', async () => {
  const context = await browser.newContext({ baseURL: baseUrl() });
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  await signInThroughForm(page, 'admin@simpul.test');

  await page.goto('/satu-instansi-satu-inovasi');
  const table = page.getByTestId('oaoi-agencies');
  await table.waitFor();
  await page.getByLabel('Status').selectOption('none');
  await page.waitForURL(/status=none/);
  // Every row shown runs nothing this year (the filter ran on the server). The URL changes before
  // the filtered page arrives, so wait for the rows themselves rather than read the old ones.
  const realisations = () => table.locator('tbody tr td:nth-child(4)').allTextContents();
  await expect.poll(async () => (await realisations()).length > 0 && (await realisations()).every((r) => r === '0'), { timeout: 15_000 }).toBe(true);
  // Reloading keeps the filter.
  await page.reload();
  await expect.poll(() => page.getByLabel('Status').inputValue()).toBe('none');

  await page.goto('/pemutakhiran');
  await page
    .getByRole('link', { name: /Pemutakhiran Data Inovasi/ })
    .first()
    .click();
  await page.getByRole('heading', { level: 2, name: 'Kemajuan per instansi' }).waitFor();
  await page.getByLabel('Urutkan').selectOption('name');
  await page.waitForURL(/sort=name/);
  await page.getByLabel('Cari nama instansi').fill('Surabaya');
  await page.waitForURL(/q=Surabaya/);
  await page
    .getByRole('cell', { name: /Surabaya/ })
    .first()
    .waitFor();
  expect(errors).toEqual([]);
  await context.close();
});
