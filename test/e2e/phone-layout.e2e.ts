import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, watchPageErrors } from './browser.js';
import { publishInnovation } from './published-innovation.js';
import { contextsFor, type MainPage, mainPages } from './main-pages.js';

/**
 * Issue #20.3: at 360 px (the narrowest common phone) no main page scrolls sideways, for the
 * demo role that uses it; the catalog shows its results before the filters, which open in a
 * drawer; the proposal and review lists keep status and score on screen.
 */
const PHONE = { width: 360, height: 740 };
/**
 * The document's scroll width and what reaches furthest right: the element box, or — for text
 * that overflows its box, like a long unbroken word — the deepest element whose content does.
 */
const MEASURE = `(() => {
  const describe = (el, px) => el.tagName.toLowerCase() + '.' + String(el.className).slice(0, 60) + ' "' + String(el.textContent).slice(0, 40) + '" (' + Math.round(px) + ' px)';
  let widest = '';
  let right = 0;
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right > right) { right = r.right; widest = describe(el, r.right); }
  }
  let overflowing = '';
  for (const el of document.querySelectorAll('main *')) {
    const reach = el.getBoundingClientRect().left + el.scrollWidth;
    if (reach > window.innerWidth && el.scrollWidth > el.clientWidth + 1) overflowing = describe(el, reach);
  }
  return { width: document.scrollingElement.scrollWidth, widest: overflowing ? 'content of ' + overflowing : widest };
})()`;
let browser: Browser;
let pages: MainPage[];
let contexts: Map<string | null, BrowserContext>;

beforeAll(async () => {
  // A record with long unbroken tokens (a pasted URL, code) in its public text, as users write.
  const token = `https://layanan.contoh.go.id/aplikasi/antrean-puskesmas-terpadu-${Date.now()}`;
  await publishInnovation({ title: `Antrean daring ${token}`, summary: `Tautan layanan: ${token}?sumber=katalog&versi=lengkap` });
  browser = await launchBrowser();
  pages = await mainPages(browser);
  contexts = await contextsFor(browser, pages, { viewport: PHONE });
});
afterAll(async () => {
  for (const context of contexts?.values() ?? []) await context.close();
  await browser?.close();
});

it('no main page is wider than a 360 px phone', async () => {
  const overflowing: string[] = [];
  for (const entry of pages) {
    const page = await contexts.get(entry.as)!.newPage();
    const errors = watchPageErrors(page);
    await page.goto(entry.path);
    await page.locator('main h1').first().waitFor();
    // Lists load after the heading: wait until nothing is loading any more.
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    const { width, widest } = (await page.evaluate(MEASURE)) as { width: number; widest: string };
    if (width > PHONE.width) overflowing.push(`${entry.name} ${entry.path}: ${width} px, widest ${widest}`);
    expect(errors, entry.path).toEqual([]);
    await page.close();
  }
  expect(overflowing).toEqual([]);
}, 400_000);

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
