import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signInThroughForm, watchPageErrors } from './browser.js';

/**
 * Issue #19 in the browser, with the demo data: the national statistics page with its province
 * tile map and lazily loaded charts, a province's profile reached from the map, the empty state
 * of an unknown region, and a role home's to-do list — each checked with axe-core for serious
 * or critical accessibility violations, on a 360 px wide phone screen.
 */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`)
          .slice(0, 4)
          .join(', ')})`,
    );
}

async function phonePage(): Promise<Page> {
  // bypassCSP only so axe-core can be injected; the app's own scripts keep to the policy.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
  return context.newPage();
}

it('shows the national statistics with the province map and charts, accessible on a phone', async () => {
  const page = await phonePage();
  const errors = watchPageErrors(page);
  await page.goto(`${baseUrl()}/statistik`);
  await page.getByRole('heading', { level: 1, name: 'Statistik inovasi' }).waitFor();
  const jatim = page.getByRole('link', { name: /^Jawa Timur: [\d.]+ inovasi$/ });
  await jatim.waitFor();
  // Several tile maps (innovations, replications adopted, OAOI coverage, hubs …), 38 tiles each.
  await page.getByRole('link', { name: /^Jawa Timur: [\d.]+ replikasi$/ }).waitFor();
  await page.getByRole('link', { name: /^Jawa Timur: [\d.,]+ % instansi memenuhi target$/ }).waitFor();
  await page.getByRole('link', { name: /Jawa Timur\)?: [\d.]+ replikasi selesai$/ }).waitFor();
  const tiles = await page.locator('svg a').count();
  expect(tiles % 38).toBe(0);
  expect(tiles).toBeGreaterThanOrEqual(38 * 4);
  // ECharts arrives in its own chunk and draws an SVG inside the labelled chart image.
  await page.locator('[role="img"] svg').first().waitFor();
  // Filters go to the URL and every chart follows.
  await page.getByLabel('Provinsi', { exact: true }).selectOption('35');
  await page.waitForURL(/province=35/);
  await page.getByRole('heading', { name: 'Inovasi per SDG' }).waitFor();
  await page.locator('a[href="/katalog?province=35"]').first().waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  // The page is no wider than the phone.
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
  expect(errors).toEqual([]);
  await page.context().close();
});

it('opens a province profile from the map, and an unknown region shows a plain empty state', async () => {
  const page = await phonePage();
  const errors = watchPageErrors(page);
  await page.goto(`${baseUrl()}/statistik`);
  await page.getByRole('link', { name: /^Jawa Timur: [\d.]+ inovasi$/ }).click();
  await page.waitForURL(/\/wilayah\/35$/);
  await page.getByRole('heading', { level: 1, name: 'Jawa Timur' }).waitFor();
  await page.getByRole('heading', { name: 'Perbandingan dengan wilayah sejenis' }).waitFor();
  await page.getByText(/Peringkat \d+ dari 38/).waitFor();
  // The second half's figures: coverage, index, hub membership.
  await page.getByRole('heading', { name: 'Satu Instansi Satu Inovasi: target dan realisasi' }).waitFor();
  await page.getByRole('heading', { name: 'Indeks Inovasi Daerah: skor dan predikat' }).waitFor();
  // A plain empty state before results are published; the index browser test may already have
  // published a year (browser test files share one server), and then the province's predicate is
  // in plain view (a score of 0 has no chart, so its table starts open).
  await page
    .getByText(/^Belum ada hasil Indeks Inovasi Daerah yang terbit untuk wilayah ini\.$|^\d{4} — (Sangat Inovatif|Inovatif|Kurang Inovatif|Tidak Dapat Dinilai)/)
    .first()
    .waitFor();
  await page.getByRole('heading', { name: 'Keanggotaan hub JIPP' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(`${baseUrl()}/wilayah/99.99`);
  await page.getByRole('heading', { level: 1, name: 'Wilayah tidak dikenal' }).waitFor();
  await page.getByRole('link', { name: 'Kembali ke peta provinsi' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});

it("shows an agency admin's home as a to-do list", async () => {
  const page = await phonePage();
  const errors = watchPageErrors(page);
  await signInThroughForm(page, 'admin.surabaya@simpul.test');
  await page.getByRole('heading', { name: 'Yang menunggu Anda' }).waitFor();
  expect(await page.getByText('sedang disiapkan').count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});
