import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nonsenseKind, similarity } from '../../src/server/modules/proposals/admin-check/text-signals.js';
import type { Agent } from '../helpers/agent.js';
import { databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { buildInnovation } from '../helpers/factories-catalog.js';
import { agencyTeam, completeAnswers, openCall, proposalsTestApp } from './setup.js';

let t: TestApp;
let admin: Agent;
let call: any;
const BACKGROUND =
  'Sebelum inovasi ini warga di pulau kecil harus menyeberang dua jam dengan perahu untuk berobat ke puskesmas induk sehingga banyak penyakit terlambat ditangani dan angka kunjungan sangat rendah.';

beforeAll(async () => ({ t, admin, call } = await proposalsTestApp({ withOpenCall: true })));
afterAll(() => t.close());

/** A submitted proposal with the given title and answer 2 (background). */
async function submitted(title: string, background: string, summary?: string) {
  const team = await agencyTeam(t);
  const innovation = await buildInnovation(t.db, { agencyId: team.agency.id, title, startDate: '2021-01-10' });
  const p = (
    await team.operator.post('/api/proposals', { competitionId: call.id, groupId: call.groups[0].id, categoryId: call.categories[0].id, innovationId: innovation.id })
  ).json();
  const answers = completeAnswers(call);
  answers[1] = { questionId: call.questions[1].id, value: background };
  if (summary) answers[0] = { questionId: call.questions[0].id, value: summary };
  await team.operator.patch(`/api/proposals/${p.id}`, { baseVersion: p.version, answers });
  const receipt = await team.coordinator.post(`/api/proposals/${p.id}/submit`);
  if (receipt.statusCode !== 200) throw new Error(receipt.body);
  return { ...p, team };
}

describe('text signals', () => {
  it('measures trigram similarity like pg_trgm and spots filler', () => {
    expect(similarity('Layanan Kesehatan Keliling', 'layanan kesehatan keliling!')).toBe(1);
    expect(similarity('Sekolah Sungai', 'Pasar Digital')).toBeLessThan(0.2);
    expect(nonsenseKind('asdf')).toBe('placeholder_text');
    expect(nonsenseKind('bagus bagus bagus bagus bagus bagus bagus bagus bagus bagus bagus bagus bagus bagus bagus bagus bagus bagus bagus bagus')).toBe('repetitive_words');
    expect(nonsenseKind('qwrt pkjhg zxcvb mnbvc lkjhg sdfgh')).toBe('keyboard_mash');
    expect(nonsenseKind(BACKGROUND)).toBeNull();
  });
});

describe('administrative check', () => {
  it('flags copy-paste across proposals, answers repeated within one, nonsense and duplicate titles', async () => {
    const original = await submitted('Puskesmas Terapung Kepulauan Seribu', BACKGROUND);
    const copy = await submitted('Puskesmas Terapung Kepulauan Seribu Baru', BACKGROUND, BACKGROUND.split(' ').slice(0, 40).join(' '));
    const mash = await submitted('Aplikasi Antrean Pasar Tradisional', 'qwrt pkjhg zxcvb mnbvc lkjhg sdfgh wrtyp');

    const list = await admin.get(`/api/admin-checks?competitionId=${call.id}&pageSize=50`);
    expect(list.statusCode, list.body).toBe(200);
    const byId = new Map(list.json().items.map((i: any) => [i.proposalId, i]));
    const flagsOf = (id: string) => (byId.get(id) as any).flags;

    expect(flagsOf(copy.id).copiedAcross).toEqual([expect.objectContaining({ question: 2, otherProposalId: original.id, similarity: 1 })]);
    expect(flagsOf(copy.id).copiedWithin).toEqual([expect.objectContaining({ questions: [1, 2] })]);
    expect(flagsOf(copy.id).duplicateTitles).toEqual(expect.arrayContaining([expect.objectContaining({ source: 'proposal', id: original.id })]));
    expect(flagsOf(mash.id).nonsense).toEqual([{ question: 2, kind: 'keyboard_mash' }]);
    expect(flagsOf(mash.id).copiedAcross).toEqual([]);
    expect(flagsOf(original.id).age).toEqual({ ok: true, months: expect.any(Number), requiredMonths: 12 });
    expect((byId.get(mash.id) as any).flagCount).toBeGreaterThan(0);
  });

  it('records pass or fail with a reason the participant reads; a fail needs a reason; corrections are audited', async () => {
    const p = await submitted('Pelayanan Akta Kelahiran di Rumah Sakit', BACKGROUND);
    const before = await databaseFingerprint(t.db);
    const noReason = await admin.post(`/api/admin-checks/${p.id}/decision`, { decision: 'failed' });
    expect(noReason.statusCode).toBe(400);
    // The message names the field in words; the field's key is in the details.
    expect(noReason.json().error.message).toBe('Alasan wajib diisi bila proposal tidak lolos; peserta akan membacanya.');
    expect(noReason.json().error.details.fields).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect(await databaseFingerprint(t.db)).toEqual(before);

    const failed = await admin.post(`/api/admin-checks/${p.id}/decision`, {
      decision: 'failed',
      reason: 'Inovasi belum berjalan 12 bulan saat batas waktu.',
      checklist: { ageOk: false, complete: true },
    });
    expect(failed.json()).toMatchObject({ status: 'failed' });
    const seen = (await p.team.operator.get(`/api/proposals/${p.id}`)).json();
    expect(seen.adminCheck).toMatchObject({ status: 'failed', reason: 'Inovasi belum berjalan 12 bulan saat batas waktu.' });
    expect((await admin.post(`/api/admin-checks/${p.id}/decision`, { decision: 'failed', reason: 'Sekali lagi gagal' })).json().error.code).toBe('INVALID_TRANSITION');
    expect((await admin.post(`/api/admin-checks/${p.id}/decision`, { decision: 'passed' })).json()).toMatchObject({ status: 'passed', reason: null });
    const actions = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', p.id).where('action', 'like', 'proposal.admin_check%').orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['proposal.admin_check.fail', 'proposal.admin_check.pass']);
  });

  it('applies one decision to a filtered list in bulk, skipping what is already decided', async () => {
    const bulkCall = await openCall(admin);
    const team = await agencyTeam(t, 'kabupaten');
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const innovation = await buildInnovation(t.db, { agencyId: team.agency.id });
      const p = (
        await team.operator.post('/api/proposals', {
          competitionId: bulkCall.id,
          groupId: bulkCall.groups[0].id,
          categoryId: bulkCall.categories[0].id,
          innovationId: innovation.id,
        })
      ).json();
      await team.operator.patch(`/api/proposals/${p.id}`, { baseVersion: 1, answers: completeAnswers(bulkCall) });
      await team.coordinator.post(`/api/proposals/${p.id}/submit`);
      ids.push(p.id);
    }
    await admin.post(`/api/admin-checks/${ids[0]}/decision`, { decision: 'passed' });
    const result = await admin.post('/api/admin-checks/bulk', { decision: 'passed', filter: { competitionId: bulkCall.id, participantType: 'kabupaten' } });
    expect(result.json()).toEqual({
      dryRun: false,
      updated: 1,
      changes: { pendingToPassed: 1, pendingToFailed: 0, passedToFailed: 0, failedToPassed: 0 },
      skippedDecided: 0,
      skipped: [{ proposalId: ids[0], reason: 'already_passed' }],
    });
    const pending = await admin.get(`/api/admin-checks?competitionId=${bulkCall.id}&status=pending`);
    expect(pending.json().total).toBe(0);
  });

  it('never overturns a decided proposal in bulk without the explicit choice, and previews exactly what would change', async () => {
    const bulkCall = await openCall(admin);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      // One agency each: a group caps the proposals per agency.
      const team = await agencyTeam(t, 'kota');
      const innovation = await buildInnovation(t.db, { agencyId: team.agency.id });
      const p = (
        await team.operator.post('/api/proposals', {
          competitionId: bulkCall.id,
          groupId: bulkCall.groups[0].id,
          categoryId: bulkCall.categories[0].id,
          innovationId: innovation.id,
        })
      ).json();
      await team.operator.patch(`/api/proposals/${p.id}`, { baseVersion: 1, answers: completeAnswers(bulkCall) });
      const submittedNow = await team.coordinator.post(`/api/proposals/${p.id}/submit`);
      expect(submittedNow.statusCode, submittedNow.body).toBe(200);
      ids.push(p.id);
    }
    const [passed, failed, pending] = ids as [string, string, string];
    await admin.post(`/api/admin-checks/${passed}/decision`, { decision: 'passed' });
    await admin.post(`/api/admin-checks/${failed}/decision`, { decision: 'failed', reason: 'Dokumen pendukung tidak ada.' });
    const everything = { competitionId: bulkCall.id };
    const statusOf = async (id: string) => (await t.db.selectFrom('proposal_admin_checks').select('status').where('proposal_id', '=', id).executeTakeFirstOrThrow()).status;

    // The preview ("Semua" filter, pass everything) says what would change and writes nothing.
    const before = await databaseFingerprint(t.db);
    const preview = (await admin.post('/api/admin-checks/bulk', { decision: 'passed', filter: everything, dryRun: true })).json();
    expect(preview).toMatchObject({ dryRun: true, updated: 1, skippedDecided: 1, changes: { pendingToPassed: 1, pendingToFailed: 0, passedToFailed: 0, failedToPassed: 0 } });
    expect(preview.skipped).toEqual(
      expect.arrayContaining([
        { proposalId: passed, reason: 'already_passed' },
        { proposalId: failed, reason: 'decided_failed' },
      ]),
    );
    const withOverturn = (await admin.post('/api/admin-checks/bulk', { decision: 'passed', filter: everything, dryRun: true, overturnDecided: true })).json();
    expect(withOverturn).toMatchObject({ updated: 2, skippedDecided: 0, changes: { pendingToPassed: 1, failedToPassed: 1 } });
    // A preview of a fail needs no reason yet.
    expect((await admin.post('/api/admin-checks/bulk', { decision: 'failed', filter: everything, dryRun: true })).json()).toMatchObject({
      updated: 1,
      skippedDecided: 1,
      changes: { pendingToFailed: 1 },
    });
    expect(await databaseFingerprint(t.db)).toEqual(before);

    // Passing everything without the choice leaves the failed one failed and says so.
    const applied = (await admin.post('/api/admin-checks/bulk', { decision: 'passed', filter: everything })).json();
    expect(applied).toMatchObject({ dryRun: false, updated: 1, skippedDecided: 1, changes: { pendingToPassed: 1, failedToPassed: 0 } });
    expect([await statusOf(passed), await statusOf(failed), await statusOf(pending)]).toEqual(['passed', 'failed', 'passed']);

    // With the explicit choice the decided ones are overturned, each audited as such.
    const overturned = (
      await admin.post('/api/admin-checks/bulk', { decision: 'failed', reason: 'Verifikasi ulang: berkas tidak sah.', proposalIds: [passed, pending], overturnDecided: true })
    ).json();
    expect(overturned).toMatchObject({ updated: 2, skippedDecided: 0, changes: { passedToFailed: 2, pendingToFailed: 0 } });
    expect([await statusOf(passed), await statusOf(pending)]).toEqual(['failed', 'failed']);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['entity_id', 'after'])
      .where('entity_id', 'in', [passed, pending])
      .where('action', '=', 'proposal.admin_check.fail')
      .execute();
    expect(audit).toHaveLength(2);
    for (const entry of audit) expect(entry.after).toMatchObject({ status: 'failed', bulk: true, overturned: true });
  });

  it('is the ministry’s alone', async () => {
    for (const role of ['agency_admin', 'agency_operator', 'citizen', 'evaluator'] as const) {
      const agent = (await t.signedIn(role)).agent;
      expect((await agent.get(`/api/admin-checks?competitionId=${call.id}`)).statusCode).toBe(403);
      expect((await agent.get(`/api/competitions/${call.id}/stats`)).statusCode).toBe(403);
    }
  });
});

