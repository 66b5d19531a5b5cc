import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { multipartFile } from '../helpers/multipart.js';
import { refusedWithoutWrites } from '../helpers/refusals.js';
import type { TestApp } from '../helpers/test-app.js';
import { buildInnovation } from '../helpers/factories-catalog.js';
import { agencyTeam, completeAnswers, openCall, proposalsTestApp, readyProposal, startProposal } from './setup.js';

let t: TestApp;
let admin: Agent;
let call: any;
beforeAll(async () => ({ t, admin, call } = await proposalsTestApp({ withOpenCall: true })));
afterAll(() => t.close());

describe('drafting', () => {
  it('an operator starts from its agency’s innovation, autosaves answers with word counts, and the coordinator returns it', async () => {
    const team = await agencyTeam(t);
    const p = await startProposal(t, team.operator, call, team.agency.id);
    expect(p).toMatchObject({ status: 'draft', version: 1, applicantKind: 'agency', participantType: 'kota' });
    expect(p.number).toMatch(/^KIPP2026-\d{6}$/);

    const saved = await team.operator.patch(`/api/proposals/${p.id}`, { baseVersion: 1, answers: [{ questionId: call.questions[0].id, value: 'Satu dua tiga empat lima.' }] });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(2);
    expect(saved.json().answers[0]).toMatchObject({ questionId: call.questions[0].id, wordCount: 5 });

    // A stale editor (another tab) cannot overwrite the newer version.
    await refusedWithoutWrites(t.db, () => team.operator.patch(`/api/proposals/${p.id}`, { baseVersion: 1, title: 'Judul dari tab lama' }), 409, 'VERSION_CONFLICT');

    const incomplete = await refusedWithoutWrites(t.db, () => team.operator.post(`/api/proposals/${p.id}/ready`), 422, 'ANSWERS_MISSING');
    expect(incomplete.message).toContain('2, 4, 5');

    await team.operator.patch(`/api/proposals/${p.id}`, { baseVersion: 2, answers: completeAnswers(call) });
    const ready = await team.operator.post(`/api/proposals/${p.id}/ready`);
    expect(ready.json().status).toBe('ready');
    expect(ready.json().sdgs).toEqual([3, 10]);
    // Locked while the coordinator reviews.
    await refusedWithoutWrites(t.db, () => team.operator.patch(`/api/proposals/${p.id}`, { baseVersion: ready.json().version, title: 'Ubah saat siap' }), 409, 'PROPOSAL_LOCKED');
    // Operators cannot return or submit; that is the coordinator's.
    await refusedWithoutWrites(t.db, () => team.operator.post(`/api/proposals/${p.id}/return`, { comment: 'Kembalikan sendiri' }), 403, 'FORBIDDEN');

    const returned = await team.coordinator.post(`/api/proposals/${p.id}/return`, { comment: 'Lengkapi data dampak pada pertanyaan 2.' });
    expect(returned.statusCode).toBe(200);
    expect(returned.json().status).toBe('returned');
    const seen = (await team.operator.get(`/api/proposals/${p.id}`)).json();
    expect(seen.returns).toEqual([expect.objectContaining({ comment: 'Lengkapi data dampak pada pertanyaan 2.' })]);
    expect(seen.can).toMatchObject({ edit: true, markReady: true, submit: false });
    const mail = await t.db.selectFrom('outbox').select(['recipient', 'subject']).where('recipient', '=', team.operatorUser.email).execute();
    expect(mail.map((m) => m.subject)).toEqual([`Proposal ${p.number} dikembalikan / returned`]);

    const actions = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', p.id).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['proposal.create', 'proposal.save', 'proposal.save', 'proposal.mark_ready', 'proposal.return']);
  });

  it('creates the innovation in the catalog on the way', async () => {
    const team = await agencyTeam(t);
    const category = await t.db
      .insertInto('innovation_categories')
      .values({ code: 'pelayanan_uji', name_id: 'Pelayanan uji', name_en: 'Test service' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const response = await team.operator.post('/api/proposals', {
      competitionId: call.id,
      groupId: call.groups[0].id,
      categoryId: call.categories[1].id,
      newInnovation: {
        title: 'Sekolah Sungai Terapung',
        summary: 'Perahu sekolah yang mendatangi anak-anak di bantaran sungai setiap pagi.',
        regionCode: '35.78',
        startDate: '2020-07-01',
        categoryId: category.id,
        sdgs: [4],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const p = response.json();
    expect(p.title).toBe('Sekolah Sungai Terapung');
    const innovation = await t.db.selectFrom('innovations').select(['agency_id', 'title']).where('id', '=', p.innovationId).executeTakeFirstOrThrow();
    expect(innovation).toEqual({ agency_id: team.agency.id, title: 'Sekolah Sungai Terapung' });
  });
});

describe('bad input is refused with a clear message and nothing changes', () => {
  it('an answer over its word limit, a wrong answer type, an option not offered, a question of another call', async () => {
    const team = await agencyTeam(t);
    const p = await startProposal(t, team.operator, call, team.agency.id);
    const long = Array.from({ length: 51 }, (_, i) => `kata${i}`).join(' ');
    const overLimit = await refusedWithoutWrites(
      t.db,
      () =>
        team.operator.patch(`/api/proposals/${p.id}`, {
          baseVersion: 1,
          answers: [
            { questionId: call.questions[1].id, value: 'boleh' },
            { questionId: call.questions[0].id, value: long },
          ],
        }),
      400,
      'ANSWER_OVER_WORD_LIMIT',
    );
    expect(overLimit.message).toContain('Pertanyaan 1');
    expect(overLimit.message).toContain('51 kata');
    expect(overLimit.details.fields[0].field).toBe('answers.1.value');
    await refusedWithoutWrites(
      t.db,
      () => team.operator.patch(`/api/proposals/${p.id}`, { baseVersion: 1, answers: [{ questionId: call.questions[2].id, value: 'banyak' }] }),
      400,
      'VALIDATION_FAILED',
    );
    await refusedWithoutWrites(
      t.db,
      () => team.operator.patch(`/api/proposals/${p.id}`, { baseVersion: 1, answers: [{ questionId: call.questions[3].id, value: 'Lainnya' }] }),
      400,
      'VALIDATION_FAILED',
    );
    await refusedWithoutWrites(
      t.db,
      () => team.operator.patch(`/api/proposals/${p.id}`, { baseVersion: 1, answers: [{ questionId: call.questions[4].id, value: [18] }] }),
      400,
      'VALIDATION_FAILED',
    );
    const other = await openCall(admin);
    await refusedWithoutWrites(
      t.db,
      () => team.operator.patch(`/api/proposals/${p.id}`, { baseVersion: 1, answers: [{ questionId: other.questions[0].id, value: 'x' }] }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('a proposal for an innovation of another agency', async () => {
    const mine = await agencyTeam(t);
    const theirs = await agencyTeam(t);
    const innovation = await buildInnovation(t.db, { agencyId: theirs.agency.id });
    const error = await refusedWithoutWrites(
      t.db,
      () => mine.operator.post('/api/proposals', { competitionId: call.id, groupId: call.groups[0].id, categoryId: call.categories[0].id, innovationId: innovation.id }),
      403,
      'INNOVATION_OF_OTHER_AGENCY',
    );
    expect(error.message).toContain('bukan milik instansi Anda');
  });

  it('the same innovation twice in one call', async () => {
    const team = await agencyTeam(t);
    const innovation = await buildInnovation(t.db, { agencyId: team.agency.id });
    const body = { competitionId: call.id, groupId: call.groups[0].id, categoryId: call.categories[0].id, innovationId: innovation.id };
    expect((await team.operator.post('/api/proposals', body)).statusCode).toBe(201);
    await refusedWithoutWrites(t.db, () => team.operator.post('/api/proposals', body), 409, 'INNOVATION_ALREADY_ENTERED');
  });
});

describe('record-level access', () => {
  it('an operator never reads or edits another agency’s draft; the ministry does not see drafts', async () => {
    const mine = await agencyTeam(t);
    const theirs = await agencyTeam(t);
    const p = await startProposal(t, theirs.operator, call, theirs.agency.id);
    expect((await mine.operator.get(`/api/proposals/${p.id}`)).statusCode).toBe(404);
    expect((await mine.coordinator.get(`/api/proposals/${p.id}`)).statusCode).toBe(404);
    await refusedWithoutWrites(t.db, () => mine.operator.patch(`/api/proposals/${p.id}`, { baseVersion: 1, title: 'Diambil alih' }), 404, 'NOT_FOUND');
    expect((await admin.get(`/api/proposals/${p.id}`)).statusCode).toBe(404);
    const list = (await mine.operator.get('/api/proposals')).json();
    expect(list.items.map((i: any) => i.id)).not.toContain(p.id);
    const theirList = (await theirs.coordinator.get('/api/proposals')).json();
    expect(theirList.items.map((i: any) => i.id)).toContain(p.id);
  });

  it('the coordinator of another agency cannot return or submit', async () => {
    const mine = await agencyTeam(t);
    const theirs = await agencyTeam(t);
    const p = await readyProposal(t, theirs.operator, call, theirs.agency.id);
    await refusedWithoutWrites(t.db, () => mine.coordinator.post(`/api/proposals/${p.id}/return`, { comment: 'Bukan urusan saya' }), 404, 'NOT_FOUND');
    await refusedWithoutWrites(t.db, () => mine.coordinator.post(`/api/proposals/${p.id}/submit`), 404, 'NOT_FOUND');
  });
});

const multipart = (filename: string, bytes: Buffer) => multipartFile(filename, bytes, { contentType: 'application/pdf' });

describe('attachments', () => {
  it('accepts a PDF for a file question, refuses a file of the wrong type whatever its name, and serves it back', async () => {
    const team = await agencyTeam(t);
    const p = await startProposal(t, team.operator, call, team.agency.id);
    const fileQuestion = call.questions.find((q: any) => q.answerType === 'file');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const added = await team.operator.request('POST', `/api/proposals/${p.id}/attachments?questionId=${fileQuestion.id}`, multipart('profil-inovasi.pdf', pdf));
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ filename: 'profil-inovasi.pdf', contentType: 'application/pdf', questionId: fileQuestion.id });

    const disguised = await refusedWithoutWrites(
      t.db,
      () => team.operator.request('POST', `/api/proposals/${p.id}/attachments`, multipart('bukan-pdf.pdf', Buffer.from('<html><script>alert(1)</script></html>'))),
      415,
      'FILE_TYPE_NOT_ALLOWED',
    );
    expect(disguised.message).toContain('PDF');

    const download = await team.coordinator.get(`/api/proposals/${p.id}/attachments/${added.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    const other = await agencyTeam(t);
    expect((await other.operator.get(`/api/proposals/${p.id}/attachments/${added.json().id}`)).statusCode).toBe(404);

    const removed = await team.operator.delete(`/api/proposals/${p.id}/attachments/${added.json().id}`);
    expect(removed.statusCode).toBe(204);
    expect((await team.operator.get(`/api/proposals/${p.id}`)).json().attachments).toEqual([]);
  });
});
