import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signInThroughForm, watchPageErrors } from './browser.js';

/**
 * The secretariat's administrative check on the demo's KIPP call: "Flagged only" and "most flags
 * first" are answered by the server from the stored own-content flags, and both stay in the URL.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('shows only the flagged proposals, most flags first, and keeps both across a reload', async () => {
  const context = await browser.newContext({ baseURL: baseUrl() });
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  await signInThroughForm(page, 'admin@simpul.test');

  // The demo's call by its name: other browser tests publish KIPP calls of their own.
  const competitions = (await (await context.request.get('/api/competitions')).json()).items as { id: string; name: string }[];
  const kipp = competitions.find((c) => c.name === 'Kompetisi Inovasi Pelayanan Publik (KIPP) 2026')!;
  await page.goto(`/admin/seleksi-administrasi?competitionId=${kipp.id}`);
  // The check list's rows (the live counts above are tables too): each has its selection box.
  const rows = page.locator('tbody tr').filter({ has: page.getByRole('checkbox', { name: /^Pilih KIPP/ }) });
  await rows.filter({ hasText: 'Layanan Terpadu Pengaduan Kekerasan' }).first().waitFor();

  // The switch follows the URL, which updates in a transition: click, then wait for the URL.
  await page.getByRole('switch', { name: 'Hanya yang ditandai' }).click();
  await page.waitForURL(/flagged=true/);
  // The duplicate catalog title is a cross-record flag: shown on the full list, not a stored own flag.
  await rows.filter({ hasText: 'Layanan Terpadu Pengaduan Kekerasan' }).first().waitFor({ state: 'detached' });
  await rows.filter({ hasText: 'Sekolah Ramah Anak Berbasis Aplikasi' }).waitFor();
  expect(await rows.count()).toBe(1);
  await expect(rows.first().textContent()).resolves.toMatch(/hampir sama/i);

  await page.getByLabel('Urutkan', { exact: true }).selectOption('flags');
  await page.waitForURL(/sort=flags/);
  await page.reload();
  await rows.filter({ hasText: 'Sekolah Ramah Anak Berbasis Aplikasi' }).waitFor();
  expect(await page.getByRole('switch', { name: 'Hanya yang ditandai' }).isChecked()).toBe(true);
  expect(await page.getByLabel('Urutkan', { exact: true }).inputValue()).toBe('flags');
  expect(await rows.count()).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
});
