import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/server/audit/audit-log.js';
import { insertPublished } from '../catalog/catalog-helpers.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { buildNetwork, type Network, ok } from '../replication/fixtures.js';

/**
 * The source agency may answer a matchmaking proposal's case on the replication page instead of on
 * the proposal: the proposal then moves exactly as matchmaking's own source-side answer moves it
 * (accepted or declined by the source, closed), in the case's transaction, audited the same way.
 */
let t: TestApp;
let n: Network;
beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
}, 120_000);
afterAll(() => t.close());

type View = {
  id: string;
  state: string;
  caseId: string | null;
  declinedBySide: string | null;
  declineReason: string | null;
  sourceAnsweredAt: string | null;
  closedAt: string | null;
};
const PROPOSAL = { problem: 'Antrean pasien di puskesmas panjang sejak pagi.', message: 'Kota asal sudah berhasil memangkas antrean; kami usulkan replikasi.' };

/** A proposal the adopter has accepted (so its case waits for the source agency), for a fresh innovation. */
async function waitingForSource(title: string): Promise<View> {
  const src = await insertPublished(t.db, n.origin.id, { title });
  const p = ok<View>(await n.hub.post('/api/matchmaking/proposals', { adopterAgencyId: n.adopter.id, sourceInnovationId: src, ...PROPOSAL }), 201);
  return ok<View>(await n.adopterOperator.post(`/api/matchmaking/proposals/${p.id}/answer`, { accept: true }));
}
const auditOf = async (id: string) => (await t.db.selectFrom('audit_log').select(['action', 'after']).where('entity_id', '=', id).orderBy('id').execute()).map((a) => a.action);

it('accepting the case on the replication page accepts the proposal too, audited like the answer on the proposal', async () => {
  const p = await waitingForSource('Antrean Daring Halaman Replikasi Uji');
  ok(await n.originAdmin.post(`/api/replications/${p.caseId}/accept`, {}));
  const after = ok<View>(await n.hub.get(`/api/matchmaking/proposals/${p.id}`));
  expect(after).toMatchObject({ state: 'accepted', caseId: p.caseId, declinedBySide: null });
  expect(after.sourceAnsweredAt).not.toBeNull();
  expect(after.closedAt).not.toBeNull();
  expect(await auditOf(p.id)).toEqual(['matchmaking.propose', 'matchmaking.accept', 'matchmaking.accept']);
  // Nothing is left for the source agency to answer.
  expect((await n.originAdmin.post(`/api/matchmaking/proposals/${p.id}/answer`, { accept: true })).statusCode).toBe(409);
  expect((await verifyAuditChain(t.db)).ok).toBe(true);
});

it('declining the case on the replication page declines the proposal by the source, with the reason', async () => {
  const p = await waitingForSource('Sampah Jadi Rupiah Halaman Replikasi Uji');
  const reason = 'Tim kami sedang penuh tahun ini.';
  ok(await n.originAdmin.post(`/api/replications/${p.caseId}/decline`, { reason }));
  expect(ok<View>(await n.hub.get(`/api/matchmaking/proposals/${p.id}`))).toMatchObject({ state: 'declined', declinedBySide: 'source', declineReason: reason });
  expect(await auditOf(p.id)).toEqual(['matchmaking.propose', 'matchmaking.accept', 'matchmaking.decline']);
});

it('is one transaction: a failure in the proposal step leaves the case unanswered too', async () => {
  const p = await waitingForSource('Layanan Jemput Bola Halaman Replikasi Uji');
  await sql`create function simpul_test_fail() returns trigger language plpgsql as $$ begin raise exception 'simulated failure'; end $$`.execute(t.db);
  await sql`create trigger simpul_test_fail before update on match_proposals for each row execute function simpul_test_fail()`.execute(t.db);
  try {
    expect((await n.originAdmin.post(`/api/replications/${p.caseId}/accept`, {})).statusCode).toBe(500);
  } finally {
    await sql`drop trigger simpul_test_fail on match_proposals`.execute(t.db);
    await sql`drop function simpul_test_fail()`.execute(t.db);
  }
  expect((await t.db.selectFrom('replication_cases').select('state').where('id', '=', p.caseId!).executeTakeFirstOrThrow()).state).toBe('requested');
  expect(ok<View>(await n.hub.get(`/api/matchmaking/proposals/${p.id}`))).toMatchObject({ state: 'adopter_accepted', sourceAnsweredAt: null });
});

it('an answer on the case and one on the proposal at once give one outcome for both', async () => {
  const p = await waitingForSource('Posyandu Digital Halaman Replikasi Uji');
  const answers = await Promise.all([
    n.originAdmin.post(`/api/replications/${p.caseId}/accept`, {}),
    n.originAdmin.post(`/api/matchmaking/proposals/${p.id}/answer`, { accept: false, reason: 'Tim kami sedang penuh tahun ini.' }),
  ]);
  expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
  const proposal = ok<View>(await n.hub.get(`/api/matchmaking/proposals/${p.id}`));
  const caseState = (await t.db.selectFrom('replication_cases').select('state').where('id', '=', p.caseId!).executeTakeFirstOrThrow()).state;
  expect(['accepted', 'declined']).toContain(caseState);
  expect(proposal.state).toBe(caseState);
  expect((await auditOf(p.id)).filter((a) => a !== 'matchmaking.propose')).toHaveLength(2);
  expect((await verifyAuditChain(t.db)).ok).toBe(true);
});
