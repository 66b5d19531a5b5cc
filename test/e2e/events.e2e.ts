import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signedInContext, watchPageErrors } from './browser.js';
import { PHONE, sidewaysScroll } from './page-width.js';

/**
 * Issue #15's events in the browser: an agency user (the demo operator of Kota Surabaya) opens
 * the hub workshop from the events page, registers, marks "Saya tertarik mereplikasi" on a
 * showcased innovation, and the hub coordinator sees both on the organiser's screen.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

it('registers for an event and marks an interest; the organiser sees both', async () => {
  const operator = await signedInContext(browser, 'operator.surabaya@simpul.test');
  const hub = await signedInContext(browser, 'hub.jatim@simpul.test');
  try {
    const page = await operator.context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(`${baseUrl()}/acara`);
    await page.getByRole('link', { name: 'Lokakarya Replikasi Inovasi Hub JIPP Jawa Timur' }).click();
    await page.waitForURL(/\/acara\/[0-9a-f-]{36}$/);
    const eventUrl = page.url();
    await page.getByRole('button', { name: 'Daftar', exact: true }).click();
    await page.getByText('Anda terdaftar di acara ini.').waitFor();
    const card = page.getByRole('article').filter({ hasText: 'Bank Sampah Induk dengan Tabungan Digital' });
    await card.getByRole('button', { name: 'Saya tertarik mereplikasi' }).click();
    await card.getByText(/Minat tercatat/).waitFor();
    expect(errors).toEqual([]);

    const organiser = await hub.context.newPage();
    const organiserErrors = watchPageErrors(organiser);
    await organiser.goto(`${eventUrl}/kelola`);
    await organiser
      .getByRole('region', { name: 'Pendaftar dan daftar tunggu' })
      .getByRole('row', { name: /Operator UPP Kota Surabaya/ })
      .waitFor();
    const interests = organiser.getByRole('region', { name: 'Minat replikasi' });
    await interests.getByRole('row', { name: /Bank Sampah Induk dengan Tabungan Digital.*Pemerintah Kota Surabaya/ }).waitFor();
    expect(organiserErrors).toEqual([]);
  } finally {
    await operator.context.close();
    await hub.context.close();
  }
}, 60_000);

it('shows a month calendar grid (Monday first, today marked, keyboard month steps, axe-clean) that becomes an agenda list at 360 px', async () => {
  // Bypasses the CSP only so the test can inject axe-core (as accessibility.e2e does).
  const context = await browser.newContext({ baseURL: baseUrl(), bypassCSP: true, locale: 'id-ID' });
  try {
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    await page.goto('/acara');
    await page.locator('label', { hasText: 'Kalender bulanan' }).click();
    await page.waitForURL(/tampilan=bulan/);
    const grid = page.getByRole('table', { name: /^Kalender acara/ });
    await grid.waitFor();
    expect(await grid.getByRole('columnheader').allInnerTexts()).toHaveLength(7);
    expect(await grid.getByRole('columnheader').first().innerText()).toMatch(/^Sen/);
    await expect.poll(() => grid.locator('td[aria-current="date"]').count()).toBe(1);
    expect(await grid.locator('td[aria-current="date"]').innerText()).toContain('Hari ini');

    // The hub workshop is three weeks ahead: this month or the next, reached from the keyboard.
    const workshop = grid.getByRole('link', { name: /Lokakarya Replikasi Inovasi Hub JIPP Jawa Timur/ });
    if (!(await workshop.isVisible())) {
      await page.getByRole('button', { name: 'Bulan berikutnya' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/bulan=\d{4}-\d{2}/);
    }
    await workshop.waitFor();
    expect(await workshop.innerText()).toMatch(/^\d{2}[.:]\d{2} WIB · /);

    await page.addScriptTag({ path: path.resolve('node_modules/axe-core/axe.min.js') });
    const axe = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as { violations: { id: string; impact: string | null }[] };
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    // At phone width the grid gives way to the agenda list of the month's days with events.
    // (Loaded again at that width, as a phone would: the segmented controls measure themselves on load.)
    await page.setViewportSize(PHONE);
    await page.reload();
    await page.locator('main h1').first().waitFor();
    await grid.waitFor({ state: 'hidden' });
    const agendaLink = page.getByRole('main').getByRole('link', { name: 'Lokakarya Replikasi Inovasi Hub JIPP Jawa Timur' });
    await agendaLink.waitFor();
    expect(await sidewaysScroll(page, 'kalender acara')).toBeNull();
    await agendaLink.click();
    await page.waitForURL(/\/acara\/[0-9a-f-]{36}$/);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}, 60_000);
