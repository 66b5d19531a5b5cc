import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signInThroughForm, watchPageErrors } from './browser.js';

/**
 * Issue #15 in the browser: an agency (the demo operator of Kota Surabaya) describes a problem
 * in its own words, reads the explained suggestions, picks one and ends with a replication
 * request whose problem statement is the one it typed.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

it('goes from a problem in plain words to a replication request', async () => {
  const page = await (await browser.newContext()).newPage();
  const errors = watchPageErrors(page);
  await signInThroughForm(page, 'operator.surabaya@simpul.test');
  await page.goto(`${baseUrl()}/cari-solusi`);
  // Not the home-doctor record: replication.e2e.ts asks for that pair, and a second open request is refused.
  const problem = 'Angka stunting tinggi di desa dan data balita dari posyandu tersebar';
  await page.getByLabel('Masalah yang ingin diatasi').fill(problem);
  await page.getByRole('button', { name: 'Cari solusi' }).click();
  const first = page.getByRole('listitem').filter({ hasText: 'Penanganan Stunting Terpadu Berbasis Data Desa' });
  await first.waitFor();
  // The suggestion explains itself (it is matched on the problem's words; its place and years are named).
  await first.getByText(/berjalan \d+ tahun/).waitFor();
  await first.getByRole('button', { name: /^Ajukan replikasi/ }).click();
  const dialog = page.getByRole('dialog');
  expect(await dialog.getByLabel('Masalah yang ingin diatasi').inputValue()).toBe(problem);
  await dialog.getByLabel('Kondisi daerah Anda').fill('Kota dengan 63 puskesmas dan posyandu yang mencatat balita di kertas.');
  await dialog.getByRole('button', { name: 'Kirim permintaan' }).click();
  await page.getByRole('status').filter({ hasText: 'Permintaan replikasi terkirim.' }).waitFor();
  await page.getByRole('link', { name: 'Buka kasus replikasi' }).click();
  await page.waitForURL(/\/replikasi\/[0-9a-f-]{36}$/);
  await page.getByText(problem).first().waitFor();
  expect(errors).toEqual([]);
}, 60_000);
