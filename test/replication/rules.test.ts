import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPublished } from '../catalog/catalog-helpers.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { buildNetwork, caseInProgress, type Network, ok, REQUEST } from './fixtures.js';

/** Bad input from issue #14: each refused with a clear bilingual error and nothing written. */
let t: TestApp;
let n: Network;

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t, { mentorCap: 1 });
});
afterAll(async () => t.close());

async function refused(send: () => Promise<{ statusCode: number; json(): unknown }>, status: number, code: string) {
  const before = await databaseFingerprint(t.db);
  const response = await send();
  expect(response.statusCode).toBe(status);
  const error = (response.json() as { error: { code: string; message: string } }).error;
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(10);
  expect(await databaseFingerprint(t.db)).toEqual(before);
  return error;
}

describe('requests', () => {
  it("refuses the agency's own innovation, an unpublished record and another agency's draft", async () => {
    const own = await insertPublished(t.db, n.adopter.id, { title: 'Inovasi Sendiri' });
    await refused(() => n.adopterOperator.post('/api/replications', { sourceInnovationId: own, ...REQUEST }), 400, 'OWN_INNOVATION');
    const ownDraft = await insertPublished(t.db, n.adopter.id, { workflowState: 'draft' });
    await refused(() => n.adopterOperator.post('/api/replications', { sourceInnovationId: ownDraft, ...REQUEST }), 400, 'OWN_INNOVATION');
    const otherDraft = await insertPublished(t.db, n.origin.id, { workflowState: 'draft' });
    await refused(() => n.adopterOperator.post('/api/replications', { sourceInnovationId: otherDraft, ...REQUEST }), 404, 'NOT_FOUND');
  });

  it('refuses a second open request for the same pair, also when two race', async () => {
    const source = await insertPublished(t.db, n.origin.id, { title: 'Inovasi Rebutan' });
    const [a, b] = await Promise.all([
      n.adopterOperator.post('/api/replications', { sourceInnovationId: source, ...REQUEST }),
      n.adopterOperator.post('/api/replications', { sourceInnovationId: source, ...REQUEST }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().error.code).toBe('DUPLICATE_REQUEST');
    await refused(() => n.adopterOperator.post('/api/replications', { sourceInnovationId: source, ...REQUEST }), 409, 'DUPLICATE_REQUEST');
    // Once declined, the pair may be asked again.
    const open = await t.db.selectFrom('replication_cases').select('id').where('source_innovation_id', '=', source).executeTakeFirstOrThrow();
    ok(await n.originAdmin.post(`/api/replications/${open.id}/decline`, { reason: 'Belum siap berbagi tahun ini.' }));
    ok(await n.adopterOperator.post('/api/replications', { sourceInnovationId: source, ...REQUEST }), 201);
  });
});

describe('transitions', () => {
  it('lets only the origin agency decide, needs a reason to decline, and follows the state table', async () => {
    const source = await insertPublished(t.db, n.origin.id, { title: 'Inovasi Keputusan' });
    const c = ok<{ id: string }>(await n.adopterOperator.post('/api/replications', { sourceInnovationId: source, ...REQUEST }), 201);
    await refused(() => n.adopterOperator.post(`/api/replications/${c.id}/accept`, {}), 403, 'FORBIDDEN');
    await refused(() => n.originAdmin.post(`/api/replications/${c.id}/decline`, {}), 400, 'VALIDATION_FAILED');
    await refused(() => n.ministry.post(`/api/replications/${c.id}/mentor`, { mentorId: n.mentorId }), 409, 'CASE_STATE_CONFLICT');
    await refused(() => n.adopterOperator.post(`/api/replications/${c.id}/complete`, { outcome: 'replicated' }), 409, 'CASE_STATE_CONFLICT');
    ok(await n.originAdmin.post(`/api/replications/${c.id}/accept`, {}));
    await refused(() => n.originAdmin.post(`/api/replications/${c.id}/accept`, {}), 409, 'CASE_STATE_CONFLICT');
  });

  it('keeps cases from callers who are not party to them (404)', async () => {
    const stranger = (await t.signedIn('agency_admin')).agent;
    const otherHub = (await t.signedIn('hub_coordinator')).agent;
    const otherMentor = (await t.signedIn('mentor')).agent;
    const id = (await t.db.selectFrom('replication_cases').select('id').executeTakeFirstOrThrow()).id;
    for (const agent of [stranger, otherHub, otherMentor]) {
      expect((await agent.get(`/api/replications/${id}`)).statusCode).toBe(404);
      expect((await agent.get('/api/replications')).json().total).toBe(0);
    }
    expect((await n.hub.get(`/api/replications/${id}`)).statusCode).toBe(200);
    expect((await n.ministry.get(`/api/replications/${id}`)).statusCode).toBe(200);
  });

  it('refuses a mentor outside the hub unless the ministry overrides, and a mentor over the cap', async () => {
    const source = await insertPublished(t.db, n.origin.id, { title: 'Inovasi Pendampingan' });
    const c = ok<{ id: string }>(await n.adopterOperator.post('/api/replications', { sourceInnovationId: source, ...REQUEST }), 201);
    ok(await n.originAdmin.post(`/api/replications/${c.id}/accept`, {}));
    const elsewhere = await t.signedIn('mentor');
    const diy = await t.db.selectFrom('hubs').select('id').where('province_code', '=', '34').executeTakeFirstOrThrow();
    const university = await buildAgency(t.db, { type: 'perguruan_tinggi', regionCode: '34.71' });
    const outside = ok<{ id: string }>(
      await n.ministry.post('/api/mentors', {
        userId: elsewhere.user.id,
        universityAgencyId: university.id,
        hubId: diy.id,
        decreeNumber: 'Kep 1/2025',
        decreeDate: '2025-01-01',
        maxActiveCases: 1,
      }),
      201,
    );
    await refused(() => n.hub.post(`/api/replications/${c.id}/mentor`, { mentorId: outside.id }), 400, 'MENTOR_OUTSIDE_HUB');
    await refused(() => n.hub.post(`/api/replications/${c.id}/mentor`, { mentorId: outside.id, override: true }), 403, 'FORBIDDEN');
    ok(await n.ministry.post(`/api/replications/${c.id}/mentor`, { mentorId: outside.id, override: true }));

    // The Jawa Timur mentor has a cap of 1: the first case fills it.
    await caseInProgress(n);
    const source2 = await insertPublished(t.db, n.origin.id, { title: 'Inovasi Batas Pendamping' });
    const c2 = ok<{ id: string }>(await n.adopterOperator.post('/api/replications', { sourceInnovationId: source2, ...REQUEST }), 201);
    ok(await n.originAdmin.post(`/api/replications/${c2.id}/accept`, {}));
    await refused(() => n.hub.post(`/api/replications/${c2.id}/mentor`, { mentorId: n.mentorId }), 409, 'MENTOR_OVER_CAP');
  });

  it('two assignments racing for the last place of a mentor: one wins', async () => {
    const university = await buildAgency(t.db, { type: 'perguruan_tinggi', regionCode: '35.78' });
    const m = await t.signedIn('mentor', { agencyId: university.id });
    const mentor = ok<{ id: string }>(
      await n.ministry.post('/api/mentors', {
        userId: m.user.id,
        universityAgencyId: university.id,
        hubId: n.jatimHubId,
        decreeNumber: 'Kep 2/2025',
        decreeDate: '2025-01-01',
        maxActiveCases: 1,
      }),
      201,
    );
    const ids: string[] = [];
    for (const title of ['Inovasi Balapan Satu', 'Inovasi Balapan Dua']) {
      const source = await insertPublished(t.db, n.origin.id, { title });
      const c = ok<{ id: string }>(await n.adopterOperator.post('/api/replications', { sourceInnovationId: source, ...REQUEST }), 201);
      ok(await n.originAdmin.post(`/api/replications/${c.id}/accept`, {}));
      ids.push(c.id);
    }
    const answers = await Promise.all(ids.map((id) => n.hub.post(`/api/replications/${id}/mentor`, { mentorId: mentor.id })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const assigned = await t.db.selectFrom('replication_cases').select('id').where('mentor_id', '=', mentor.id).execute();
    expect(assigned).toHaveLength(1);
  });

  it('refuses milestones out of order or before the agreement, a future agreement, and a stop without reason', async () => {
    const id = await caseInProgressWithFreeMentor();
    const view = ok<{ milestones: { id: string; dueOn: string }[]; agreement: { date: string } }>(await n.adopterOperator.get(`/api/replications/${id}`));
    const before = view.agreement.date;
    await refused(
      () =>
        n.adopterOperator.request('PUT', `/api/replications/${id}/milestones`, {
          body: {
            milestones: [
              { kind: 'plan', title: 'Rencana', dueOn: '2026-06-01' },
              { kind: 'trial', title: 'Uji coba', dueOn: '2026-05-01' },
            ],
          },
        }),
      400,
      'MILESTONE_DATES_INVALID',
    );
    await refused(
      () => n.adopterOperator.request('PUT', `/api/replications/${id}/milestones`, { body: { milestones: [{ kind: 'plan', title: 'Rencana', dueOn: '2000-01-01' }] } }),
      400,
      'MILESTONE_DATES_INVALID',
    );
    // Editing keeps a done mark on items sent with their id.
    ok(await n.mentor.post(`/api/replications/${id}/milestones/${view.milestones[0]!.id}/done`));
    const edited = ok<{ milestones: { dueOn: string; doneAt: string | null }[] }>(
      await n.adopterOperator.request('PUT', `/api/replications/${id}/milestones`, {
        body: {
          milestones: [
            { id: view.milestones[0]!.id, kind: 'plan', title: 'Rencana aksi', dueOn: view.milestones[0]!.dueOn },
            { kind: 'evaluation', title: 'Evaluasi', dueOn: '2027-03-01' },
          ],
        },
      }),
    );
    expect(edited.milestones.map((m) => m.doneAt !== null)).toEqual([true, false]);
    expect(before).toBe('2026-01-15');
    await refused(() => n.adopterOperator.post(`/api/replications/${id}/stop`, {}), 400, 'STOP_REASON_REQUIRED');
    await refused(
      () => n.adopterOperator.post(`/api/replications/${id}/logs`, { heldOn: '2999-01-01', mode: 'visit', notes: 'Kunjungan dari masa depan.' }),
      400,
      'VALIDATION_FAILED',
    );
    const stopped = ok<{ state: string; stopReason: string }>(await n.adopterOperator.post(`/api/replications/${id}/stop`, { reason: 'Anggaran dialihkan.' }));
    expect(stopped).toMatchObject({ state: 'stopped', stopReason: 'Anggaran dialihkan.' });
  });

  it('refuses decrees and agreements dated in the future', async () => {
    const hubs = ok<{ items: { id: string; province: { code: string } }[] }>(await t.agent().get('/api/hubs'));
    expect(hubs.items).toHaveLength(19);
    const jatim = hubs.items.find((h) => h.province.code === '35')!;
    await refused(() => n.ministry.patch(`/api/hubs/${jatim.id}`, { decreeDate: '2999-01-01' }), 400, 'DECREE_DATE_IN_FUTURE');
    const someone = await t.signedIn('mentor');
    const university = await buildAgency(t.db, { type: 'perguruan_tinggi' });
    await refused(
      () => n.ministry.post('/api/mentors', { userId: someone.user.id, universityAgencyId: university.id, hubId: null, decreeNumber: 'Kep 3/2099', decreeDate: '2999-01-01' }),
      400,
      'DECREE_DATE_IN_FUTURE',
    );
    await refused(
      () =>
        n.ministry.post('/api/hubs', {
          provinceCode: '35',
          yearDesignated: 2024,
          decreeNumber: null,
          decreeDate: null,
          decreeDocument: null,
          periodStart: null,
          periodEnd: null,
          status: 'active',
        }),
      409,
      'HUB_EXISTS',
    );
  });
});

/** A case in progress with a mentor who still has room (the fixture mentor is capped at 1). */
async function caseInProgressWithFreeMentor(): Promise<string> {
  await t.db.updateTable('mentors').set({ max_active_cases: 50 }).where('id', '=', n.mentorId).execute();
  const source = await insertPublished(t.db, n.origin.id, { title: `Inovasi Rencana ${Math.random().toString(36).slice(2, 7)}` });
  const c = ok<{ id: string }>(await n.adopterOperator.post('/api/replications', { sourceInnovationId: source, ...REQUEST }), 201);
  ok(await n.originAdmin.post(`/api/replications/${c.id}/accept`, {}));
  ok(await n.hub.post(`/api/replications/${c.id}/mentor`, { mentorId: n.mentorId }));
  await refused(() => n.adopterOperator.post(`/api/replications/${c.id}/agreement`, { number: 'PKS/009/2999', date: '2999-01-15' }), 400, 'AGREEMENT_DATE_IN_FUTURE');
  ok(await n.adopterOperator.post(`/api/replications/${c.id}/agreement`, { number: 'PKS/009/2026', date: '2026-01-15' }));
  await refused(
    () => n.adopterOperator.post(`/api/replications/${c.id}/start`, { milestones: [{ kind: 'plan', title: 'Rencana', dueOn: '2025-12-31' }] }),
    400,
    'MILESTONE_DATES_INVALID',
  );
  ok(await n.adopterOperator.post(`/api/replications/${c.id}/start`, {}));
  return c.id;
}
