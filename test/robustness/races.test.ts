import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/server/auth/tokens.js';
import type { Agent } from '../helpers/agent.js';
import { buildUser } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { buildEvaluationWorld, CRITERIA, createRound, type EvaluationWorld, expectOk, signedInReviewers } from '../evaluation/fixtures.js';

/**
 * Read-then-write checks that concurrency used to defeat (issue #12, "races as a class"), each
 * stated as the invariant a single request keeps, then hit with 20 requests at once. On PGlite
 * (one connection) transactions never interleave; the races show on PostgreSQL
 * (`bash scripts/with-postgres.sh npx vitest run test/robustness/races.test.ts`). Caps per agency,
 * double submission and objection limits have their own concurrent tests (proposals/eligibility,
 * proposals/submission, evaluation/objection-limits) and proposal starts with a new innovation
 * (proposals/create-race).
 */
const PARALLEL = 20;
let t: TestApp;
let admin: Agent;
let world: EvaluationWorld;
let evaluator: Awaited<ReturnType<typeof signedInReviewers>>[number];
let round: { id: string; criteria: { id: string }[] };

beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.signedIn('ministry_admin')).agent;
  world = await buildEvaluationWorld(t.db, [{ regionCode: '35.78' }, { regionCode: '33.74' }]);
  evaluator = (await signedInReviewers(t, 'evaluator', ['11.71']))[0]!;
  round = await createRound(admin, world.competitionId, { reviewersPerProposal: 1, scoresEditableAfterSubmit: false });
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${round.id}/criteria`, { body: { criteria: CRITERIA } }));
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${round.id}/pool`, { body: { members: [{ userId: evaluator.user.id }] } }));
  expectOk(await admin.post(`/api/evaluation/rounds/${round.id}/assignments/auto`));
  expectOk(await admin.post(`/api/evaluation/rounds/${round.id}/assignments/publish`));
  expectOk(await admin.post(`/api/evaluation/rounds/${round.id}/status`, { status: 'open' }));
  round = (await admin.get(`/api/evaluation/rounds/${round.id}`)).json();
});
afterAll(() => t.close());

async function auditEntries(action: string, entityId: string): Promise<number> {
  const rows = await t.db.selectFrom('audit_log').select('id').where('action', 'like', action).where('entity_id', '=', entityId).execute();
  return rows.length;
}

const sheetUrl = (j: number) => `/api/evaluation/rounds/${round.id}/proposals/${world.proposals[j]!.id}/score`;
const values = (a: number, b: number) => ({ [round.criteria[0]!.id]: a, [round.criteria[1]!.id]: b });

describe('one score sheet per evaluator and proposal', () => {
  it('the same sheet saved 20 times at once is stored once and audited once', async () => {
    const body = { values: values(7, 7), comments: {}, overallComment: 'Sama.', submit: false };
    const responses = await Promise.all(Array.from({ length: PARALLEL }, () => evaluator.agent.request('PUT', sheetUrl(0), { body })));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(PARALLEL).fill(200));
    const entity = `${round.id}:${world.proposals[0]!.id}:${evaluator.user.id}`;
    expect(await auditEntries('evaluation.score.%', entity)).toBe(1);
  });

  it('a submission is never overwritten by drafts saved at the same moment (scores locked after submit)', async () => {
    const submit = { values: values(9, 9), comments: {}, overallComment: 'Final.', submit: true };
    const drafts = Array.from({ length: PARALLEL - 1 }, (_, i) => ({ values: values(1 + (i % 9), 2), comments: {}, overallComment: `Draf ${i}`, submit: false }));
    const bodies = [...drafts.slice(0, 9), submit, ...drafts.slice(9)];
    const responses = await Promise.all(bodies.map((body) => evaluator.agent.request('PUT', sheetUrl(1), { body })));
    expect(responses.every((r) => r.statusCode < 500)).toBe(true);
    const submitted = responses[9]!;
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().status).toBe('submitted');
    const stored = await t.db
      .selectFrom('evaluation_scores')
      .selectAll()
      .where('round_id', '=', round.id)
      .where('proposal_id', '=', world.proposals[1]!.id)
      .where('evaluator_id', '=', evaluator.user.id)
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe('submitted');
    expect(stored.criterion_values).toEqual(submit.values);
    expect(stored.overall_comment).toBe('Final.');
    // Every draft answered 200 came before the submission; every later one was refused.
    const refused = responses.filter((r) => r.statusCode === 409);
    for (const r of refused) expect(r.json().error.code).toBe('SCORE_LOCKED');
  });
});

describe('one redacted copy per proposal', () => {
  it('the same copy sent 20 times at once is stored once and audited once', async () => {
    const id = world.proposals[0]!.id;
    const body = { title: 'Judul tersamar serentak', answers: [{ number: 1, value: 'Jawaban tersamar.' }] };
    const responses = await Promise.all(Array.from({ length: PARALLEL }, () => admin.request('PUT', `/api/evaluation/proposals/${id}/redaction`, { body })));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(PARALLEL).fill(200));
    expect(await auditEntries('evaluation.redaction.set', id)).toBe(1);
  });
});

describe('one acceptance per invitation', () => {
  it('20 acceptances of one token at once set one password, audited once; the rest are refused', async () => {
    const user = await buildUser(t.db, { role: 'agency_operator', password: null });
    const token = `undangan-serentak-${user.id}`;
    await t.db
      .insertInto('invitations')
      .values({ token_hash: sha256(token), user_id: user.id, expires_at: new Date(Date.now() + 3_600_000) })
      .execute();
    const agents = await Promise.all(Array.from({ length: PARALLEL }, () => t.agent().prime()));
    const responses = await Promise.all(agents.map((a, i) => a.post('/api/auth/invite/accept', { token, password: `Sandi-Serentak-${i}-Panjang!` })));
    expect(responses.every((r) => r.statusCode < 500)).toBe(true);
    expect(responses.filter((r) => r.statusCode === 204)).toHaveLength(1);
    expect(await auditEntries('user.invitation_accept', user.id)).toBe(1);
  });
});
