import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.js';
import { baseUrl, launchBrowser } from './browser.js';

/**
 * A locked account's refusal names the wait, and the sign-in page shows from when to try again
 * (read from `retry-after`). The account is made here, so locking it touches no other test.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const NEW_PASSWORD = 'Kunci-Sementara-2026';

async function createAccount(email: string): Promise<void> {
  const admin = await browser.newContext({ baseURL: baseUrl() });
  const prime = await (await admin.request.get('/api/auth/me')).json();
  const login = await admin.request.post('/api/auth/login', { data: { email: 'admin@simpul.test', password: DEMO_PASSWORD }, headers: { 'x-csrf-token': prime.csrfToken } });
  expect(login.status()).toBe(200);
  const csrf = (await login.json()).csrfToken as string;
  const created = await admin.request.post('/api/users', { data: { email, name: 'Warga Uji Penguncian', role: 'citizen' }, headers: { 'x-csrf-token': csrf } });
  expect(created.status()).toBe(201);
  const { inviteToken } = await created.json();
  await admin.close();
  const invited = await browser.newContext({ baseURL: baseUrl() });
  const anonymous = await (await invited.request.get('/api/auth/me')).json();
  const accepted = await invited.request.post('/api/auth/invite/accept', {
    data: { token: inviteToken, password: NEW_PASSWORD },
    headers: { 'x-csrf-token': anonymous.csrfToken },
  });
  expect(accepted.status()).toBeLessThan(300);
  await invited.close();
}

it('after five wrong passwords the page says the account is locked and from what time to try again', async () => {
  const email = `kunci.${Date.now()}@simpul.test`;
  await createAccount(email);
  const context = await browser.newContext();
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${baseUrl()}/masuk`);
  await page.getByLabel('Email', { exact: true }).fill(email);
  const password = page.getByLabel('Kata sandi', { exact: true });
  const alert = page.getByRole('alert');
  /** Submits and waits for the server's answer, so no click lands while the button is busy. */
  const attempt = async (value: string) => {
    await password.fill(value);
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/auth/login')), page.getByRole('button', { name: 'Masuk', exact: true }).click()]);
    return response;
  };
  for (let i = 0; i < 4; i++) {
    expect((await attempt(`salah-${i}-sandi`)).status()).toBe(401);
    await alert.filter({ hasText: 'Email atau kata sandi salah.' }).waitFor();
    expect(await alert.textContent()).not.toContain('mulai pukul');
  }
  const locking = await attempt('salah-terakhir-sandi');
  expect(locking.status()).toBe(429);
  const retryAfter = Number(await locking.headerValue('retry-after'));
  expect(retryAfter).toBeGreaterThan(14 * 60);
  await alert.filter({ hasText: 'Coba lagi dalam 15 menit.' }).waitFor();
  const text = (await alert.textContent()) ?? '';
  // The clock time the lock ends, as the page formats it in Indonesian in the user's zone
  // (WIB by default, whatever zone the browser runs in): "14.32 WIB".
  const expected = new Date(Date.now() + retryAfter * 1000);
  const match = /mulai pukul (\d{2})[.:](\d{2}) WIB/.exec(text);
  expect(match, text).not.toBeNull();
  const shownMinutes = Number(match![1]) * 60 + Number(match![2]);
  const expectedMinutes = ((expected.getUTCHours() + 7) % 24) * 60 + expected.getUTCMinutes();
  const apart = Math.abs(shownMinutes - expectedMinutes);
  expect(Math.min(apart, 24 * 60 - apart)).toBeLessThanOrEqual(2);

  // The right password is refused too while the lock lasts, and the page says so again.
  expect((await attempt(NEW_PASSWORD)).status()).toBe(429);
  await alert.filter({ hasText: 'mulai pukul' }).waitFor();
  expect(page.url()).toContain('/masuk');
  expect(pageErrors).toEqual([]);
  await context.close();
});
