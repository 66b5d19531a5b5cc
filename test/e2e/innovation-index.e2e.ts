import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import path from 'node:path';
import { baseUrl, launchBrowser, signedInContext, signInThroughForm, watchPageErrors } from './browser.js';
import { PHONE, sidewaysScroll } from './page-width.js';

/**
 * The index in the browser, report → local approval → verification → result, on a year of its
 * own (2027, a copy of the demo's 2026 model, opened through the API) so the demo's 2026 reports
 * stay as seeded: Surabaya's operator claims a level with a link, its admin approves and sends,
 * the verifier accepts the row and finishes, the index team publishes the results from the model
 * page, and the public results page shows Kota Surabaya with its predicate. Then, on a phone-wide
 * screen, the index team sends the cities' nominee (Surabaya) to the year's award call from the
 * results page's Nominees step (axe-clean, no sideways scroll).
 */
const YEAR = 2027;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  const { context, call } = await signedInContext(browser, 'indeks@simpul.test');
  await call('post', '/api/index/models', { year: YEAR, copyFromYear: 2026 });
  await call('post', `/api/index/models/${YEAR}/publish`);
  await call('put', `/api/index/models/${YEAR}/window`, {
    opensAt: new Date(Date.now() - 86_400_000).toISOString(),
    closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  });
  await context.close();
});
afterAll(async () => {
  await browser?.close();
});

async function as(email: string | null, path: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL: baseUrl() });
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  if (email) await signInThroughForm(page, email);
  await page.goto(path);
  return { page, errors, close: () => context.close() };
}

it('a region reports, approves locally and sends; the verifier decides; the published result shows its predicate', async () => {
  // The operator claims level 3 for indicator 1 with a link, and asks for the local review.
  const operator = await as('operator.surabaya@simpul.test', `/indeks/laporan?tahun=${YEAR}`);
  await operator.page.getByRole('combobox', { name: 'Tingkat 1', exact: true }).click();
  await operator.page.getByRole('option', { name: /^3 · / }).click();
  const link = operator.page.getByLabel('Tautan bukti (https://…) 1', { exact: true });
  await link.fill('https://jdih.surabaya.go.id/e2e/visi-misi');
  await operator.page.getByRole('row').filter({ has: link }).getByRole('button', { name: 'Tambah' }).click();
  await operator.page.getByText('https://jdih.surabaya.go.id/e2e/visi-misi').waitFor();
  await operator.page.getByRole('button', { name: 'Ajukan untuk tinjauan lokal' }).click();
  await operator.page.getByRole('button', { name: 'Ajukan untuk tinjauan lokal' }).waitFor({ state: 'detached' });
  expect(operator.errors).toEqual([]);
  await operator.close();

  // The region's admin approves and sends.
  const admin = await as('admin.surabaya@simpul.test', `/indeks/laporan?tahun=${YEAR}`);
  await admin.page.getByRole('button', { name: 'Setujui dan kirim' }).click();
  await admin.page.getByRole('button', { name: 'Setujui dan kirim' }).waitFor({ state: 'detached' });
  expect(admin.errors).toEqual([]);
  await admin.close();

  // The verifier opens Surabaya's report from the queue, accepts the row and finishes.
  const verifier = await as('verifikator@simpul.test', `/indeks/verifikasi?tahun=${YEAR}`);
  const queued = verifier.page
    .getByRole('row')
    .filter({ hasText: /surabaya/i })
    .filter({ has: verifier.page.getByRole('button', { name: 'Buka' }) });
  await queued.getByRole('button', { name: 'Buka' }).click();
  await verifier.page.getByRole('button', { name: 'Terima' }).first().click();
  await verifier.page.getByText(/Tingkat 3 · Diterima/).waitFor();
  await verifier.page.getByRole('button', { name: 'Selesaikan verifikasi' }).click();
  // Verified, it leaves the queue of sent reports.
  await queued.waitFor({ state: 'detached' });
  expect(verifier.errors).toEqual([]);
  await verifier.close();

  // The index team recomputes and publishes the year's results from the model page.
  const team = await as('indeks@simpul.test', '/indeks/model');
  await team.page.getByRole('button', { name: `Buka model ${YEAR}` }).click();
  await team.page.getByRole('button', { name: 'Hitung ulang dan terbitkan hasil' }).click();
  await team.page.getByText(/^Hasil diterbitkan /).waitFor();
  expect(team.errors).toEqual([]);
  await team.close();

  // The public results page shows Surabaya with its predicate.
  const visitor = await as(null, `/indeks?tahun=${YEAR}`);
  const surabaya = visitor.page.getByRole('row').filter({ hasText: /surabaya/i });
  await surabaya.first().waitFor();
  expect(await surabaya.first().textContent()).toMatch(/Kurang Inovatif|Inovatif|Sangat Inovatif/);
  expect(await surabaya.first().textContent()).not.toContain('Tidak Dapat Dinilai');
  expect(visitor.errors).toEqual([]);
  await visitor.close();
}, 120_000);

it("the index team sends a cluster's nominees to the award call from the results page, at phone width", async () => {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: PHONE, bypassCSP: true });
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  await signInThroughForm(page, 'indeks@simpul.test');
  await page.goto(`/indeks?tahun=${YEAR}`);
  const step = page.getByRole('region', { name: 'Nominasi penghargaan per klaster' });
  await step.getByRole('combobox', { name: 'Klaster' }).click();
  await page.getByRole('option', { name: 'Kota', exact: true }).click();
  await step
    .getByRole('row')
    .filter({ hasText: /surabaya/i })
    .getByText('Belum dikirim')
    .waitFor();
  await step.getByRole('button', { name: /^Kirim 1 nominasi/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Kirim', exact: true }).click();
  await step.getByText('Nominasi terkirim').waitFor();
  await step
    .getByRole('row')
    .filter({ hasText: /surabaya/i })
    .getByText(/Terkirim: SC2027-\d+ — Innovative Government Award 2027/)
    .waitFor();
  expect(await step.getByRole('link', { name: 'Buka tahap penilaian kompetisi' }).first().getAttribute('href')).toMatch(/^\/admin\/penilaian\?kompetisi=/);
  expect(await sidewaysScroll(page, 'results with nominees')).toBeNull();
  await page.addScriptTag({ path: path.resolve('node_modules/axe-core/axe.min.js') });
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as {
    violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
  };
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);
