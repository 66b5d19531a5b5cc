import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, signedInContext, watchPageErrors } from './browser.js';
import { withYear } from '../../src/common/format.js';

/**
 * The secretariat's hand-redacted copy in the browser, on the demo data's open blind desk round:
 * the ministry opens "Salinan tersamar" for a proposal assigned to the demo evaluator, finds the
 * answers beside their automatic masking, sees the server refuse a bad copy, saves a good one,
 * and the evaluator's review page then shows the redacted title and answer instead of the
 * submitted ones.
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

interface Review {
  proposal: { number: string; title: string; answers: { number: number; question: string; value: unknown }[] };
}

it('saves a redacted copy of a blind round proposal; the evaluator then reads it instead of the original', async () => {
  const admin = await signedIn('admin@simpul.test');
  const evaluator = await signedIn('evaluator@simpul.test');

  // A proposal of the demo's blind desk round that the demo evaluator may open.
  const mine = (
    await evaluator.get<{ items: { roundId: string; roundName: string; proposalId: string; proposalNumber: string; blind: boolean }[] }>('/api/evaluation/my/assignments')
  ).items;
  let target: (typeof mine)[number] | undefined;
  let before: Review | undefined;
  for (const item of mine.filter((i) => i.blind)) {
    const response = await evaluator.context.request.get(`/api/evaluation/rounds/${item.roundId}/proposals/${item.proposalId}/review`);
    if (response.ok()) {
      target = item;
      before = (await response.json()) as Review;
      break;
    }
  }
  if (!target || !before) throw new Error('the demo data has no blind round proposal assigned to evaluator@simpul.test');
  const firstAnswer = before.proposal.answers[0]!;
  expect(typeof firstAnswer.value).toBe('string');

  // Which competition holds the round (for the admin page's picker), and the original title.
  const competitions = (await admin.get<{ items: { id: string; name: string; year: number }[] }>('/api/competitions')).items;
  let competition: (typeof competitions)[number] | undefined;
  for (const c of competitions) {
    const rounds = (await admin.get<{ items: { id: string }[] }>(`/api/evaluation/competitions/${c.id}/rounds`)).items;
    if (rounds.some((r) => r.id === target.roundId)) competition = c;
  }
  if (!competition) throw new Error('round not found among the competitions');
  const original = await admin.get<{ number: string; title: string; automaticTitle: string; stored: unknown; answers: { original: string }[] }>(
    `/api/evaluation/proposals/${target.proposalId}/redaction`,
  );
  expect(original.stored).toBeNull();

  const page = await admin.context.newPage();
  const errors = watchPageErrors(page);
  await page.goto('/admin/penilaian');
  await page.getByRole('combobox', { name: 'Kompetisi' }).click();
  // The selector names a call once with its year (withYear: no "2026 (2026)" when the name has it).
  await page.getByRole('option', { name: withYear(competition.name, competition.year) }).click();
  await page.getByRole('button', { name: `Kelola ${target.roundName}` }).click();
  await page.getByRole('heading', { name: target.roundName }).waitFor();
  const rows = page.getByRole('table', { name: 'Penugasan' }).locator('tbody tr');
  await page.getByLabel('Cari usulan', { exact: true }).fill(original.number);
  await rows.filter({ hasNotText: original.number }).first().waitFor({ state: 'detached' });
  await page.getByRole('button', { name: `Salinan tersamar ${original.number}` }).click();

  const dialog = page.getByRole('dialog', { name: `Salinan tersamar — ${original.number}` });
  await dialog.getByRole('status').filter({ hasText: 'Belum ada salinan tersamar' }).waitFor();
  // The original beside the redacted text, which starts from the automatic masking the evaluator reads today.
  await expect(dialog.getByLabel('Jawaban asli 1', { exact: true }).textContent()).resolves.toBe(original.answers[0]!.original);
  const redactedAnswer = dialog.getByLabel('Jawaban 1 tersamar', { exact: true });
  await expect(redactedAnswer.inputValue()).resolves.toBe(firstAnswer.value);
  await expect(dialog.getByLabel('Judul tersamar', { exact: true }).inputValue()).resolves.toBe(original.automaticTitle);

  // The server's refusal is shown and nothing is stored.
  await dialog.getByLabel('Judul tersamar', { exact: true }).fill('Abc');
  await dialog.getByRole('button', { name: 'Simpan salinan tersamar' }).click();
  await expect(dialog.getByRole('alert').textContent()).resolves.toMatch(/Judul minimal 5 karakter/);
  expect((await admin.get<{ stored: unknown }>(`/api/evaluation/proposals/${target.proposalId}/redaction`)).stored).toBeNull();

  const redactedTitle = 'Layanan kesehatan keliling tanpa nama daerah';
  const redactedText = 'Ringkasan disamarkan oleh sekretariat: petugas mendatangi warga yang sulit menjangkau layanan.';
  await dialog.getByLabel('Judul tersamar', { exact: true }).fill(redactedTitle);
  await redactedAnswer.fill(redactedText);
  await dialog.getByRole('button', { name: 'Simpan salinan tersamar' }).click();
  await dialog.getByRole('status').filter({ hasText: 'Salinan tersamar disimpan.' }).waitFor();
  await dialog
    .getByRole('status')
    .filter({ hasText: `oleh ${admin.user.name}` })
    .waitFor();
  await expect(dialog.getByRole('alert').count()).resolves.toBe(0);
  await expect(redactedAnswer.inputValue()).resolves.toBe(redactedText);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await rows.first().getByText('Salinan tersimpan', { exact: true }).waitFor();

  // The evaluator's review page serves the copy: the redacted title and answer, not the submitted ones.
  const review = await evaluator.context.newPage();
  const reviewErrors = watchPageErrors(review);
  await review.goto(`/penilaian/${target.roundId}/${target.proposalId}`);
  await review.getByRole('heading', { name: `${target.proposalNumber} — ${redactedTitle}` }).waitFor();
  await review.getByText(redactedText, { exact: true }).waitFor();
  // The demo round is scheduled in the call's desk-evaluation stage: the reviewer is told until when scores may change.
  await review.getByText(/^Nilai dapat diubah sampai .+\.$/).waitFor();
  const shown = (await review.locator('main').textContent()) ?? '';
  expect(shown).not.toContain(original.title);
  expect(shown).not.toContain(original.answers[0]!.original);
  expect(shown).not.toContain(firstAnswer.value as string);
  // The browser logs the refused PUT (400) as a failed resource; nothing else may go wrong.
  expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  expect(errors.filter((e) => /status of 400/.test(e))).toHaveLength(1);
  expect(reviewErrors).toEqual([]);
});
