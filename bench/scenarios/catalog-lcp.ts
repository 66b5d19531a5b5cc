import { type Browser, chromium, type Page } from 'playwright-core';
import { CEILING_PATH } from '../harness/server-protocol.js';
import type { EngineScenario } from '../harness/scenario.js';
import { summarise } from '../harness/stats.js';

/**
 * The catalog page's largest contentful paint in headless Chromium, each load cold (a new
 * browser context: empty cache, no cookies), over loopback without throttling. The browser
 * ceiling is the same page as the browser finally showed it, served as static HTML with the
 * same stylesheets and no scripts: how fast this page could paint if it needed no JavaScript.
 */
export const CATALOG_PAGE_PATH = '/katalog?q=kesehatan';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface PageLcpSpec {
  readonly id: string;
  readonly title: string;
  /** The page, as a visitor opens it. */
  readonly path: string;
  readonly requiresTables: readonly string[];
}

/** A page's largest and first contentful paint, cold, against its scriptless copy (the browser ceiling). */
export function pageLcpScenario(spec: PageLcpSpec): EngineScenario {
  return {
    kind: 'engine',
    id: spec.id,
    title: spec.title,
    requiresTables: spec.requiresTables,
    async run(ctx) {
      if (!ctx.webDir) throw new Error('the web build did not run, so there is no page to load');
      const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
      try {
        const url = `${ctx.server.baseUrl}${spec.path}`;
        await loadOnce(browser, url); // warm the server and the OS file cache, not the browser's
        const ours: PageLoad[] = [];
        for (let i = 0; i < ctx.profile.pageLoads; i++) ours.push(await loadOnce(browser, url));
        await ctx.server.setCeiling(`${spec.id}-page`, staticCopy(ours[0]!.html), 'text/html; charset=utf-8');
        const ceiling: PageLoad[] = [];
        for (let i = 0; i < ctx.profile.pageLoads; i++) ceiling.push(await loadOnce(browser, `${ctx.server.baseUrl}${CEILING_PATH}/${spec.id}-page`));
        const lcp = summarise(ours.map((l) => l.lcp));
        const fcp = summarise(ours.map((l) => l.fcp));
        const ceilingLcp = summarise(ceiling.map((l) => l.lcp));
        const ceilingFcp = summarise(ceiling.map((l) => l.fcp));
        return {
          metrics: [
            { name: 'LCP p50', value: lcp.p50, unit: 'ms', better: 'lower', ceilings: [{ kind: 'browser', value: ceilingLcp.p50 }] },
            { name: 'LCP max', value: lcp.max, unit: 'ms', better: 'lower', ceilings: [{ kind: 'browser', value: ceilingLcp.max }] },
            { name: 'FCP p50', value: fcp.p50, unit: 'ms', better: 'lower', ceilings: [{ kind: 'browser', value: ceilingFcp.p50 }] },
            { name: 'JS + CSS transferred', value: ours[0]!.scriptAndStyleBytes, unit: 'bytes', better: 'lower', note: 'uncompressed: the Node server does not gzip' },
          ],
          details: { url: spec.path, loads: ctx.profile.pageLoads, lcpElement: ours[0]!.lcpElement, requests: ours[0]!.requests },
        };
      } finally {
        await browser.close();
      }
    },
  };
}

export const catalogLcpScenario: EngineScenario = pageLcpScenario({
  id: 'catalog-lcp',
  title: 'Catalog page: largest contentful paint (headless Chromium, cold)',
  path: CATALOG_PAGE_PATH,
  requiresTables: ['innovations'],
});

interface PageLoad {
  lcp: number;
  fcp: number;
  lcpElement: string;
  html: string;
  scriptAndStyleBytes: number;
  requests: number;
}

async function loadOnce(browser: Browser, url: string): Promise<PageLoad> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let requests = 0;
    // Bodies arrive after their response events: keep the promises and add them up at the end.
    const bodies: Promise<number>[] = [];
    page.on('response', (response) => {
      requests++;
      const type = response.request().resourceType();
      if (type === 'script' || type === 'stylesheet')
        bodies.push(
          response.body().then(
            (b) => b.length,
            () => 0,
          ),
        );
    });
    await page.addInitScript(LCP_OBSERVER);
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (!response || response.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
    // LCP candidates stop once the page is idle; a short settle lets the last one be reported.
    await page.waitForTimeout(250);
    const measured = await readPaints(page);
    const scriptAndStyleBytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
    return { ...measured, html: await page.content(), scriptAndStyleBytes, requests };
  } finally {
    await context.close();
  }
}

async function readPaints(page: Page): Promise<{ lcp: number; fcp: number; lcpElement: string }> {
  return page.evaluate(READ_PAINTS) as Promise<{ lcp: number; fcp: number; lcpElement: string }>;
}

// Browser-side code as strings: it runs in the page, where the DOM types (not loaded in this
// Node project) apply.
const LCP_OBSERVER = `
  window.__lcp = { time: 0, element: '' };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const el = entry.element;
      window.__lcp = { time: entry.startTime, element: el ? el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') : '' };
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;
const READ_PAINTS = `(() => {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return { lcp: window.__lcp.time, fcp: fcp ? fcp.startTime : 0, lcpElement: window.__lcp.element };
})()`;

/** The rendered page without its scripts (stylesheets and inline styles stay). */
export function staticCopy(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '');
}
