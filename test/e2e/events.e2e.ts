import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signedInContext, watchPageErrors } from './browser.js';

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
