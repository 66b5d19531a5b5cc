import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.js';
import { baseUrl, launchBrowser, signInThroughForm, watchPageErrors } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

it('public landing page, in Indonesian by default and English on switch, without script errors', async () => {
  const page = await browser.newPage();
  const errors = watchPageErrors(page);
  await page.goto(baseUrl());
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Simpul');
  await expect(page.getByText('Tiga tahap kebijakan inovasi').isVisible()).resolves.toBe(true);
  expect(await page.getAttribute('html', 'lang')).toBe('id');
  await page.getByRole('button', { name: 'English' }).click();
  // English texts load lazily; wait for them before checking the document language.
  await page.getByText('The three-stage innovation policy').waitFor();
  await page.waitForFunction("document.documentElement.lang === 'en'");
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  expect(errors).toEqual([]);
  await page.close();
});

it('wrong password shows the server message; the ministry admin signs in, invites a user and signs out', async () => {
  const page = await browser.newPage();
  await page.goto(`${baseUrl()}/masuk`);
  await page.getByLabel('Email', { exact: true }).fill('admin@simpul.test');
  await page.getByLabel('Kata sandi', { exact: true }).fill('bukan-sandi-yang-benar');
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Email atau kata sandi salah.' }).waitFor()).resolves.toBeUndefined();

  await page.getByLabel('Kata sandi', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL(/\/dasbor/);

  // Role-aware navigation: the admin sees user management.
  await page.getByRole('link', { name: 'Pengguna' }).first().click();
  await page.waitForURL(/\/admin\/pengguna/);
  await page.getByRole('button', { name: 'Undang pengguna' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Email', { exact: true }).fill('panel.baru@simpul.test');
  await dialog.getByLabel('Nama lengkap', { exact: true }).fill('Panelis Baru Uji');
  await dialog.getByLabel('Peran', { exact: true }).selectOption('panelist');
  await dialog.getByRole('button', { name: 'Buat undangan' }).click();
  await page.getByText('Undangan dibuat').first().waitFor();
  const link = await page.getByLabel('Tautan undangan').inputValue();
  expect(link).toContain('/undangan#token=');
  await page.getByRole('button', { name: 'Selesai' }).click();
  // The demo holds more accounts than one page (sorted by name), so narrow the list to the role.
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('combobox', { name: 'Peran', exact: true }).selectOption('panelist');
  await page.getByText('Panelis Baru Uji').first().waitFor();

  // Deactivation asks first, then reports on the page.
  await page.getByRole('button', { name: 'Nonaktifkan Panelis Baru Uji' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Nonaktifkan', exact: true }).click();
  await page.getByText('Panelis Baru Uji dinonaktifkan.').waitFor();
  await page.getByRole('button', { name: 'Aktifkan kembali Panelis Baru Uji' }).waitFor();

  await page.getByRole('button', { name: /Menu pengguna/ }).click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();
  await page.getByRole('link', { name: 'Masuk' }).first().waitFor();
  const me = await (await page.request.get(`${baseUrl()}/api/auth/me`)).json();
  expect(me.user).toBeNull();
  await page.close();
});

it('a non-admin is refused admin pages and does not see them in the navigation', async () => {
  const page = await browser.newPage();
  await signInThroughForm(page, 'evaluator@simpul.test');
  expect(await page.getByRole('link', { name: 'Pengguna' }).count()).toBe(0);
  const response = await page.request.get(`${baseUrl()}/api/users`);
  expect(response.status()).toBe(403);
  await page.goto(`${baseUrl()}/admin/pengguna`);
  await page.getByText('403').first().waitFor();
  await page.close();
});

it('is usable on a phone-sized screen', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(baseUrl());
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
  expect(overflow).toBeLessThanOrEqual(1);
  await context.close();
});
