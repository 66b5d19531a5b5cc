import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signedInContext, signInThroughForm, watchPageErrors } from './browser.js';

/**
 * Issue #20.6 and #12.4/#12.9 in the browser: "Lupa kata sandi?" from the sign-in page, the
 * token pages reading `#token=…` and dropping it from the address bar, and the administrator's
 * reset that sends the link to the owner instead of showing it.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const PASSWORD = 'Fragmen-Aman-2026';

it('asks for a reset link from the sign-in page with the same confirmation for any address', async () => {
  const page = await browser.newPage();
  const problems = watchPageErrors(page);
  await page.goto(`${baseUrl()}/masuk`);
  await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
  await page.waitForURL(/\/lupa-sandi$/);
  // The sign-in form stays on screen while the page's code loads: wait for the new page.
  await page.getByRole('heading', { name: 'Lupa kata sandi' }).waitFor();
  await page.getByLabel('Email', { exact: true }).fill('tidak.ada.siapa@simpul.test');
  await page.getByRole('button', { name: 'Kirim tautan' }).click();
  await page.getByText('Periksa email Anda').waitFor();
  expect(await page.getByRole('status').textContent()).toContain('Jika tidak.ada.siapa@simpul.test terdaftar');
  expect(problems).toEqual([]);
  await page.close();
});

it('refuses a bad reset link with a way to ask for a new one, and drops the token from the address bar', async () => {
  const page = await browser.newPage();
  await page.goto(`${baseUrl()}/atur-ulang-sandi#token=tautan-palsu-yang-tidak-berlaku`);
  await page.getByRole('heading', { name: 'Buat kata sandi baru' }).waitFor();
  expect(page.url()).not.toContain('token');
  await page.getByLabel('Kata sandi baru', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Ulangi kata sandi baru', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
  await page.getByRole('alert').filter({ hasText: 'tidak berlaku' }).waitFor();
  await page.getByRole('link', { name: 'Minta tautan baru' }).click();
  await page.waitForURL(/\/lupa-sandi$/);
  await page.close();
});

it('activates an invitation from a #token link, then the admin can reset it without seeing a link', async () => {
  const email = `fragmen.${Date.now()}@simpul.test`;
  const admin = await signedInContext(browser, 'admin@simpul.test');
  const created = (await admin.call('post', '/api/users', { email, name: 'Pengguna Fragmen Uji', role: 'panelist' })) as { inviteUrl: string; inviteToken: string };
  expect(created.inviteUrl).toContain('/undangan#token=');
  await admin.context.close();

  const guest = await browser.newPage();
  await guest.goto(`${baseUrl()}/undangan#token=${encodeURIComponent(created.inviteToken)}`);
  await guest.getByRole('heading', { name: 'Aktifkan akun' }).waitFor();
  expect(guest.url()).not.toContain('token');
  await guest.getByLabel('Kata sandi baru', { exact: true }).fill(PASSWORD);
  await guest.getByLabel('Ulangi kata sandi baru', { exact: true }).fill(PASSWORD);
  await guest.getByRole('button', { name: 'Aktifkan akun' }).click();
  await guest.getByText('Akun aktif').waitFor();
  await guest.close();

  const owner = await browser.newPage();
  await signInThroughForm(owner, email, PASSWORD);

  const page = await browser.newPage();
  const problems = watchPageErrors(page);
  await signInThroughForm(page, 'admin@simpul.test');
  await page.goto(`${baseUrl()}/admin/pengguna?q=${encodeURIComponent(email)}`);
  await page.getByRole('button', { name: 'Atur ulang kata sandi Pengguna Fragmen Uji' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(email).first().waitFor();
  await dialog.getByRole('button', { name: 'Kirim tautan ke pemilik akun' }).click();
  await page.getByText(`Tautan atur ulang dikirim ke ${email}.`).waitFor();
  expect(await page.content()).not.toContain('atur-ulang-sandi#token');
  // The owner's session ended with the reset.
  const me = await (await owner.request.get(`${baseUrl()}/api/auth/me`)).json();
  expect(me.user).toBeNull();
  expect(problems).toEqual([]);
  await page.close();
  await owner.close();
});
