import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signInThroughForm, watchPageErrors } from './browser.js';

/**
 * Issue #20.4 in the browser: "Loloskan semua hasil saringan" says exactly what will change and
 * offers overturning the failed proposals only as an explicit, unticked extra choice. The dialog
 * is cancelled each time, so the demo data other browser tests read stays as it is.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('previews a bulk pass by transition and overturns decided proposals only when ticked', async () => {
  const context = await browser.newContext({ baseURL: baseUrl() });
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  await signInThroughForm(page, 'admin@simpul.test');
  const competitions = (await (await context.request.get('/api/competitions')).json()).items as { id: string; name: string }[];
  const kipp = competitions.find((c) => c.name === 'Kompetisi Inovasi Pelayanan Publik (KIPP) 2026')!;
  const count = async (status: string) => (await (await context.request.get(`/api/admin-checks?competitionId=${kipp.id}&status=${status}&pageSize=1`)).json()).total as number;
  const [pending, failed] = [await count('pending'), await count('failed')];
  expect(failed).toBeGreaterThan(0);
  const before = await (await context.request.get(`/api/admin-checks?competitionId=${kipp.id}&pageSize=100`)).text();

  await page.goto(`/admin/seleksi-administrasi?competitionId=${kipp.id}`);
  await page.getByRole('button', { name: /^Loloskan semua hasil saringan/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Loloskan seleksi administrasi' });
  const summary = dialog.getByRole('region', { name: 'Yang akan berubah' });
  await summary.getByText(`${pending} menunggu → lolos`).waitFor();
  await summary.getByText(`${failed} tidak lolos → lolos (sudah diputuskan)`).waitFor();
  const overturn = dialog.getByRole('checkbox', { name: `Ubah juga ${failed} yang tidak lolos menjadi lolos` });
  expect(await overturn.isChecked()).toBe(false);
  // Without the tick only the pending ones would change; the tick adds the failed ones.
  await dialog.getByRole('button', { name: `Simpan untuk ${pending} proposal` }).waitFor();
  await overturn.check();
  await dialog.getByRole('button', { name: `Simpan untuk ${pending + failed} proposal` }).waitFor();
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await dialog.waitFor({ state: 'hidden' });

  // Filtered to the failed ones, nothing would change unless overturning is chosen.
  await page.getByLabel('Hasil', { exact: true }).selectOption('failed');
  await page.getByRole('button', { name: `Loloskan semua hasil saringan (${failed})` }).click();
  await dialog.getByText(`${failed} tidak lolos → lolos (sudah diputuskan)`).waitFor();
  expect(await dialog.getByRole('button', { name: 'Simpan untuk 0 proposal' }).isDisabled()).toBe(true);
  await dialog.getByRole('button', { name: 'Batal' }).click();

  // Previews wrote nothing.
  expect(await (await context.request.get(`/api/admin-checks?competitionId=${kipp.id}&pageSize=100`)).text()).toBe(before);
  expect(errors).toEqual([]);
  await context.close();
});
