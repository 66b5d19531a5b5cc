import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signedInContext, signInThroughForm, watchPageErrors } from './browser.js';

/** A demo account no other browser test signs in with, so its zone does not leak into them. */
const EMAIL = 'mentor@simpul.test';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  // Leave the shared demo account as the seed made it.
  const { context, call } = await signedInContext(browser, EMAIL);
  await call('patch', '/api/auth/me/preferences', { timeZone: 'WIB' });
  await context.close();
  await browser?.close();
});

it('the time zone chosen on one device is the account’s: a fresh browser shows deadlines in it after signing in', async () => {
  const laptop = await browser.newContext();
  const page = await laptop.newPage();
  const errors = watchPageErrors(page);
  await signInThroughForm(page, EMAIL);
  await page.goto(`${baseUrl()}/kompetisi`);
  const wibDeadline = page.getByRole('cell', { name: / WIB$/ }).first();
  const wibText = await wibDeadline.textContent();

  const saved = page.waitForResponse((r) => r.url().endsWith('/api/auth/me/preferences') && r.request().method() === 'PATCH');
  await page.getByText('WITA', { exact: true }).click();
  // The page switches at once; the account is saved in the background.
  const witaText = await page
    .getByRole('cell', { name: / WITA$/ })
    .first()
    .textContent();
  expect(witaText).not.toBe(wibText?.replace(/WIB$/, 'WITA'));
  expect((await saved).status()).toBe(200);
  expect(errors).toEqual([]);
  await laptop.close();

  // Another device: nothing in its storage, the zone comes from the account.
  const phone = await browser.newContext();
  const other = await phone.newPage();
  await signInThroughForm(other, EMAIL);
  await other.goto(`${baseUrl()}/kompetisi`);
  expect(
    await other
      .getByRole('cell', { name: / WITA$/ })
      .first()
      .textContent(),
  ).toBe(witaText);
  expect(await other.getByRole('radio', { name: 'WITA' }).isChecked()).toBe(true);
  expect(await other.evaluate(() => (globalThis as unknown as { localStorage: Storage }).localStorage.getItem('simpul.timeZone'))).toBeNull();
  await phone.close();
});
