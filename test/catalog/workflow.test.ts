import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import type { Agent } from '../helpers/agent.js';
import { innovationBody } from './catalog-helpers.js';

/** Workflow (issue #3 point 2): operator drafts, agency admin publishes, versions record every change. */
let t: TestApp;
let operator: Agent;
let admin: Agent;
let otherOperator: Agent;
let otherAdmin: Agent;
let ministry: Agent;
let agencyId: string;

beforeAll(async () => {
  t = await createTestApp();
  const op = await t.signedIn('agency_operator');
  operator = op.agent;
  agencyId = op.user.agency_id!;
  admin = (await t.signedIn('agency_admin', { agencyId })).agent;
  const other = await t.signedIn('agency_operator');
  otherOperator = other.agent;
  otherAdmin = (await t.signedIn('agency_admin', { agencyId: other.user.agency_id! })).agent;
  ministry = (await t.signedIn('ministry_admin')).agent;
});
afterAll(() => t.close());

async function createDraft(overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await operator.post('/api/innovations', await innovationBody(t.db, overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().innovation.id;
}

describe('drafting', () => {
  it('creates a draft of the operator’s own agency, with derived facts', async () => {
    const response = await operator.post('/api/innovations', await innovationBody(t.db, { title: 'Layanan Akta Kelahiran Keliling' }));
    expect(response.statusCode, response.body).toBe(201);
    const view = response.json().innovation;
    expect(view).toMatchObject({
      title: 'Layanan Akta Kelahiran Keliling',
      workflowState: 'draft',
      agency: { id: agencyId },
      region: { code: '35.78', name: 'Kota Surabaya', provinceCode: '35', provinceName: 'Jawa Timur' },
      category: { code: 'kesehatan' },
      sdgs: [3, 10],
      status: 'running',
      version: 1,
      can: { edit: true, submit: true, approve: false, delete: true },
    });
    const years = new Date().getUTCFullYear() - 2019;
    expect([years - 1, years]).toContain(view.ageYears);
    expect(view.indicators).toEqual([{ label: 'Waktu tunggu', unit: 'menit', before: 180, after: 25 }]);
  });

  it('keeps drafts out of the public catalog and away from other agencies', async () => {
    const id = await createDraft({ title: 'Draf Rahasia Pengelolaan Arsip Digital' });
    expect((await t.agent().get(`/api/innovations/${id}`)).statusCode).toBe(404);
    expect((await otherOperator.get(`/api/innovations/${id}`)).statusCode).toBe(404);
    expect((await (await t.signedIn('citizen')).agent.get(`/api/innovations/${id}`)).statusCode).toBe(404);
    expect((await ministry.get(`/api/innovations/${id}`)).statusCode).toBe(200);
    const search = await t.agent().get('/api/innovations?q=arsip%20digital');
    expect(search.json().items.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it('refuses another agency’s operator editing, with nothing written', async () => {
    const id = await createDraft({ title: 'Sistem Informasi Posyandu Terpadu' });
    const before = await databaseFingerprint(t.db);
    const response = await otherOperator.patch(`/api/innovations/${id}`, { title: 'Diambil alih oleh instansi lain' });
    expect(response.statusCode).toBe(404);
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it('records who changed what as a version diff, for each edit', async () => {
    const id = await createDraft({ title: 'Pengaduan Warga Lewat WhatsApp' });
    const edit = await operator.patch(`/api/innovations/${id}`, {
      summary: 'Warga menyampaikan pengaduan layanan publik lewat WhatsApp resmi pemerintah kota.',
      sdgs: [16],
      expectedVersion: 1,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json().version).toBe(2);
    const history = await operator.get(`/api/innovations/${id}/versions`);
    expect(history.statusCode).toBe(200);
    const [latest, first] = history.json().items;
    expect(latest.version).toBe(2);
    expect(latest.action).toBe('update');
    expect(latest.changedBy.name).toBe('Pengguna agency_operator');
    expect(latest.changes).toEqual([
      { field: 'summary', before: expect.stringContaining('antrean'), after: 'Warga menyampaikan pengaduan layanan publik lewat WhatsApp resmi pemerintah kota.' },
      { field: 'sdgs', before: [3, 10], after: [16] },
    ]);
    expect(first.action).toBe('create');
    // The audit chain has the same change.
    const audit = await t.db.selectFrom('audit_log').select(['action', 'after']).where('entity_id', '=', id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['innovation.create', 'innovation.update']);
  });

  it('refuses an edit based on an outdated version', async () => {
    const id = await createDraft({ title: 'Bank Sampah Digital Kelurahan' });
    await operator.patch(`/api/innovations/${id}`, { unitName: 'Dinas Lingkungan Hidup' });
    const stale = await operator.patch(`/api/innovations/${id}`, { unitName: 'Kecamatan', expectedVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
  });

  it('hides the history from the public and from other agencies', async () => {
    const id = await createDraft({ title: 'Kartu Identitas Anak Keliling Sekolah' });
    expect((await otherAdmin.get(`/api/innovations/${id}/versions`)).statusCode).toBe(404);
  });

  it('deletes a never-published draft, and nothing else', async () => {
    const id = await createDraft({ title: 'Draf Yang Akan Dihapus Saja' });
    expect((await otherOperator.delete(`/api/innovations/${id}`)).statusCode).toBe(404);
    expect((await operator.delete(`/api/innovations/${id}`)).statusCode).toBe(204);
    expect((await operator.get(`/api/innovations/${id}`)).statusCode).toBe(404);
  });
});

describe('approval', () => {
  it('needs a complete narrative before submission, naming the missing sections as the form and template do (issue #13)', async () => {
    const id = await createDraft({ title: 'Inovasi Belum Lengkap Isinya', problem: '', results: '' });
    const response = await operator.post(`/api/innovations/${id}/submit`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe("Lengkapi isian berikut sebelum mengajukan: Masalah (kolom impor 'masalah'), Hasil (kolom impor 'hasil').");
    // The form still finds its fields by name in the details.
    expect(response.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual(['problem', 'results']);
  });

  it('publishes through submit and approval by the own agency admin only', async () => {
    const id = await createDraft({ title: 'Layanan Izin Usaha Mikro Sehari Jadi' });
    // An operator cannot approve, even their own agency's submission.
    expect((await operator.post(`/api/innovations/${id}/approve`, {})).statusCode).toBe(403);
    expect((await admin.post(`/api/innovations/${id}/approve`, {})).json().error.code).toBe('INVALID_TRANSITION');
    expect((await operator.post(`/api/innovations/${id}/submit`)).json().workflowState).toBe('submitted');
    // Frozen while under review.
    expect((await operator.patch(`/api/innovations/${id}`, { unitName: 'Lain' })).json().error.code).toBe('UNDER_REVIEW');
    // Another agency's admin cannot see it, let alone approve it.
    expect((await otherAdmin.post(`/api/innovations/${id}/approve`, {})).statusCode).toBe(404);
    const approved = await admin.post(`/api/innovations/${id}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ workflowState: 'published', publishedAt: expect.any(String) });
    // Now public, but still not editable by another agency.
    expect((await t.agent().get(`/api/innovations/${id}`)).json().can.edit).toBe(false);
    const refused = await otherOperator.patch(`/api/innovations/${id}`, { unitName: 'Bukan milik kami' });
    expect(refused.statusCode).toBe(403);
  });

  it('returns a submission to draft with a note the agency sees and the public does not', async () => {
    const id = await createDraft({ title: 'Kelas Parenting Daring Untuk Orang Tua' });
    await operator.post(`/api/innovations/${id}/submit`);
    const returned = await admin.post(`/api/innovations/${id}/return`, { note: 'Lengkapi data penerima manfaat.' });
    expect(returned.statusCode).toBe(200);
    expect((await operator.get(`/api/innovations/${id}`)).json()).toMatchObject({ workflowState: 'draft', reviewNote: 'Lengkapi data penerima manfaat.' });
    expect((await admin.post(`/api/innovations/${id}/return`, {})).statusCode).toBe(400);
  });

  it('lets the ministry unpublish, keeps the published version history, and a published edit stays public', async () => {
    const id = await createDraft({ title: 'Mal Pelayanan Publik Terapung' });
    await operator.post(`/api/innovations/${id}/submit`);
    await admin.post(`/api/innovations/${id}/approve`, {});
    const edited = await operator.patch(`/api/innovations/${id}`, { results: 'Sebanyak 12.000 warga pulau terlayani pada 2023.' });
    expect(edited.json().workflowState).toBe('published');
    const history = (await ministry.get(`/api/innovations/${id}/versions`)).json().items;
    expect(history.map((v: { action: string }) => v.action)).toEqual(['update', 'approve', 'submit', 'create']);
    expect(history[1].changes).toContainEqual({ field: 'workflowState', before: 'submitted', after: 'published' });
    const unpublished = await ministry.post(`/api/innovations/${id}/unpublish`, { note: 'Data hasil tidak dapat diverifikasi.' });
    expect(unpublished.json().workflowState).toBe('unpublished');
    expect((await t.agent().get(`/api/innovations/${id}`)).statusCode).toBe(404);
    // Once published, never deletable.
    expect((await operator.delete(`/api/innovations/${id}`)).statusCode).toBe(409);
  });

  it('lists the approval queue for the agency admin only', async () => {
    const id = await createDraft({ title: 'Antrian Samsat Keliling Malam Hari' });
    await operator.post(`/api/innovations/${id}/submit`);
    const queue = (await admin.get('/api/innovations/workspace?state=submitted')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(id);
    const otherQueue = (await otherAdmin.get('/api/innovations/workspace?state=submitted')).json();
    expect(otherQueue.items.map((i: { id: string }) => i.id)).not.toContain(id);
    const ministryQueue = (await ministry.get('/api/innovations/workspace?state=submitted')).json();
    expect(ministryQueue.items.map((i: { id: string }) => i.id)).toContain(id);
  });
});

describe('status confirmation', () => {
  it('lists running innovations not confirmed for 12 months until the operator confirms them', async () => {
    const id = await createDraft({ title: 'Posyandu Remaja Cegah Stunting' });
    await operator.post(`/api/innovations/${id}/submit`);
    await admin.post(`/api/innovations/${id}/approve`, {});
    await t.db
      .updateTable('innovations')
      .set({ status_confirmed_at: new Date(Date.now() - 400 * 86_400_000) })
      .where('id', '=', id)
      .execute();
    const reminders = (await operator.get('/api/innovations/reminders')).json().items;
    expect(reminders.map((r: { id: string }) => r.id)).toContain(id);
    expect((await otherOperator.get('/api/innovations/reminders')).json().items.map((r: { id: string }) => r.id)).not.toContain(id);
    expect((await t.agent().get(`/api/innovations/${id}`)).json().statusStale).toBe(true);

    const stopWithoutReason = await operator.post(`/api/innovations/${id}/confirm-status`, { status: 'stopped' });
    expect(stopWithoutReason.statusCode).toBe(400);
    expect(stopWithoutReason.json().error.message).toBe('Data tidak valid: Alasan dihentikan wajib diisi bila inovasi sudah berhenti.');
    const confirmed = await operator.post(`/api/innovations/${id}/confirm-status`, { status: 'running' });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().statusStale).toBe(false);
    expect((await operator.get('/api/innovations/reminders')).json().items.map((r: { id: string }) => r.id)).not.toContain(id);
  });
});
