import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signInThroughForm, watchPageErrors } from './browser.js';

/**
 * The whole path of a call in the browser, with the demo accounts: the ministry configures and
 * publishes a call; the Surabaya operator drafts (registering the innovation on the way) with
 * autosave and word counts; the coordinator returns it, then submits it and gets the receipt;
 * the secretariat passes the administrative check, which the operator then reads.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function signIn(email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInThroughForm(page, email);
  return page;
}

/** `datetime-local` value in WIB for a day offset from now. */
function wibInput(daysFromNow: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + daysFromNow * 86_400_000).toISOString().slice(0, 16);
}

async function saveSection(page: Page) {
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Tersimpan.' }).waitFor();
}

it('configure a call, draft, return, submit with a receipt, and pass the administrative check', async () => {
  const callName = `Apresiasi Uji Peramban ${Date.now().toString(36)}`;

  // 1. The ministry configures and publishes the call.
  const admin = await signIn('admin@simpul.test');
  const adminErrors = watchPageErrors(admin);
  await admin.getByRole('link', { name: 'Kompetisi' }).first().click();
  await admin.getByRole('button', { name: 'Buat kompetisi' }).click();
  const create = admin.getByRole('dialog');
  await create.getByLabel('Nama kompetisi').fill(callName);
  await create.getByLabel('Jenis').selectOption('special');
  await create.getByRole('button', { name: 'Buat draf' }).click();
  await admin.waitForURL(/\/kompetisi\/[0-9a-f-]+\/atur$/);
  const competitionId = admin.url().split('/').at(-2)!;

  await admin.getByRole('tab', { name: 'Kelompok dan aturan' }).click();
  await admin.getByRole('button', { name: 'Tambah' }).click();
  await admin.getByLabel('Kode kelompok 1').fill('umum');
  await admin.getByLabel('Nama kelompok 1').fill('Kelompok Umum');
  await saveSection(admin);

  await admin.getByRole('tab', { name: 'Kategori' }).click();
  await admin.getByRole('button', { name: 'Tambah' }).click();
  await admin.getByLabel('Kode kategori 1').fill('kesehatan');
  await admin.getByLabel('Nama kategori 1').fill('Kesehatan');
  await saveSection(admin);

  await admin.getByRole('tab', { name: 'Formulir proposal' }).click();
  await admin.getByRole('button', { name: 'Tambah' }).click();
  await admin.getByLabel('Pertanyaan 1: teks').fill('Ringkasan inovasi');
  await admin.getByLabel('Pertanyaan 1: batas kata').fill('20');
  await admin.getByRole('button', { name: 'Tambah' }).click();
  await admin.getByLabel('Pertanyaan 2: teks').fill('Keterkaitan SDGs');
  await admin.getByLabel('Pertanyaan 2: jenis jawaban').selectOption('sdg_list');
  await saveSection(admin);

  await admin.getByRole('tab', { name: 'Tahapan' }).click();
  await admin.getByRole('button', { name: 'Tambah' }).click();
  await admin.getByLabel('Nama tahap 1').fill('Pendaftaran dan pengiriman');
  await admin.getByLabel('Mulai tahap 1 (WIB)').fill(wibInput(-1));
  await admin.getByLabel('Selesai tahap 1 (WIB)').fill(wibInput(10));
  await saveSection(admin);

  await admin.getByRole('button', { name: 'Terbitkan' }).click();
  await admin.getByText('Terbit', { exact: true }).waitFor();

  // 2. The operator starts a proposal, registering the innovation in the catalog on the way.
  const operator = await signIn('operator.surabaya@simpul.test');
  const operatorErrors = watchPageErrors(operator);
  await operator.goto(`${baseUrl()}/kompetisi/${competitionId}`);
  await operator.getByRole('button', { name: 'Mulai proposal' }).click();
  const start = operator.getByRole('dialog');
  await start.getByText('Daftarkan inovasi baru').click();
  await start.getByLabel('Judul inovasi').fill('Klinik Keliling Kampung Surabaya');
  await start.getByLabel('Ringkasan inovasi').fill('Mobil klinik yang mendatangi kampung padat setiap pekan untuk pemeriksaan gratis.');
  await start.getByLabel('Tanggal mulai diterapkan').fill('2020-02-01');
  await start.getByLabel('Kategori katalog').selectOption({ label: 'Kesehatan' });
  await start.getByRole('checkbox', { name: /^SDG 3: / }).check();
  await start.getByRole('button', { name: 'Mulai', exact: true }).click();
  await operator.waitForURL(/\/proposal\/[0-9a-f-]+$/);
  const proposalUrl = operator.url();

  // Live word count: over the limit is shown and not saved; a valid answer autosaves.
  const summary = operator.getByLabel('1. Ringkasan inovasi');
  await summary.fill(Array.from({ length: 25 }, (_, i) => `kata${i}`).join(' '));
  await operator.getByText('25 / 20 kata').waitFor();
  await operator
    .getByText(/melebihi batas 20 kata/)
    .first()
    .waitFor();
  await summary.fill('Mobil klinik mendatangi kampung padat setiap pekan untuk pemeriksaan gratis.');
  await operator.getByText('10 / 20 kata').waitFor();
  await operator.getByRole('checkbox', { name: /^SDG 3: / }).check();
  await operator.getByRole('status').filter({ hasText: 'Semua perubahan tersimpan.' }).waitFor();
  await operator.getByRole('button', { name: 'Tandai siap diperiksa' }).click();
  await operator.getByText('Siap diperiksa', { exact: true }).waitFor();

  // 3. The coordinator returns it with a comment.
  const coordinator = await signIn('admin.surabaya@simpul.test');
  await coordinator.goto(proposalUrl);
  await coordinator.getByRole('button', { name: 'Kembalikan dengan catatan' }).click();
  await coordinator.getByLabel('Catatan untuk penyusun').fill('Tambahkan jumlah warga yang dilayani setiap bulan.');
  await coordinator.getByRole('dialog').getByRole('button', { name: 'Kembalikan', exact: true }).click();
  await coordinator.getByText('Dikembalikan', { exact: true }).waitFor();

  // 4. The operator reads the comment, edits, and marks it ready again.
  await operator.reload();
  await operator.getByText('Tambahkan jumlah warga yang dilayani setiap bulan.').first().waitFor();
  await operator.getByLabel('1. Ringkasan inovasi').fill('Mobil klinik mendatangi kampung padat setiap pekan; 1.200 warga dilayani per bulan.');
  await operator.getByRole('status').filter({ hasText: 'Semua perubahan tersimpan.' }).waitFor();
  await operator.getByRole('button', { name: 'Tandai siap diperiksa' }).click();
  await operator.getByText('Siap diperiksa', { exact: true }).waitFor();

  // 5. The coordinator submits and gets the receipt with the content hash.
  await coordinator.reload();
  await coordinator.getByRole('button', { name: 'Kirim ke kementerian' }).click();
  await coordinator.getByRole('dialog').getByRole('button', { name: 'Kirim sekarang' }).click();
  const receipt = coordinator.getByRole('status').filter({ hasText: 'Tanda terima pengiriman' });
  await receipt.waitFor();
  expect(await receipt.textContent()).toMatch(/[0-9a-f]{64}/);
  expect(await receipt.textContent()).toContain('WIB');

  // 6. The secretariat passes the administrative check; the operator reads the outcome.
  await admin.goto(`${baseUrl()}/admin/seleksi-administrasi?competitionId=${competitionId}`);
  // The per-row button is named by its visible word and the proposal number (#20.8).
  await admin.getByRole('button', { name: /^Lolos SC\d{4}-\d{6}$/ }).click();
  await admin.getByRole('dialog').getByLabel('Alasan').fill('Berkas lengkap dan inovasi berusia lebih dari satu tahun.');
  await admin.getByRole('dialog').getByRole('button', { name: 'Simpan keputusan' }).click();
  await admin.getByRole('table').getByText('Lolos administrasi').first().waitFor();

  await operator.reload();
  await operator.getByText('Berkas lengkap dan inovasi berusia lebih dari satu tahun.').waitFor();
  expect(adminErrors).toEqual([]);
  expect(operatorErrors).toEqual([]);
});