describe('views: live counts and exports', () => {
  it('counts by stage, group, category, province and participant type, and exports them as CSV and XLSX', async () => {
    const statsCall = await openCall(admin);
    const team = await agencyTeam(t, 'kota');
    const draftInnovation = await buildInnovation(t.db, { agencyId: team.agency.id });
    await team.operator.post('/api/proposals', {
      competitionId: statsCall.id,
      groupId: statsCall.groups[1].id,
      categoryId: statsCall.categories[1].id,
      innovationId: draftInnovation.id,
    });
    const innovation = await buildInnovation(t.db, { agencyId: team.agency.id });
    const p = (
      await team.operator.post('/api/proposals', {
        competitionId: statsCall.id,
        groupId: statsCall.groups[0].id,
        categoryId: statsCall.categories[0].id,
        innovationId: innovation.id,
      })
    ).json();
    await team.operator.patch(`/api/proposals/${p.id}`, { baseVersion: 1, answers: completeAnswers(statsCall) });
    await team.coordinator.post(`/api/proposals/${p.id}/submit`);

    const stats = (await admin.get(`/api/competitions/${statsCall.id}/stats`)).json();
    expect(stats.totals).toMatchObject({ registered: 2, drafting: 1, submitted: 1, checkPending: 1, withdrawn: 0 });
    expect(stats.byGroup.map((g: any) => [g.key, g.registered, g.submitted])).toEqual([
      ['umum', 1, 1],
      ['replikasi', 1, 0],
    ]);
    expect(stats.byProvince).toEqual([expect.objectContaining({ key: '35', label: expect.stringMatching(/JAWA TIMUR/i), registered: 2 })]);
    expect(stats.byParticipantType).toEqual([expect.objectContaining({ key: 'kota', registered: 2 })]);

    const csv = await admin.get(`/api/competitions/${statsCall.id}/export?report=proposals&format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(2); // header + the submitted one; the draft stays private
    expect(lines[1]).toContain(p.number);

    const xlsx = await admin.request('GET', `/api/competitions/${statsCall.id}/export?report=counts&format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Rekap')!;
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['total', 'all', 2, 1]));
  });
});
