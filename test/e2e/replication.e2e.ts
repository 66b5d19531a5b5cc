import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signInThroughForm, watchPageErrors } from './browser.js';

/**
 * Issue #14 in the browser with the demo accounts: an adopter asks to replicate a catalog record;
 * on the demo's waiting request (Kabupaten Banyuwangi → Kota Surabaya's queue system) the origin
 * accepts, the Jawa Timur hub assigns the demo mentor, the agreement and default plan are
 * recorded (by the ministry: the demo's adopter accounts have no password), the mentor logs a
 * visit and completes a milestone, the outcome is recorded, and the public record shows the
 * new lineage.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function signIn(email: string): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const errors = watchPageErrors(page);
  await signInThroughForm(page, email);
  return { page, errors };
}

async function saved(page: Page) {
  await page.getByRole('status').filter({ hasText: 'Tersimpan.' }).waitFor();
}

it('takes a replication from request to lineage', async () => {
  // 1. An adopter (Kota Surabaya) asks to replicate Kota Makassar's home doctor visits.
  const operator = await signIn('operator.surabaya@simpul.test');
  const found = await (await operator.page.request.get(`${baseUrl()}/api/innovations?q=Dokter%20Keliling`)).json();
  await operator.page.goto(`${baseUrl()}/katalog/${found.items[0].id}`);
  await operator.page.getByRole('button', { name: 'Replikasi inovasi ini' }).click();
  const dialog = operator.page.getByRole('dialog');
  await dialog.getByLabel('Masalah yang ingin diselesaikan').fill('Warga lanjut usia sulit datang ke puskesmas di pinggiran kota.');
  await dialog.getByLabel('Konteks instansi Anda').fill('Kota dengan 63 puskesmas dan layanan kunjungan rumah yang belum terjadwal.');
  await dialog.getByLabel('Penanggung jawab').fill('Kepala Dinas Kesehatan');
  await dialog.getByRole('button', { name: 'Kirim permintaan' }).click();
  await operator.page.getByRole('status').filter({ hasText: 'Permintaan replikasi terkirim.' }).waitFor();

  // 2. The origin (Kota Surabaya) accepts the demo's waiting request from Banyuwangi.
  const origin = await signIn('admin.surabaya@simpul.test');
  await origin.page.goto(`${baseUrl()}/replikasi?state=requested`);
  await origin.page.getByRole('link', { name: 'Antrean Puskesmas Daring Terpadu' }).click();
  await origin.page.waitForURL(/\/replikasi\/[0-9a-f-]{36}$/);
  const caseUrl = origin.page.url();
  await origin.page.getByRole('button', { name: 'Terima' }).click();
  await saved(origin.page);

  // 3. The Jawa Timur hub assigns the demo mentor.
  const hub = await signIn('hub.jatim@simpul.test');
  await hub.page.goto(caseUrl);
  const mentorSelect = hub.page.getByLabel('Pendamping', { exact: true });
  await mentorSelect.locator('option', { hasText: 'Airlangga' }).waitFor({ state: 'attached' });
  await mentorSelect.selectOption((await mentorSelect.locator('option', { hasText: 'Airlangga' }).getAttribute('value'))!);
  await hub.page.getByRole('button', { name: 'Tugaskan pendamping' }).click();
  await saved(hub.page);

  // 4. Agreement and the default transfer plan.
  const ministry = await signIn('admin@simpul.test');
  await ministry.page.goto(caseUrl);
  await ministry.page.getByLabel('Nomor perjanjian').fill('PKS/BWI-SBY/2026');
  await ministry.page.getByLabel('Tanggal perjanjian').fill('2026-06-01');
  await ministry.page.getByRole('button', { name: 'Simpan perjanjian' }).click();
  await saved(ministry.page);
  await ministry.page.getByRole('button', { name: 'Mulai alih inovasi (tonggak bawaan)' }).click();
  await ministry.page.getByRole('heading', { name: 'Rencana alih inovasi' }).waitFor();

  // 5. The mentor logs a visit and completes the first milestone.
  const mentor = await signIn('mentor@simpul.test');
  await mentor.page.goto(caseUrl);
  await mentor.page.getByLabel('Tanggal', { exact: true }).fill('2026-07-10');
  await mentor.page.getByLabel('Catatan', { exact: true }).fill('Kunjungan ke puskesmas uji coba di Banyuwangi.');
  await mentor.page.getByRole('button', { name: 'Tambah log' }).click();
  await mentor.page.getByText('Kunjungan ke puskesmas uji coba di Banyuwangi.').first().waitFor();
  await mentor.page
    .getByRole('button', { name: /Tandai selesai/ })
    .first()
    .click();
  await mentor.page
    .getByText(/^Selesai /)
    .first()
    .waitFor();

  // 6. The outcome is recorded; the catalog records the replication.
  await ministry.page.reload();
  await ministry.page.getByLabel('Hasil', { exact: true }).selectOption('adapted');
  await ministry.page.getByRole('button', { name: 'Catat hasil' }).click();
  await saved(ministry.page);
  await ministry.page.getByText('Diadaptasi').first().waitFor();

  // 7. The public record shows the new lineage.
  const visitor = await (await browser.newContext()).newPage();
  const sourceLink = await ministry.page.getByRole('link', { name: 'Antrean Puskesmas Daring Terpadu' }).first().getAttribute('href');
  await visitor.goto(`${baseUrl()}${sourceLink}`);
  const lineage = visitor.getByRole('region', { name: 'Silsilah replikasi' });
  await lineage
    .getByText(/Pemerintah Kabupaten Banyuwangi/)
    .first()
    .waitFor();

  for (const who of [operator, origin, hub, ministry, mentor]) expect(who.errors).toEqual([]);
});
