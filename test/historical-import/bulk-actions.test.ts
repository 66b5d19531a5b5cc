import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { multipartFile } from '../helpers/multipart.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { innovationBody } from '../catalog/catalog-helpers.js';

/** Bulk submit / approve / return with a preview and per-record reasons (issue #13.3); the agency import names the file's columns. */
let t: TestApp;
let operator: Agent;
let admin: Agent;
let otherOperator: Agent;

beforeAll(async () => {
  t = await createTestApp();
  const op = await t.signedIn('agency_operator');
  operator = op.agent;
  admin = (await t.signedIn('agency_admin', { agencyId: op.user.agency_id! })).agent;
  otherOperator = (await t.signedIn('agency_operator')).agent;
});
afterAll(() => t.close());

async function draft(agent: Agent, overrides: Record<string, unknown> = {}) {
  const response = await agent.post('/api/innovations', await innovationBody(t.db, { title: `Inovasi Massal ${Math.random().toString(36).slice(2, 8)}`, ...overrides }));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().innovation.id as string;
}

const states = async (ids: string[]) =>
  Object.fromEntries((await t.db.selectFrom('innovations').select(['id', 'workflow_state']).where('id', 'in', ids).execute()).map((r) => [r.id, r.workflow_state]));

describe('bulk workflow actions', () => {
  it('previews, then submits the movable records in one go and names why the others stay', async () => {
    const complete = [await draft(operator), await draft(operator), await draft(operator)];
    const incomplete = await draft(operator, { problem: '', results: '' });
    const foreign = await draft(otherOperator);
    const ids = [...complete, incomplete, foreign];

    const before = await databaseFingerprint(t.db);
    const preview = await operator.post('/api/innovations/bulk', { action: 'submit', ids, dryRun: true });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ dryRun: true, moved: 3, skipped: 2 });
    expect(await databaseFingerprint(t.db)).toEqual(before);
    const items = preview.json().items as { id: string; reason: string | null; message: string | null; title: string | null }[];
    expect(items.find((i) => i.id === incomplete)).toMatchObject({ reason: 'incomplete', message: 'belum lengkap: Masalah, Hasil' });
    // Another agency's draft is not even named.
    expect(items.find((i) => i.id === foreign)).toMatchObject({ reason: 'not_found', title: null });

    const done = await operator.post('/api/innovations/bulk', { action: 'submit', ids });
    expect(done.json()).toMatchObject({ dryRun: false, moved: 3, skipped: 2 });
    expect(await states(ids)).toEqual({ [complete[0]!]: 'submitted', [complete[1]!]: 'submitted', [complete[2]!]: 'submitted', [incomplete]: 'draft', [foreign]: 'draft' });
    const audits = await t.db.selectFrom('audit_log').select(['entity_id', 'after']).where('action', '=', 'innovation.submit').where('entity_id', 'in', complete).execute();
    expect(audits).toHaveLength(3);
    expect(audits.every((a) => (a.after as { bulk?: boolean }).bulk === true)).toBe(true);

    // The admin approves two and returns one (a return needs a note); the operator may not approve.
    expect((await operator.post('/api/innovations/bulk', { action: 'approve', ids: complete })).statusCode).toBe(403);
    const approved = await admin.post('/api/innovations/bulk', { action: 'approve', ids: complete.slice(0, 2) });
    expect(approved.json()).toMatchObject({ moved: 2, skipped: 0 });
    expect((await admin.post('/api/innovations/bulk', { action: 'return', ids: [complete[2]] })).statusCode).toBe(400);
    const returned = await admin.post('/api/innovations/bulk', { action: 'return', ids: [complete[2], complete[0]], note: 'Lengkapi data indikator.' });
    expect(returned.json()).toMatchObject({ moved: 1, skipped: 1 });
    expect((returned.json().items as { id: string; reason: string }[]).find((i) => i.id === complete[0])).toMatchObject({ reason: 'wrong_state' });
    expect(await states(complete)).toEqual({ [complete[0]!]: 'published', [complete[1]!]: 'published', [complete[2]!]: 'draft' });
  });

  it("agency import reports and submission refusals name the file's columns and the form's sections, not API fields", async () => {
    const csv = ['Judul,Ringkasan,Kode_Wilayah,Tanggal_Mulai,Kategori,SDGs', 'Abc,Terlalu pendek,99.99,2020-01-05,kesehatan,3'].join('\n');
    const response = await operator.request('POST', '/api/innovations/import?dryRun=true', multipartFile('x.csv', Buffer.from(csv), { contentType: 'text/csv' }));
    expect(response.statusCode).toBe(400);
    const columns = (response.json().error.details.errors as { column: string }[]).map((e) => e.column);
    expect(columns).toEqual(expect.arrayContaining(['Judul', 'Ringkasan']));
    expect(columns.some((c) => ['title', 'summary', 'regionCode'].includes(c))).toBe(false);

    const id = await draft(operator, { approach: '' });
    const refused = await operator.post(`/api/innovations/${id}/submit`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe("Lengkapi isian berikut sebelum mengajukan: Kebaruan (kolom impor 'kebaruan').");
  });
});
