import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { blindCode } from '../../src/server/modules/evaluation/redaction.js';
import { competitionBody } from '../competitions/fixtures.js';
import { baseUrl, launchBrowser, signedInContext, signInThroughForm, watchPageErrors } from './browser.js';

/**
 * A small competition end to end in the browser: three Surabaya proposals pass the administrative
 * check (set up through the real API), the ministry assigns the demo evaluator, the evaluator
 * scores in the form with its live total, the ministry closes the round, ranks, selects the Top 2,
 * publishes and finalises with the decree, and the award shows on the catalog innovation and the
 * public results page.
 */
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

async function signedIn(email: string) {
  const signed = await signedInContext(browser, email);
  contexts.push(signed.context);
  return signed;
}

it('assign, score, rank, select, publish, and see the award', async () => {
  const admin = await signedIn('admin@simpul.test');
  const operator = await signedIn('operator.surabaya@simpul.test');
  const coordinator = await signedIn('admin.surabaya@simpul.test');

  // A small call and three Surabaya proposals that pass the administrative check.
  const body = competitionBody({ name: `KIPP Mini ${Date.now().toString(36)}` });
  body.groups = body.groups.map((g) => ({ ...g, maxProposalsPerAgency: 5 }));
  const created = await admin.call('post', '/api/competitions', body);
  const call = await admin.call('post', `/api/competitions/${created.id}/status`, { to: 'published' });
  const categories = (await (await operator.context.request.get('/api/innovation-categories')).json()).items;
  const titles = ['Layanan Kesehatan Keliling Pulau', 'Sekolah Sungai untuk Anak Nelayan', 'Pasar Digital Warga Kampung'];
  const innovationIds: string[] = [];
  const proposalIds: string[] = [];
  for (const title of titles) {
    const p = await operator.call('post', '/api/proposals', {
      competitionId: call.id,
      groupId: call.groups[0].id,
      categoryId: call.categories[0].id,
      newInnovation: {
        title,
        summary: `${title}: layanan yang mendekatkan pemerintah kota kepada warga.`,
        regionCode: '35.78',
        startDate: '2021-01-10',
        categoryId: categories[0].id,
        sdgs: [3],
      },
    });
    innovationIds.push(p.innovationId);
    proposalIds.push(p.id);
    const q = call.questions;
    await operator.call('patch', `/api/proposals/${p.id}`, {
      baseVersion: p.version,
      answers: [
        { questionId: q[0].id, value: `${title} menjangkau warga yang sebelumnya sulit mendapat layanan.` },
        { questionId: q[1].id, value: 'Sebelum inovasi ini warga harus menempuh perjalanan jauh dan antre lama sehingga banyak kebutuhan tidak terlayani.' },
        { questionId: q[3].id, value: 'Pelayanan publik' },
        { questionId: q[4].id, value: [3, 10] },
      ],
    });
    await coordinator.call('post', `/api/proposals/${p.id}/submit`);
    await admin.call('post', `/api/admin-checks/${p.id}/decision`, { decision: 'passed' });
  }
  const evaluatorUser = (await (await admin.context.request.get('/api/users?role=evaluator&q=evaluator%40simpul.test')).json()).items[0];

  // The ministry configures the round in the browser.
  const page = await admin.context.newPage();
  const errors = watchPageErrors(page);
  await page.goto('/admin/penilaian');
  await page.getByRole('combobox', { name: 'Kompetisi' }).click();
  await page.getByRole('option', { name: new RegExp(body.name) }).click();
  await page.getByLabel('Nama tahap', { exact: true }).fill('Evaluasi dokumen');
  await page.getByLabel('Penilai per usulan', { exact: true }).fill('1');
  await page.getByRole('button', { name: 'Buat tahap' }).click();
  await page.getByRole('heading', { name: 'Evaluasi dokumen' }).waitFor();
  await page.getByText('3 usulan · 0 penugasan').waitFor();
  // A new round starts from the KIPP criteria in the editor; the ministry adjusts and saves them.
  const first = page.getByRole('group', { name: 'Kriteria 1' });
  await first.getByLabel('Nama kriteria 1').fill('Kebaruan gagasan');
  await first.getByLabel('Nama dalam bahasa Inggris').fill('Novelty of the idea');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Kriteria disimpan.' }).waitFor();
  await page.getByLabel('Anggota tim penilai', { exact: true }).first().click();
  await page.getByRole('option', { name: new RegExp(evaluatorUser.email) }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Simpan tim penilai' }).click();
  await page.getByRole('status').filter({ hasText: 'Tim penilai disimpan.' }).waitFor();
  await page.getByRole('button', { name: 'Periksa konflik' }).click();
  await page.getByText('0 konflik kepentingan.').waitFor();
  await page.getByRole('button', { name: 'Tugaskan otomatis' }).click();
  await page.getByText('3 usulan · 3 penugasan (3 belum diumumkan)').waitFor();
  await page.getByRole('button', { name: 'Umumkan penugasan' }).click();
  await page.getByText('3 usulan · 3 penugasan (0 belum diumumkan)').waitFor();
  // The assignment table is paged and filtered on the server: a title search leaves one proposal.
  const assignmentRows = page.getByRole('table', { name: 'Penugasan' }).locator('tbody tr');
  await assignmentRows.nth(2).waitFor();
  await page.getByLabel('Cari usulan', { exact: true }).fill('sungai');
  await assignmentRows.filter({ hasText: titles[2]! }).waitFor({ state: 'detached' });
  expect(await assignmentRows.count()).toBe(1);
  await expect(assignmentRows.first().textContent()).resolves.toContain(titles[1]);
  await page.getByLabel('Cari usulan', { exact: true }).fill('');
  await assignmentRows.nth(2).waitFor();
  await page.getByRole('button', { name: 'Buka penilaian' }).click();
  await page.getByRole('button', { name: 'Tutup penilaian' }).waitFor();

  // The evaluator scores each proposal in the form; the live total follows the inputs.
  const evaluator = await browser.newContext({ baseURL: baseUrl() });
  contexts.push(evaluator);
  const ev = await evaluator.newPage();
  const evErrors = watchPageErrors(ev);
  await signInThroughForm(ev, 'evaluator@simpul.test');
  await ev.getByRole('link', { name: 'Penilaian saya' }).first().click();
  // A blind round lists each proposal under a code of the round and the proposal, not its published title.
  const roundId = (await admin.get<{ items: { id: string }[] }>(`/api/evaluation/competitions/${call.id}/rounds`)).items[0]!.id;
  for (const [i, title] of titles.entries()) {
    await expect(ev.getByRole('link', { name: new RegExp(title) }).count()).resolves.toBe(0);
    await ev.getByRole('link', { name: new RegExp(blindCode(roundId, proposalIds[i]!)) }).click();
    await ev.getByRole('heading', { name: 'Lembar penilaian' }).waitFor();
    // Blind round: the agency is masked.
    await ev.getByText('[disamarkan]').first().waitFor();
    const score = String(10 - 3 * i);
    for (const name of ['Kebaruan gagasan', 'Efektivitas', 'Kebermanfaatan', 'Dapat direplikasi']) await ev.getByLabel(name, { exact: true }).fill(score);
    // Indonesian decimal comma (#20.1).
    const expected = (((10 - 3 * i - 1) / 9) * 100).toFixed(2).replace('.', ',');
    await ev.getByText(`Nilai total sementara: ${expected}`).waitFor();
    await ev.getByRole('button', { name: 'Kirim nilai' }).click();
    await ev
      .getByRole('status')
      .filter({ hasText: `Nilai terkirim (total ${expected})` })
      .waitFor();
    await ev.goBack();
    await ev.getByRole('table', { name: 'Penilaian saya' }).waitFor();
  }
  // The list refetches after each submission: wait until all three show as submitted.
  await ev.getByText('Terkirim', { exact: true }).nth(2).waitFor();
  expect(await ev.getByText('Terkirim', { exact: true }).count()).toBe(3);
  // The evaluator declares a conflict of interest (a region with no proposal here).
  await ev.getByText('Wilayah', { exact: true }).click();
  await ev.getByLabel('Kode wilayah', { exact: true }).fill('11');
  await ev.getByLabel('Alasan', { exact: true }).fill('Pernah menjadi konsultan pemerintah Aceh');
  await ev.getByRole('button', { name: 'Nyatakan konflik' }).click();
  await ev.getByRole('status').filter({ hasText: 'Konflik kepentingan dicatat.' }).waitFor();

  // The ministry follows progress: every review is submitted, none is left as a draft.
  const reviewState = page.getByLabel('Status penilaian', { exact: true });
  await reviewState.selectOption({ label: 'Draf' });
  await page.getByText('Tidak ada usulan yang cocok dengan saringan ini.').waitFor();
  await reviewState.selectOption({ label: 'Terkirim' });
  await assignmentRows.nth(2).waitFor();
  expect(await assignmentRows.filter({ hasText: '· Terkirim' }).count()).toBe(3);
  await reviewState.selectOption({ label: 'Semua status' });

  // The ministry closes the round, reads the ranking, selects the Top 2 and finalises.
  await page.getByRole('button', { name: 'Tutup penilaian' }).click();
  const results = page.getByRole('table', { name: 'Hasil penilaian' });
  await results.waitFor();
  const firstRow = results.getByRole('row').nth(1);
  await expect(firstRow.textContent()).resolves.toContain(titles[0]);
  await page.getByLabel('Nama seleksi', { exact: true }).fill('Top 2');
  await page.getByLabel('Jumlah (N)', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Susun seleksi' }).click();
  await page.getByText('2 dari 2 terpilih').waitFor();
  // The independent panel sees the list to decide on (with the reasons the system computed).
  const panel = await signedIn('panel@simpul.test');
  const panelPage = await panel.context.newPage();
  await panelPage.goto('/panel/seleksi');
  await panelPage.getByRole('table', { name: 'Top 2' }).waitFor();
  await expect(panelPage.getByRole('table', { name: 'Top 2' }).textContent()).resolves.toContain('Di bawah batas');
  await expect(panelPage.getByRole('button', { name: 'Umumkan dan buka masa sanggah' }).count()).resolves.toBe(0);
  await panelPage.close();
  await page.getByLabel('Masa sanggah (jam)', { exact: true }).fill('0');
  await page.getByRole('button', { name: 'Umumkan dan buka masa sanggah' }).click();
  await page.getByLabel('Nomor keputusan', { exact: true }).fill('KEP/2/2026');
  await page.getByLabel('Tanggal keputusan', { exact: true }).fill('2026-11-20');
  await page.getByRole('button', { name: 'Tetapkan' }).click();
  await page.getByText('Ditetapkan dengan keputusan KEP/2/2026 tanggal 2026-11-20').waitFor();
  await expect(page.getByRole('link', { name: 'Sertifikat (PDF)' }).count()).resolves.toBe(2);

  // The award is on the catalog innovation, and the public page lists the winners.
  const innovation = await (await operator.context.request.get(`/api/innovations/${innovationIds[0]}`)).json();
  expect(innovation.awards.map((a: { level: string }) => a.level)).toContain('top_99');
  const loser = await (await operator.context.request.get(`/api/innovations/${innovationIds[2]}`)).json();
  expect(loser.awards).toEqual([]);
  // ... and on the innovation's catalog page.
  const catalogPage = await operator.context.newPage();
  await catalogPage.goto(`/katalog/${innovationIds[0]}`);
  await catalogPage.getByText(`Top 99 ${body.name}`, { exact: false }).waitFor();
  await catalogPage.close();
  const visitor = await browser.newPage({ baseURL: baseUrl() });
  await visitor.goto(`/hasil/${call.id}`);
  await visitor.getByRole('heading', { name: 'Top 2' }).waitFor();
  const winners = visitor.getByRole('table', { name: 'Top 2' });
  await expect(winners.textContent()).resolves.toContain(titles[0]);
  await expect(winners.textContent()).resolves.not.toContain(titles[2]);
  await visitor.close();
  expect(errors).toEqual([]);
  expect(evErrors).toEqual([]);
});
