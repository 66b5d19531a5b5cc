import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signedInContext, signInThroughForm, watchPageErrors } from './browser.js';

/**
 * The finance viewer: the incentive demo's published recommendation reaches it through the real
 * path (no made-up announcements); the browser test of the incentive does not read its bell.
 */
const EMAIL = 'kemenkeu@simpul.test';
let unread = 0;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  const { context, get } = await signedInContext(browser, EMAIL);
  unread = (await get<{ unread: number }>('/api/notifications')).unread;
  await context.close();
});
afterAll(async () => {
  // Leave the shared demo account's preferences and language as the seed made them.
  const { context, call } = await signedInContext(browser, EMAIL);
  await call('put', '/api/notifications/preferences', { items: [{ kind: 'incentive.published', email: 'digest' }] });
  await call('patch', '/api/auth/me/preferences', { language: 'id' });
  await context.close();
  await browser?.close();
});

it('on a phone: the bell shows the unread count, the list marks read and opens the thing, preferences save', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  await signInThroughForm(page, EMAIL);

  expect(unread).toBeGreaterThanOrEqual(1);
  const bell = page.getByRole('link', { name: `Notifikasi, ${unread} belum dibaca` });
  await bell.click();
  await page.waitForURL(/\/notifikasi$/);
  await expect.poll(() => page.getByTestId('notification-item').count()).toBeGreaterThanOrEqual(unread);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Notifikasi');

  const first = page.getByTestId('notification-item').first();
  await first.getByRole('button', { name: 'Tandai dibaca' }).click();
  await page.getByRole('link', { name: unread > 1 ? `Notifikasi, ${unread - 1} belum dibaca` : 'Notifikasi', exact: true }).waitFor();

  await page.getByRole('button', { name: 'Tandai semua dibaca' }).click();
  await page.getByRole('link', { name: 'Notifikasi', exact: true }).waitFor();
  expect(await page.locator('[data-unread="true"]').count()).toBe(0);

  // "Buka" follows the link of the thing (the incentive recommendation points at its scenario).
  await page.getByTestId('notification-item').filter({ hasText: 'Insentif 2026' }).first().getByRole('button', { name: 'Buka' }).click();
  await page.waitForURL(/\/insentif\/skenario\//);

  // Preferences: per kind, langsung / ringkasan harian / mati.
  await page.goto(`${baseUrl()}/notifikasi/preferensi`);
  const incentive = page.getByRole('radiogroup', { name: 'Pengumuman insentif' });
  await incentive.getByText('Mati', { exact: true }).click();
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/notifications/preferences') && r.request().method() === 'PUT');
  await page.getByRole('button', { name: 'Simpan' }).click();
  expect((await saved).status()).toBe(200);
  await page.getByText('Preferensi tersimpan.').waitFor();
  // Nothing wider than the phone's screen.
  expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    375,
  );

  // The language switch (signed in) also sets the language of the account's notifications.
  const language = page.waitForResponse((r) => r.url().endsWith('/api/auth/me/preferences') && r.request().method() === 'PATCH');
  await page.getByRole('button', { name: 'English' }).click();
  expect((await (await language).json()).language).toBe('en');
  await page.getByRole('heading', { name: 'Notification preferences' }).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});
