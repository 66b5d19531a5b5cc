import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, watchPageErrors } from './browser.js';
import { contextsFor, type MainPage, mainPages } from './main-pages.js';
import { PHONE, sidewaysScroll } from './page-width.js';
import { publishInnovation } from './published-innovation.js';

/**
 * Issue #20.8: axe-core on the main pages (each as the demo role that uses it, desktop and
 * phone width): no serious or critical violation. The same walk at phone width checks #20.3: no
 * main page scrolls sideways at 360 px and none logs an error. The contexts bypass the page's CSP only so the
 * test can inject axe-core (an inline script the CSP rightly refuses).
 */
const AXE = path.resolve('node_modules/axe-core/axe.min.js');
let browser: Browser;
let pages: MainPage[];

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}

beforeAll(async () => {
  // A record with long unbroken tokens (a pasted URL) in its public text, as users write them.
  const token = `https://layanan.contoh.go.id/aplikasi/antrean-puskesmas-terpadu-${Date.now()}`;
  await publishInnovation({ title: `Antrean daring ${token}`, summary: `Tautan layanan: ${token}?sumber=katalog&versi=lengkap` });
  browser = await launchBrowser();
  pages = await mainPages(browser);
});
afterAll(async () => {
  await browser?.close();
});

async function audit(contexts: Map<string | null, BrowserContext>, phone = false): Promise<string[]> {
  const found: string[] = [];
  for (const entry of pages) {
    const page = await contexts.get(entry.as)!.newPage();
    const errors = watchPageErrors(page);
    await page.goto(entry.path);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    if (phone) {
      const sideways = await sidewaysScroll(page, `${entry.name} ${entry.path}`);
      if (sideways) found.push(sideways);
    }
    await page.addScriptTag({ path: AXE });
    const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as AxeResult;
    for (const v of result.violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      for (const node of v.nodes.slice(0, 3))
        found.push(`${entry.path} [${v.impact}] ${v.id}: ${node.target.join(' ')} — ${(node.failureSummary ?? v.help).split('\n').slice(0, 2).join(' ')}`);
    }
    for (const error of errors) found.push(`${entry.path} page error: ${error}`);
    await page.close();
  }
  return found;
}

/**
 * Both widths walk at once: each page spends most of its time waiting for the network to go quiet,
 * so two walks in parallel take little longer than one (this file is the longest browser test).
 */
it('has no serious or critical axe-core violation on the main pages (desktop), nor sideways scrolling or page error at phone width (360 px)', async () => {
  const desktop = await contextsFor(browser, pages, { viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const phone = await contextsFor(browser, pages, { viewport: PHONE, bypassCSP: true });
  try {
    const [onDesktop, onPhone] = await Promise.all([audit(desktop), audit(phone, true)]);
    expect({ desktop: onDesktop, phone: onPhone }).toEqual({ desktop: [], phone: [] });
  } finally {
    for (const context of [...desktop.values(), ...phone.values()]) await context.close();
  }
}, 900_000);
