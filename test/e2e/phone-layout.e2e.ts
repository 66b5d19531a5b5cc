import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { contextsFor, mainPages } from './main-pages.js';
import { PHONE } from './page-width.js';

/**
 * Issue #20.3 at 360 px (the narrowest common phone): the catalog shows its results before the
 * filters, which open in a drawer; the review list keeps status and score on screen. That no
 * main page scrolls sideways is checked in the same walk as accessibility (accessibility.e2e.ts).
 */
let browser: Browser;
let contexts: Map<string | null, BrowserContext>;

beforeAll(async () => {
  browser = await launchBrowser();
  // Only the two roles these checks need; the walk over every page is in accessibility.e2e.ts.
  const pages = (await mainPages(browser)).filter((p) => p.as === null || p.as === 'evaluator@simpul.test');
  contexts = await contextsFor(browser, pages, { viewport: PHONE });
});
afterAll(async () => {
  for (const context of contexts?.values() ?? []) await context.close();
  await browser?.close();
});

it('puts the catalog results first and the filters in a drawer', async () => {
  const page = await contexts.get(null)!.newPage();
  await page.goto('/katalog');
  const results = page.locator('#catalog-results');
  await results.waitFor();
  // No filter checkbox on the page until the drawer opens.
  expect(await page.getByRole('checkbox').count()).toBe(0);
  await page.getByRole('button', { name: /^Saring hasil/ }).click();
  const drawer = page.getByRole('dialog', { name: 'Saring hasil' });
  await drawer.waitFor();
  expect(await drawer.getByRole('checkbox').count()).toBeGreaterThan(5);
  await drawer.getByRole('button', { name: /^Tampilkan .* hasil$/ }).click();
  await drawer.waitFor({ state: 'hidden' });
  await page.close();
});

it('keeps status and score of the evaluator’s list on screen', async () => {
  const page = await contexts.get('evaluator@simpul.test')!.newPage();
  await page.goto('/penilaian');
  const table = page.getByRole('table', { name: 'Penilaian saya' });
  await table.waitFor();
  const cells = table.locator('tbody tr').first().locator('td');
  for (let i = 0; i < (await cells.count()); i++) {
    const box = (await cells.nth(i).boundingBox())!;
    expect(box.x + box.width, `cell ${i}`).toBeLessThanOrEqual(PHONE.width);
  }
  await page.close();
});
