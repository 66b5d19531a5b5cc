import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { canonicalJson } from '../../src/server/audit/canonical-json.js';
import type { Agent } from '../helpers/agent.js';
import { refusedWithoutWrites } from '../helpers/refusals.js';
import { databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { competitionBody } from '../competitions/fixtures.js';
import { agencyTeam, openCall, proposalsTestApp, readyProposal } from './setup.js';

let t: TestApp;
let admin: Agent;
beforeAll(async () => ({ t, admin } = await proposalsTestApp()));
afterAll(() => t.close());
afterEach(() => vi.useRealTimers());

/** A call whose registration ends at `deadline` (minutes ahead, so test sessions stay fresh), with `grace` minutes. */
async function callEndingAt(deadline: Date, graceMinutes = 0) {
  const body = competitionBody({ graceMinutes });
  body.stages = [{ kind: 'registration', name: 'Pendaftaran', startsAt: new Date(deadline.getTime() - 20 * 86_400_000).toISOString(), endsAt: deadline.toISOString() }];
  const created = (await admin.post('/api/competitions', body)).json();
  return (await admin.post(`/api/competitions/${created.id}/status`, { to: 'published' })).json();
}

/** Moves the server's clock (only `Date`; timers keep running). */
function at(instant: Date) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(instant);
}

