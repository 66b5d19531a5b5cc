import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { refusedWithoutWrites } from '../helpers/refusals.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { competitionBody, publishedCompetition } from './fixtures.js';

let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.signedIn('ministry_admin')).agent;
});
afterAll(() => t.close());

describe('competition configuration', () => {
  it('creates a draft with groups, rules, categories, a numbered form and stages, with an audit entry', async () => {
    const body = competitionBody({ name: 'KIPP Konfigurasi 2026' });
    const response = await admin.post('/api/competitions', body);
    expect(response.statusCode).toBe(201);
    const c = response.json();
    expect(c.status).toBe('draft');
    expect(c.groups.map((g: any) => g.code)).toEqual(['umum', 'replikasi']);
    expect(c.groups[0]).toMatchObject({ minInnovationAgeMonths: 12, excludedAwardLevels: ['top_5', 'top_45'], maxProposalsPerAgency: 2 });
    expect(c.questions.map((q: any) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(c.questions[0]).toMatchObject({ title: 'Ringkasan inovasi', wordLimit: 50, required: true, answerType: 'long_text' });
    expect(c.phase).toBe('open');
    expect(c.submissionDeadline).toBe(body.stages[0]!.endsAt);
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', c.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['competition.create']);
  });

  it('keeps drafts away from participants and the public until published', async () => {
    const draft = (await admin.post('/api/competitions', competitionBody())).json();
    const operator = (await t.signedIn('agency_operator')).agent;
    expect((await operator.get(`/api/competitions/${draft.id}`)).statusCode).toBe(404);
    expect((await t.agent().get('/api/competitions')).json().items.map((c: any) => c.id)).not.toContain(draft.id);
    await admin.post(`/api/competitions/${draft.id}/status`, { to: 'published' });
    expect((await operator.get(`/api/competitions/${draft.id}`)).statusCode).toBe(200);
    expect((await t.agent().get('/api/competitions')).json().items.map((c: any) => c.id)).toContain(draft.id);
  });

  it('reorders and edits the form: ids keep their rows, numbers follow the order', async () => {
    const c = (await admin.post('/api/competitions', competitionBody())).json();
    const [q1, q2] = c.questions;
    const response = await admin.request('PUT', `/api/competitions/${c.id}/questions`, {
      body: {
        questions: [
          { id: q2.id, title: 'Masalah yang diselesaikan', answerType: 'long_text', wordLimit: 400 },
          { id: q1.id, title: q1.title, answerType: 'long_text', wordLimit: 60, helpText: 'Maksimal 60 kata' },
          { title: 'Keterkaitan SDGs', answerType: 'sdg_list' },
        ],
      },
    });
    expect(response.statusCode).toBe(200);
    const questions = response.json().questions;
    expect(questions.map((q: any) => [q.number, q.id === q2.id, q.wordLimit])).toEqual([
      [1, true, 400],
      [2, false, 60],
      [3, false, null],
    ]);
    expect(questions[1]).toMatchObject({ id: q1.id, helpText: 'Maksimal 60 kata' });
  });

  it('swaps group codes in one replacement', async () => {
    const c = (await admin.post('/api/competitions', competitionBody())).json();
    const [a, b] = c.groups;
    const response = await admin.request('PUT', `/api/competitions/${c.id}/groups`, {
      body: {
        groups: [
          { ...a, code: b.code },
          { ...b, code: a.code },
        ],
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().groups.map((g: any) => [g.id, g.code])).toEqual([
      [a.id, b.code],
      [b.id, a.code],
    ]);
  });

  it('refuses a publication that lacks what participants need, naming it', async () => {
    const c = (await admin.post('/api/competitions', competitionBody({ groups: [], stages: [] }))).json();
    const error = await refusedWithoutWrites(t.db, () => admin.post(`/api/competitions/${c.id}/status`, { to: 'published' }), 422, 'COMPETITION_INCOMPLETE');
    expect(error.message).toContain('kelompok');
    expect(error.message).toContain('registration');
  });

  it('requires an SDG question when SDG linkage is required', async () => {
    const c = (await admin.post('/api/competitions', competitionBody({ questions: [{ title: 'Ringkasan', answerType: 'long_text' }] }))).json();
    const error = await refusedWithoutWrites(t.db, () => admin.post(`/api/competitions/${c.id}/status`, { to: 'published' }), 422, 'COMPETITION_INCOMPLETE');
    expect(error.message).toContain('sdg_list');
    await admin.patch(`/api/competitions/${c.id}`, { sdgRequired: false });
    expect((await admin.post(`/api/competitions/${c.id}/status`, { to: 'published' })).statusCode).toBe(200);
  });

  it('clones a previous year into an editable draft with stage dates moved by a year', async () => {
    const source = await publishedCompetition(admin, { name: 'KIPP 2025 Sumber', year: 2025 });
    const response = await admin.post(`/api/competitions/${source.id}/clone`, { year: 2026 });
    expect(response.statusCode).toBe(201);
    const clone = response.json();
    expect(clone).toMatchObject({ name: 'KIPP 2026 Sumber', year: 2026, status: 'draft', clonedFrom: source.id });
    expect(clone.groups.map((g: any) => g.code)).toEqual(source.groups.map((g: any) => g.code));
    expect(clone.groups[0].id).not.toBe(source.groups[0].id);
    expect(clone.questions.map((q: any) => q.title)).toEqual(source.questions.map((q: any) => q.title));
    const shifted = new Date(source.stages[0].startsAt);
    shifted.setUTCFullYear(shifted.getUTCFullYear() + 1);
    expect(clone.stages[0].startsAt).toBe(shifted.toISOString());
    const edited = await admin.patch(`/api/competitions/${clone.id}`, { theme: 'Tema baru' });
    expect(edited.json().theme).toBe('Tema baru');
  });
});

describe('bad configuration is refused, naming the field, and writes nothing', () => {
  it('a stage that ends before it starts', async () => {
    const body = competitionBody();
    body.stages[0] = { ...body.stages[0]!, endsAt: body.stages[0]!.startsAt };
    const error = await refusedWithoutWrites(t.db, () => admin.post('/api/competitions', body), 400, 'VALIDATION_FAILED');
    expect(error.details.fields[0].field).toBe('stages.0.endsAt');
  });

  it('a choice question without options, a word limit on a number, duplicate group codes', async () => {
    const noOptions = competitionBody({ questions: [{ title: 'Pilih', answerType: 'choice' }] });
    expect((await refusedWithoutWrites(t.db, () => admin.post('/api/competitions', noOptions), 400, 'VALIDATION_FAILED')).details.fields[0].field).toBe('questions.0.options');
    const limitOnNumber = competitionBody({ questions: [{ title: 'Angka', answerType: 'number', wordLimit: 10 }] });
    expect((await refusedWithoutWrites(t.db, () => admin.post('/api/competitions', limitOnNumber), 400, 'VALIDATION_FAILED')).details.fields[0].field).toBe(
      'questions.0.wordLimit',
    );
    const twice = competitionBody({
      groups: [
        { code: 'umum', name: 'A' },
        { code: 'umum', name: 'B' },
      ],
    });
    expect((await refusedWithoutWrites(t.db, () => admin.post('/api/competitions', twice), 400, 'VALIDATION_FAILED')).details.fields[0].field).toBe('groups.1.code');
  });

  it('a group open to a participant type the competition does not allow', async () => {
    const body = competitionBody({ groups: [{ code: 'warga', name: 'Warga', participantTypes: ['citizen'] }] });
    const error = await refusedWithoutWrites(t.db, () => admin.post('/api/competitions', body), 400, 'VALIDATION_FAILED');
    expect(error.message).toContain('citizen');
  });

  it('an unknown answer type, in English on request', async () => {
    const en = await admin.request('POST', '/api/competitions', {
      body: competitionBody({ questions: [{ title: 'X', answerType: 'essay' }] }),
      headers: { 'accept-language': 'en' },
    });
    expect(en.statusCode).toBe(400);
    expect(en.json().error.message).toMatch(/Answer type \(row 1\) must be one of/);
  });

  it('a duplicate name for the same year', async () => {
    await admin.post('/api/competitions', competitionBody({ name: 'KIPP Kembar', year: 2024 }));
    await refusedWithoutWrites(t.db, () => admin.post('/api/competitions', competitionBody({ name: 'kipp kembar', year: 2024 })), 409, 'COMPETITION_NAME_TAKEN');
  });

  it('an id from another competition in a section list', async () => {
    const a = (await admin.post('/api/competitions', competitionBody())).json();
    const b = (await admin.post('/api/competitions', competitionBody())).json();
    const error = await refusedWithoutWrites(
      t.db,
      () => admin.request('PUT', `/api/competitions/${b.id}/categories`, { body: { categories: [{ id: a.categories[0].id, code: 'x1', name: 'Asing' }] } }),
      400,
      'VALIDATION_FAILED',
    );
    expect(error.details.fields[0].field).toBe('categories.0.id');
  });

  it('configuration by anyone but the ministry', async () => {
    for (const role of ['agency_admin', 'agency_operator', 'citizen', 'evaluator'] as const) {
      const agent = (await t.signedIn(role)).agent;
      await refusedWithoutWrites(t.db, () => agent.post('/api/competitions', competitionBody()), 403, 'FORBIDDEN');
    }
  });
});

describe('OpenAPI', () => {
  it('documents the competitions, proposals and administrative-check API', async () => {
    const doc = (await t.agent().get('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/competitions',
        '/api/competitions/{competitionId}',
        '/api/competitions/{competitionId}/questions',
        '/api/competitions/{competitionId}/clone',
        '/api/competitions/{competitionId}/stats',
        '/api/competitions/{competitionId}/export',
        '/api/proposals',
        '/api/proposals/{proposalId}',
        '/api/proposals/{proposalId}/submit',
        '/api/proposals/{proposalId}/attachments',
        '/api/proposals/{proposalId}/receipt',
        '/api/admin-checks',
        '/api/admin-checks/bulk',
      ]),
    );
    expect(doc.paths['/api/competitions/{competitionId}/questions'].put.requestBody).toBeDefined();
    expect(doc.paths['/api/proposals/{proposalId}/submit'].post.parameters.map((p: any) => p.name)).toContain('idempotency-key');
  });
});
