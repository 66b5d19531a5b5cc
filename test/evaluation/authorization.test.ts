import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/common/roles.js';
import type { Agent } from '../helpers/agent.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { buildEvaluationWorld, CRITERIA, createRound, type EvaluationWorld, expectOk, signedInReviewers } from './fixtures.js';

/**
 * Who may do what on a real, open round (the route walk in test/authorization.test.ts uses
 * made-up ids): every role, anonymous visitors, and the record-level rules between evaluators.
 */
let t: TestApp;
let admin: Agent;
let world: EvaluationWorld;
let roundId: string;
let reviewers: Awaited<ReturnType<typeof signedInReviewers>>;
const agents = new Map<Role | 'anonymous', Agent>();

beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.signedIn('ministry_admin')).agent;
  world = await buildEvaluationWorld(t.db, [{ regionCode: '35.78' }, { regionCode: '33.74' }]);
  reviewers = await signedInReviewers(t, 'evaluator', ['11.71', '51.71']);
  const round = await createRound(admin, world.competitionId, { reviewersPerProposal: 1 });
  roundId = round.id;
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${roundId}/criteria`, { body: { criteria: CRITERIA } }));
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${roundId}/pool`, { body: { members: reviewers.map((r) => ({ userId: r.user.id, maxProposals: 1 })) } }));
  expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/assignments/auto`));
  expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/assignments/publish`));
  expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/status`, { status: 'open' }));
  agents.set('anonymous', await t.agent().prime());
  for (const role of ROLES) agents.set(role, (await t.signedIn(role)).agent);
});
afterAll(() => t.close());

const MANAGE = ['ministry_admin'];
const RESULTS = ['ministry_admin', 'panelist'];
const REVIEW = ['evaluator', 'panelist'];

describe.each(['anonymous', ...ROLES] as const)('as %s', (who) => {
  it('reaches exactly what its role allows on a live round', async () => {
    const agent = agents.get(who)!;
    const denied = who === 'anonymous' ? 401 : 403;
    const expectAccess = (status: number, allowed: boolean) => (allowed ? expect(status).not.toBe(denied) : expect(status).toBe(denied));
    expectAccess((await agent.get(`/api/evaluation/rounds/${roundId}`)).statusCode, MANAGE.includes(who));
    expectAccess((await agent.get(`/api/evaluation/rounds/${roundId}/conflicts`)).statusCode, MANAGE.includes(who));
    expectAccess((await agent.get(`/api/evaluation/rounds/${roundId}/assignments.csv`)).statusCode, MANAGE.includes(who));
    expectAccess((await agent.get(`/api/evaluation/rounds/${roundId}/assignments?status=not_started&missing=false&page=1&pageSize=5`)).statusCode, MANAGE.includes(who));
    expectAccess((await agent.get(`/api/evaluation/rounds/${roundId}/results`)).statusCode, RESULTS.includes(who));
    expectAccess((await agent.get(`/api/evaluation/rounds/${roundId}/results.xlsx`)).statusCode, MANAGE.includes(who));
    expectAccess((await agent.get('/api/evaluation/my/assignments')).statusCode, REVIEW.includes(who));
    // Idempotent: publishing again changes nothing.
    expectAccess((await agent.post(`/api/evaluation/rounds/${roundId}/assignments/publish`)).statusCode, MANAGE.includes(who));
    // Public results are public.
    expect((await agent.get(`/api/evaluation/results/${world.competitionId}`)).statusCode).toBe(200);
  });
});

describe('between evaluators', () => {
  it('shows each evaluator only their own assignment and refuses the other one', async () => {
    const [a, b] = reviewers as [(typeof reviewers)[number], (typeof reviewers)[number]];
    const mineA = (await a.agent.get('/api/evaluation/my/assignments')).json().items;
    const mineB = (await b.agent.get('/api/evaluation/my/assignments')).json().items;
    expect(mineA).toHaveLength(1);
    expect(mineB).toHaveLength(1);
    expect(mineA[0].proposalId).not.toBe(mineB[0].proposalId);
    const other = await a.agent.get(`/api/evaluation/rounds/${roundId}/proposals/${mineB[0].proposalId}/review`);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('NOT_ASSIGNED');
    // A panelist holds the review permission but no assignment in this round.
    const panelist = agents.get('panelist')!;
    expect((await panelist.get(`/api/evaluation/rounds/${roundId}/proposals/${mineB[0].proposalId}/review`)).statusCode).toBe(404);
  });

  it('answers in English when asked', async () => {
    const english = (await t.signedIn('evaluator')).agent;
    const response = await english.request('GET', `/api/evaluation/rounds/${roundId}/proposals/${world.proposals[0]!.id}/review`, { headers: { 'accept-language': 'en' } });
    expect(response.json().error.message).toBe('This proposal is not assigned to you (or the assignment is not published yet).');
  });
});