describe('submission', () => {
  it('freezes the proposal, issues a receipt with the content hash, e-mails it through the outbox, opens the admin check', async () => {
    const call = await openCall(admin);
    const team = await agencyTeam(t);
    const p = await readyProposal(t, team.operator, call, team.agency.id);
    const response = await team.coordinator.post(`/api/proposals/${p.id}/submit`, undefined, { headers: { 'idempotency-key': 'klik-pertama-123' } });
    expect(response.statusCode, response.body).toBe(200);
    const receipt = response.json();
    expect(receipt).toMatchObject({ number: p.number, replayed: false, lateSeconds: null, hashAlgorithm: 'sha256' });

    const row = await t.db.selectFrom('proposals').select(['status', 'content_hash', 'submitted_content', 'submission_key']).where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('submitted');
    expect(row.submission_key).toBe('klik-pertama-123');
    // Anyone holding the stored content can recompute the receipt's hash.
    expect(createHash('sha256').update(canonicalJson(row.submitted_content)).digest('hex')).toBe(receipt.contentHash);
    expect((row.submitted_content as any).answers.map((a: any) => a.number)).toEqual([1, 2, 4, 5]);

    const mails = await t.db.selectFrom('outbox').select(['recipient', 'subject', 'body']).where('subject', 'like', `%${p.number}%receipt%`).execute();
    expect(mails.map((m) => m.recipient).sort()).toEqual([team.coordinatorUser.email, team.operatorUser.email].sort());
    expect(mails[0]!.body).toContain(receipt.contentHash);
    expect(mails[0]!.body).toContain('WIB');

    const check = await t.db.selectFrom('proposal_admin_checks').select('status').where('proposal_id', '=', p.id).executeTakeFirstOrThrow();
    expect(check.status).toBe('pending');

    // Frozen: no edits, no new transitions.
    const view = (await team.operator.get(`/api/proposals/${p.id}`)).json();
    expect(view.can).toMatchObject({ edit: false, markReady: false, submit: false, withdraw: false });
    expect((await team.coordinator.get(`/api/proposals/${p.id}`)).json().can).toMatchObject({ submit: false, withdraw: true });
    await refusedWithoutWrites(t.db, () => team.operator.patch(`/api/proposals/${p.id}`, { baseVersion: view.version, title: 'Ubah setelah kirim' }), 409, 'PROPOSAL_FROZEN');
    await refusedWithoutWrites(t.db, () => team.coordinator.post(`/api/proposals/${p.id}/return`, { comment: 'Terlambat dikembalikan' }), 409, 'INVALID_TRANSITION');
    expect((await team.coordinator.get(`/api/proposals/${p.id}/receipt`)).json().contentHash).toBe(receipt.contentHash);
    // The ministry now sees it.
    expect((await admin.get(`/api/proposals/${p.id}`)).statusCode).toBe(200);
  });

  it('is idempotent: a double click (two requests at once) and a later retry give one submission and one receipt', async () => {
    const call = await openCall(admin);
    const team = await agencyTeam(t);
    const p = await readyProposal(t, team.operator, call, team.agency.id);
    const [a, b] = await Promise.all([team.coordinator.post(`/api/proposals/${p.id}/submit`), team.coordinator.post(`/api/proposals/${p.id}/submit`)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.json().contentHash).toBe(b.json().contentHash);
    expect([a.json().replayed, b.json().replayed].sort()).toEqual([false, true]);
    const before = await databaseFingerprint(t.db);
    const retry = await team.coordinator.post(`/api/proposals/${p.id}/submit`);
    expect(retry.json()).toMatchObject({ replayed: true, contentHash: a.json().contentHash });
    expect(await databaseFingerprint(t.db)).toEqual(before);
    const audits = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', p.id).where('action', '=', 'proposal.submit').execute();
    expect(audits).toHaveLength(1);
    const mails = await t.db.selectFrom('outbox').select('id').where('subject', 'like', `%${p.number}%receipt%`).execute();
    expect(mails).toHaveLength(2);
  });

  it('refuses missing required answers at submission', async () => {
    const call = await openCall(admin);
    const team = await agencyTeam(t);
    const start = await team.operator.post('/api/proposals', {
      competitionId: call.id,
      groupId: call.groups[0].id,
      categoryId: call.categories[0].id,
      innovationId: (await (await import('../helpers/factories-catalog.js')).buildInnovation(t.db, { agencyId: team.agency.id, startDate: '2020-01-01' })).id,
    });
    const error = await refusedWithoutWrites(t.db, () => team.coordinator.post(`/api/proposals/${start.json().id}/submit`), 422, 'ANSWERS_MISSING');
    expect(error.details.questions).toEqual([1, 2, 4, 5]);
    expect(error.details.sdgMissing).toBe(true);
  });
});

describe('deadline and grace period around the boundary instant', () => {
  it('accepts at the deadline instant and refuses one second after, when there is no grace', async () => {
    const deadline = new Date(Date.now() + 5 * 60_000);
    deadline.setUTCMilliseconds(0);
    const call = await callEndingAt(deadline);
    const team = await agencyTeam(t);
    const onTime = await readyProposal(t, team.operator, call, team.agency.id);
    const late = await readyProposal(t, team.operator, call, team.agency.id, 1);

    at(new Date(deadline.getTime() + 1000));
    const error = await refusedWithoutWrites(t.db, () => team.coordinator.post(`/api/proposals/${late.id}/submit`), 409, 'DEADLINE_PASSED');
    expect(error.message).toContain('Batas waktu');
    at(deadline);
    const receipt = (await team.coordinator.post(`/api/proposals/${onTime.id}/submit`)).json();
    expect(receipt).toMatchObject({ submittedAt: deadline.toISOString(), lateSeconds: null });
  });

  it('accepts within the grace period, recording the lateness, and refuses one second after it', async () => {
    const deadline = new Date(Date.now() + 5 * 60_000);
    deadline.setUTCMilliseconds(0);
    const call = await callEndingAt(deadline, 15);
    const team = await agencyTeam(t);
    const inGrace = await readyProposal(t, team.operator, call, team.agency.id);
    const tooLate = await readyProposal(t, team.operator, call, team.agency.id, 1);

    at(new Date(deadline.getTime() + 15 * 60_000));
    const receipt = (await team.coordinator.post(`/api/proposals/${inGrace.id}/submit`)).json();
    expect(receipt.lateSeconds).toBe(900);
    const stored = await t.db.selectFrom('proposals').select('late_seconds').where('id', '=', inGrace.id).executeTakeFirstOrThrow();
    expect(stored.late_seconds).toBe(900);

    at(new Date(deadline.getTime() + 15 * 60_000 + 1000));
    await refusedWithoutWrites(t.db, () => team.coordinator.post(`/api/proposals/${tooLate.id}/submit`), 409, 'DEADLINE_PASSED');
  });

  it('allows withdrawal before the deadline (audited), not after it', async () => {
    const deadline = new Date(Date.now() + 5 * 60_000);
    const call = await callEndingAt(deadline, 30);
    const team = await agencyTeam(t);
    const first = await readyProposal(t, team.operator, call, team.agency.id);
    const second = await readyProposal(t, team.operator, call, team.agency.id, 1);
    await team.coordinator.post(`/api/proposals/${first.id}/submit`);
    await team.coordinator.post(`/api/proposals/${second.id}/submit`);

    const withdrawn = await team.coordinator.post(`/api/proposals/${first.id}/withdraw`, { reason: 'Salah memilih kategori' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', withdrawReason: 'Salah memilih kategori' });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('entity_id', '=', first.id)
      .where('action', '=', 'proposal.withdraw')
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(team.coordinatorUser.id);

    at(new Date(deadline.getTime() + 60_000));
    await refusedWithoutWrites(t.db, () => team.coordinator.post(`/api/proposals/${second.id}/withdraw`, { reason: 'Terlambat menarik' }), 409, 'WITHDRAWAL_CLOSED');
  });
});
