import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signInThroughForm } from './browser.js';
import { publishInnovation, signedInClient } from './published-innovation.js';

/**
 * Stored XSS: script payloads saved as user-written text (an account's name, an agency's name,
 * an innovation's title and summary) are shown as text in Chromium and run nothing — no window
 * flag set, no request to the beacon address, no dialog. And the page itself carries no inline
 * script that a weaker CSP would have to allow.
 */
const marker = `xss${Date.now().toString(36)}`;
const payloads = {
  agency: `<img src=x onerror="window.simpulXssRan='agency';fetch('/xss-hit-agency')"> Dinas ${marker}`,
  user: `<script>window.simpulXssRan='user'</script><svg onload="fetch('/xss-hit-user')"> Pengguna ${marker}`,
  title: `<script>window.simpulXssRan='title'</script> Inovasi ${marker}`,
  summary: `"><img src=x onerror="window.simpulXssRan='summary';fetch('/xss-hit-summary')"> ringkasan inovasi yang cukup panjang ${marker}`,
};

let browser: Browser;
let innovationId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await signedInClient('admin@simpul.test');
  const agency = await admin.request('POST', '/api/agencies', { name: payloads.agency, type: 'komunitas' });
  expect(agency.status, JSON.stringify(agency.json)).toBe(201);
  const user = await admin.request('POST', '/api/users', { email: `${marker}@uji.test`, name: payloads.user, role: 'evaluator' });
  expect(user.status, JSON.stringify(user.json)).toBe(201);

  innovationId = await publishInnovation({ title: payloads.title, summary: payloads.summary });
});
afterAll(() => browser?.close());

interface Watch {
  page: Page;
  beacons: string[];
  dialogs: string[];
}

async function signedInPage(email: string | null): Promise<Watch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const watch: Watch = { page, beacons: [], dialogs: [] };
  page.on('request', (request) => {
    if (request.url().includes('xss-hit')) watch.beacons.push(request.url());
  });
  page.on('dialog', async (dialog) => {
    watch.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  if (email) {
    await signInThroughForm(page, email);
  }
  return watch;
}

async function expectShownAsText(watch: Watch, url: string, text: string): Promise<void> {
  await watch.page.goto(`${baseUrl()}${url}`);
  await watch.page.getByText(marker).first().waitFor({ timeout: 20_000 });
  // The payload is on the page, character for character, as text.
  expect(await watch.page.locator('body').innerText()).toContain(text.trim());
  await watch.page.waitForTimeout(300);
  expect(await watch.page.evaluate(() => (globalThis as { simpulXssRan?: string }).simpulXssRan)).toBeUndefined();
  expect(watch.beacons).toEqual([]);
  expect(watch.dialogs).toEqual([]);
}

describe('stored XSS payloads render as text and run nothing', () => {
  it('an account name in the admin users list', async () => {
    const watch = await signedInPage('admin@simpul.test');
    await expectShownAsText(watch, `/admin/pengguna?q=${marker}`, payloads.user);
  });

  it('an agency name in the admin agencies list', async () => {
    const watch = await signedInPage('admin@simpul.test');
    await expectShownAsText(watch, `/admin/instansi?q=${marker}`, payloads.agency);
  });

  it('an innovation title and summary on its public catalog page, for an anonymous visitor', async () => {
    const watch = await signedInPage(null);
    await expectShownAsText(watch, `/katalog/${innovationId}`, payloads.title);
    expect(await watch.page.locator('body').innerText()).toContain(payloads.summary.trim());
  });
});

describe('no inline script anywhere the CSP would have to allow it', () => {
  it('the built index.html and the served page load scripts only from files, under a CSP without unsafe-inline', async () => {
    const inline = (html: string) =>
      [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs ?? '') || (body ?? '').trim() !== '');
    expect(inline(fs.readFileSync('dist/web/index.html', 'utf8'))).toEqual([]);
    const response = await fetch(`${baseUrl()}/katalog`);
    expect(inline(await response.text())).toEqual([]);
    expect(/\son[a-z]+\s*=/i.test((await (await fetch(`${baseUrl()}/`)).text()).replace(/<script[\s\S]*?<\/script>/gi, ''))).toBe(false);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(
      csp
        .split(';')
        .find((d) => d.trim().startsWith('script-src'))
        ?.trim(),
    ).toBe("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});
