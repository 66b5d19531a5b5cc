import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.js';
import { HttpClient } from '../../scripts/robustness/lib/http-client.js';
import { baseUrl, launchBrowser, signInThroughForm } from './browser.js';

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

async function client(email: string): Promise<HttpClient> {
  const c = new HttpClient(baseUrl());
  await c.signIn(email, DEMO_PASSWORD);
  return c;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await client('admin@simpul.test');
  const agency = await admin.request('POST', '/api/agencies', { name: payloads.agency, type: 'komunitas' });
  expect(agency.status, JSON.stringify(agency.json)).toBe(201);
  const user = await admin.request('POST', '/api/users', { email: `${marker}@uji.test`, name: payloads.user, role: 'evaluator' });
  expect(user.status, JSON.stringify(user.json)).toBe(201);

  const operator = await client('operator.surabaya@simpul.test');
  const categories = await operator.request('GET', '/api/innovation-categories');
  const categoryId = (categories.json.items ?? categories.json)[0].id;
  // A complete profile (as test/catalog/catalog-helpers.ts), so it can be submitted and published.
  const created = await operator.request('POST', '/api/innovations', {
    title: payloads.title,
    summary: payloads.summary,
    unitName: 'Dinas Kesehatan',
    regionCode: '35.78',
    problem: 'Antrean pagi di puskesmas mencapai tiga jam dan warga lanjut usia kelelahan.',
    approach: 'Nomor antrean daring terhubung dengan pesan pengingat dan papan antrean.',
    implementationSteps: 'Uji coba di tiga puskesmas, pelatihan petugas, lalu perluasan ke seluruh kota.',
    results: 'Waktu tunggu turun dari 180 menit menjadi 25 menit.',
    stakeholders: 'Dinas Kesehatan, Diskominfo, kader kesehatan',
    resources: 'Server Diskominfo dan dua pengembang',
    budgetSource: 'apbd',
    sustainability: 'Diatur dalam Peraturan Wali Kota.',
    replicationPotential: 'Dapat diterapkan di puskesmas mana pun.',
    beneficiaries: 120000,
    startDate: '2019-03-01',
    digital: true,
    form: 'public_service',
    categoryId,
    sdgs: [3, 10],
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  innovationId = created.json.innovation.id;
  const submitted = await operator.request('POST', `/api/innovations/${innovationId}/submit`);
  expect(submitted.status, JSON.stringify(submitted.json)).toBe(200);
  const coordinator = await client('admin.surabaya@simpul.test');
  expect((await coordinator.request('POST', `/api/innovations/${innovationId}/approve`, {})).status).toBe(200);
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
    const inline = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs ?? '') || (body ?? '').trim() !== '');
    expect(inline(fs.readFileSync('dist/web/index.html', 'utf8'))).toEqual([]);
    const response = await fetch(`${baseUrl()}/katalog`);
    expect(inline(await response.text())).toEqual([]);
    expect(/\son[a-z]+\s*=/i.test((await (await fetch(`${baseUrl()}/`)).text()).replace(/<script[\s\S]*?<\/script>/gi, ''))).toBe(false);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))?.trim()).toBe("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});
