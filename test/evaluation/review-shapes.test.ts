import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredConflictShape, myAssignmentShape, reviewShape, savedScoreShape } from '../../src/common/evaluation.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { buildEvaluationWorld, CRITERIA, createRound, type EvaluationWorld, expectOk, signedInReviewers } from './fixtures.js';

/**
 * The evaluator-facing routes answer through the shared shapes of src/common/evaluation.ts: the
 * body is exactly the schema (nothing more can leave the server, blind rounds included), and the
 * OpenAPI document carries those shapes instead of "anything".
 */
let t: TestApp;
let world: EvaluationWorld;
let reviewer: Awaited<ReturnType<typeof signedInReviewers>>[number];
let roundId: string;
let criterionIds: string[];

beforeAll(async () => {
  t = await createTestApp();
  const admin = (await t.signedIn('ministry_admin')).agent;
  world = await buildEvaluationWorld(t.db, [{ regionCode: '35.78' }]);
  reviewer = (await signedInReviewers(t, 'evaluator', ['11.71']))[0]!;
  roundId = (await createRound(admin, world.competitionId, { reviewersPerProposal: 1, blind: true })).id;
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${roundId}/criteria`, { body: { criteria: CRITERIA } }));
  criterionIds = (await admin.get(`/api/evaluation/rounds/${roundId}`)).json().criteria.map((c: { id: string }) => c.id);
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${roundId}/pool`, { body: { members: [{ userId: reviewer.user.id }] } }));
  expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/assignments/auto`));
  expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/assignments/publish`));
  expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/status`, { status: 'open' }));
});
afterAll(() => t.close());

/** Every key of `value`, nested, as dotted paths (arrays by their first element). */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.length ? keyPaths(value[0], `${prefix}[]`) : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [`${prefix}.${k}`, ...(k === 'values' || k === 'comments' || k === 'value' ? [] : keyPaths(v, `${prefix}.${k}`))]);
}

describe('evaluator-facing answers are exactly the shared shapes', () => {
  it('my assignments, the review page, a saved sheet and declared conflicts parse strictly', async () => {
    const proposalId = world.proposals[0]!.id;
    const mine = (await reviewer.agent.get('/api/evaluation/my/assignments')).json();
    expect(mine.items).toHaveLength(1);
    for (const item of mine.items) expect(keyPaths(myAssignmentShape.strict().parse(item))).toEqual(keyPaths(item));

    const review = (await reviewer.agent.get(`/api/evaluation/rounds/${roundId}/proposals/${proposalId}/review`)).json();
    expect(keyPaths(reviewShape.parse(review)).sort()).toEqual(keyPaths(review).sort());
    // Blind round: what identifies the agency stays on the server.
    expect(review.proposal.agencyName).toBe('[disamarkan]');
    expect(JSON.stringify(review)).not.toContain(world.proposals[0]!.agencyName);
    expect(JSON.stringify(review)).not.toContain(world.proposals[0]!.agencyId);

    const saved = await reviewer.agent.request('PUT', `/api/evaluation/rounds/${roundId}/proposals/${proposalId}/score`, {
      body: { values: { [criterionIds[0]!]: 7, [criterionIds[1]!]: 6 }, submit: false },
    });
    expectOk(saved);
    expect(keyPaths(savedScoreShape.parse(saved.json())).sort()).toEqual(keyPaths(saved.json()).sort());

    const declared = await reviewer.agent.post('/api/evaluation/my/conflicts', { kind: 'region', regionCode: '33.74', reason: 'Pernah bertugas di sana' });
    expectOk(declared, 201);
    expect(Object.keys(declaredConflictShape.strict().parse(declared.json())).sort()).toEqual(Object.keys(declared.json()).sort());
    const listed = (await reviewer.agent.get('/api/evaluation/my/conflicts')).json();
    expect(listed.items.map((c: { id: string }) => c.id)).toEqual([declared.json().id]);
  });

  it('the OpenAPI document describes the review routes’ answers and refusals', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const review = doc.paths['/api/evaluation/rounds/{roundId}/proposals/{proposalId}/review'].get.responses;
    expect(Object.keys(review).sort()).toEqual(['200', '400', '401', '403', '404', '409']);
    const body = review['200'].content['application/json'].schema;
    expect(Object.keys(body.properties).sort()).toEqual(['criteria', 'myScore', 'others', 'proposal', 'round']);
    expect(Object.keys(body.properties.proposal.properties)).not.toContain('agencyId');
    const mine = doc.paths['/api/evaluation/my/assignments'].get.responses['200'].content['application/json'].schema;
    expect(mine.properties.items.items.required).toContain('myStatus');
  });
});
