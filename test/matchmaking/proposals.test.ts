import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/server/audit/audit-log.js';
import { insertPublished } from '../catalog/catalog-helpers.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { buildNetwork, type Network, ok } from '../replication/fixtures.js';

/** Matchmaking proposals from a hub to a case, the home to-do items, mentor suggestions, refusals. */
let t: TestApp;
let n: Network;
beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
}, 120_000);
afterAll(() => t.close());

type View = { id: string; state: string; caseId: string | null; declinedBySide: string | null; can: { answerAsAdopter: boolean; answerAsSource: boolean; withdraw: boolean } };
const PROPOSAL = { problem: 'Antrean pasien di puskesmas panjang sejak pagi.', message: 'Kota asal sudah berhasil memangkas antrean; kami usulkan replikasi.' };
const todo = async (agent: Network['adopterOperator']) =>
  ok<{ items: { id: string; count: number }[] }>(await agent.get('/api/me/todo')).items.filter((i) => i.id.startsWith('matchmaking.'));

it('a hub proposal becomes a replication case: the adopter accepts first, then the source agency', async () => {
  const proposal = ok<View>(
    await n.hub.post('/api/matchmaking/proposals', { adopterAgencyId: n.adopter.id, sourceInnovationId: n.sourceId, mentorId: n.mentorId, ...PROPOSAL }),
    201,
  );
  expect(proposal.state).toBe('open');
  expect(await todo(n.adopterOperator)).toEqual([expect.objectContaining({ id: 'matchmaking.as-adopter', count: 1 })]);
  // A second open proposal for the same pair is refused.
  expect((await n.hub.post('/api/matchmaking/proposals', { adopterAgencyId: n.adopter.id, sourceInnovationId: n.sourceId, ...PROPOSAL })).statusCode).toBe(409);

  // The source cannot answer before the adopter.
  const early = await n.originAdmin.post(`/api/matchmaking/proposals/${proposal.id}/answer`, { accept: true });
  expect(early.statusCode).toBe(409);
  expect(early.json().error.code).toBe('PROPOSAL_WAITING_FOR_ADOPTER');

  const accepted = ok<View>(await n.adopterOperator.post(`/api/matchmaking/proposals/${proposal.id}/answer`, { accept: true }));
  expect(accepted.state).toBe('adopter_accepted');
  const opened = ok<{ state: string; problem: string; context: string }>(await n.adopterOperator.get(`/api/replications/${accepted.caseId}`));
  expect(opened).toMatchObject({ state: 'requested', problem: PROPOSAL.problem, context: PROPOSAL.message });
  expect(await todo(n.originAdmin)).toEqual([expect.objectContaining({ id: 'matchmaking.as-source', count: 1 })]);

  const done = ok<View>(await n.originAdmin.post(`/api/matchmaking/proposals/${proposal.id}/answer`, { accept: true }));
  expect(done.state).toBe('accepted');
  expect(ok<{ state: string }>(await n.adopterOperator.get(`/api/replications/${accepted.caseId}`)).state).toBe('accepted');

  // The hub sees it among past proposals with its outcome; mentor suggestions put the hub's mentor first.
  const past = ok<{ items: View[] }>(await n.hub.get('/api/matchmaking/proposals?status=past'));
  expect(past.items.map((p) => [p.id, p.state])).toEqual([[proposal.id, 'accepted']]);
  const mentors = ok<{ items: { mentorId: string; reasons: { id: string }[] }[] }>(await n.hub.get(`/api/matchmaking/cases/${accepted.caseId}/mentors`));
  expect(mentors.items[0]).toMatchObject({ mentorId: n.mentorId });
  expect(mentors.items[0]!.reasons.map((r) => r.id)).toContain('dari hub yang sama');
  // A case the caller may not see is a 404.
  const stranger = (await t.signedIn('hub_coordinator')).agent;
  expect((await stranger.get(`/api/matchmaking/cases/${accepted.caseId}/mentors`)).statusCode).toBe(404);

  const actions = (await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', proposal.id).execute()).map((a) => a.action);
  expect(actions).toEqual(['matchmaking.propose', 'matchmaking.accept', 'matchmaking.accept']);
  expect((await verifyAuditChain(t.db)).ok).toBe(true);
});

it('a decline closes the proposal with its reason; refusals write nothing', async () => {
  const other = await insertPublished(t.db, n.origin.id, { title: 'Sampah Jadi Rupiah Uji' });
  const p = ok<View>(await n.ministry.post('/api/matchmaking/proposals', { adopterAgencyId: n.adopter.id, sourceInnovationId: other, ...PROPOSAL }), 201);
  const outsider = (await t.signedIn('agency_admin', { agencyId: (await buildAgency(t.db, { type: 'kota', regionCode: '11.71' })).id })).agent;
  const far = await buildAgency(t.db, { type: 'kota', regionCode: '11.71' });
  const before = await databaseFingerprint(t.db);
  // Declining needs a reason; another agency's staff do not see the proposal.
  expect((await n.adopterOperator.post(`/api/matchmaking/proposals/${p.id}/answer`, { accept: false })).statusCode).toBe(400);
  expect((await outsider.post(`/api/matchmaking/proposals/${p.id}/answer`, { accept: true })).statusCode).toBe(404);
  // A hub coordinator cannot propose for an agency outside its hubs, nor a one-word problem.
  expect((await n.hub.post('/api/matchmaking/proposals', { adopterAgencyId: far.id, sourceInnovationId: other, ...PROPOSAL })).statusCode).toBe(404);
  const vague = await n.ministry.post('/api/matchmaking/proposals', { adopterAgencyId: far.id, sourceInnovationId: other, ...PROPOSAL, problem: 'antrean....' });
  expect(vague.statusCode).toBe(400);
  // The source agency's own innovation cannot be proposed to it.
  expect((await n.ministry.post('/api/matchmaking/proposals', { adopterAgencyId: n.origin.id, sourceInnovationId: other, ...PROPOSAL })).json().error.code).toBe('OWN_INNOVATION');
  expect(await databaseFingerprint(t.db)).toEqual(before);

  const declined = ok<View>(await n.adopterOperator.post(`/api/matchmaking/proposals/${p.id}/answer`, { accept: false, reason: 'Anggaran tahun ini sudah terkunci.' }));
  expect(declined).toMatchObject({ state: 'declined', declinedBySide: 'adopter', caseId: null });
  expect((await n.ministry.post(`/api/matchmaking/proposals/${p.id}/withdraw`)).statusCode).toBe(409);
  const open = ok<{ items: View[] }>(await n.adopterOperator.get('/api/matchmaking/proposals?status=open'));
  expect(open.items).toEqual([]);
});

it('accepting is one transaction: a failure after the case insert leaves neither; two accepts at once open one case', async () => {
  const src = await insertPublished(t.db, n.origin.id, { title: 'Pelayanan Terpadu Atomik Uji' });
  const p = ok<View>(await n.hub.post('/api/matchmaking/proposals', { adopterAgencyId: n.adopter.id, sourceInnovationId: src, ...PROPOSAL }), 201);
  const cases = () => t.db.selectFrom('replication_cases').select('id').where('source_innovation_id', '=', src).execute();
  // The proposal update fails in the database, after the case row was inserted in the same transaction.
  await sql`create function simpul_test_fail() returns trigger language plpgsql as $$ begin raise exception 'simulated failure'; end $$`.execute(t.db);
  await sql`create trigger simpul_test_fail before update on match_proposals for each row execute function simpul_test_fail()`.execute(t.db);
  try {
    expect((await n.adopterOperator.post(`/api/matchmaking/proposals/${p.id}/answer`, { accept: true })).statusCode).toBe(500);
  } finally {
    await sql`drop trigger simpul_test_fail on match_proposals`.execute(t.db);
    await sql`drop function simpul_test_fail()`.execute(t.db);
  }
  expect(await cases()).toHaveLength(0);
  expect(ok<View>(await n.adopterOperator.get(`/api/matchmaking/proposals/${p.id}`))).toMatchObject({ state: 'open', caseId: null });

  const answers = await Promise.all([1, 2].map(() => n.adopterOperator.post(`/api/matchmaking/proposals/${p.id}/answer`, { accept: true })));
  expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
  const opened = await cases();
  expect(opened).toHaveLength(1);
  expect(ok<View>(await n.adopterOperator.get(`/api/matchmaking/proposals/${p.id}`))).toMatchObject({ state: 'adopter_accepted', caseId: opened[0]!.id });
});

it("the source's answer is one transaction with the case: a failure in the proposal's step leaves both; two answers at once give one outcome", async () => {
  const src = await insertPublished(t.db, n.origin.id, { title: 'Layanan Jemput Bola Atomik Uji' });
  const p = ok<View>(await n.hub.post('/api/matchmaking/proposals', { adopterAgencyId: n.adopter.id, sourceInnovationId: src, ...PROPOSAL }), 201);
  const caseId = ok<View>(await n.adopterOperator.post(`/api/matchmaking/proposals/${p.id}/answer`, { accept: true })).caseId!;
  const caseState = async () => (await t.db.selectFrom('replication_cases').select('state').where('id', '=', caseId).executeTakeFirstOrThrow()).state;
  const caseEvents = async () => (await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', caseId).orderBy('id').execute()).map((a) => a.action);
  // The case is accepted first in the transaction; the proposal's update then fails in the database.
  await sql`create function simpul_test_fail() returns trigger language plpgsql as $$ begin raise exception 'simulated failure'; end $$`.execute(t.db);
  await sql`create trigger simpul_test_fail before update on match_proposals for each row execute function simpul_test_fail()`.execute(t.db);
  try {
    expect((await n.originAdmin.post(`/api/matchmaking/proposals/${p.id}/answer`, { accept: true })).statusCode).toBe(500);
  } finally {
    await sql`drop trigger simpul_test_fail on match_proposals`.execute(t.db);
    await sql`drop function simpul_test_fail()`.execute(t.db);
  }
  expect(await caseState()).toBe('requested');
  expect(await caseEvents()).toEqual(['replication.request']);
  expect(ok<View>(await n.originAdmin.get(`/api/matchmaking/proposals/${p.id}`))).toMatchObject({ state: 'adopter_accepted', sourceAnsweredAt: null });

  // An accept and a decline at once: the proposal's lock queues them, the second finds it answered (409).
  const answers = await Promise.all([
    n.originAdmin.post(`/api/matchmaking/proposals/${p.id}/answer`, { accept: true }),
    n.originAdmin.post(`/api/matchmaking/proposals/${p.id}/answer`, { accept: false, reason: 'Tim kami sedang penuh tahun ini.' }),
  ]);
  expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
  const winner = answers.find((a) => a.statusCode === 200)!.json() as View;
  const outcome = winner.state === 'accepted' ? 'accepted' : 'declined';
  expect(winner.state).toBe(outcome);
  expect(await caseState()).toBe(outcome);
  expect(await caseEvents()).toEqual(['replication.request', outcome === 'accepted' ? 'replication.accept' : 'replication.decline']);
  expect((await verifyAuditChain(t.db)).ok).toBe(true);
});
