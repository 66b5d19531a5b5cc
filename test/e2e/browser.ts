import { type APIRequestContext, type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.js';

/** Debian's Chromium, headless, with the flags this closed-network machine needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export function baseUrl(): string {
  const url = process.env.SIMPUL_E2E_URL;
  if (!url) throw new Error('SIMPUL_E2E_URL not set (run through vitest.e2e.config.ts)');
  return url;
}

/** Collects uncaught page errors and failed console errors so a test can assert there were none. */
export function watchPageErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return problems;
}

/**
 * A browser context signed in as a demo account through the API (cookie jar shared with its
 * pages), with JSON helpers that send the session's CSRF token and fail loudly on a refusal.
 * The caller closes the context.
 */
export async function signedInContext(browser: Browser, email: string) {
  const context: BrowserContext = await browser.newContext({ baseURL: baseUrl() });
  const prime = await (await context.request.get('/api/auth/me')).json();
  const login = await context.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD }, headers: { 'x-csrf-token': prime.csrfToken } });
  if (!login.ok()) throw new Error(`login ${email}: ${await login.text()}`);
  const { csrfToken, user } = (await login.json()) as { csrfToken: string; user: { id: string; name: string } };
  const get = async <T>(url: string): Promise<T> => {
    const response = await context.request.get(url);
    if (!response.ok()) throw new Error(`GET ${url}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const call = async (method: 'post' | 'patch' | 'put', url: string, data?: unknown) => {
    const response = await (context.request as APIRequestContext)[method](url, { data, headers: { 'x-csrf-token': csrfToken } });
    if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
    return response.json();
  };
  return { context, user, get, call };
}

/** Signs a page in through the sign-in form, as a person would, and waits for the dashboard. */
export async function signInThroughForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl()}/masuk`);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL(/\/dasbor/);
}
