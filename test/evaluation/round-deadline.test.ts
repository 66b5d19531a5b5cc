import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { buildEvaluationWorld, CRITERIA, createRound, type EvaluationWorld, expectOk, signedInReviewers } from './fixtures.js';

/**
 * A round scheduled in a competition stage (the desk evaluation dates the secretariat set) takes
 * score changes only until the stage ends, even when nobody closed the round by hand; evaluators
 * see the deadline, and extending the stage reopens scoring.
 */
let t: TestApp;
let admin: Agent;
let world: EvaluationWorld;
let reviewer: Awaited<ReturnType<typeof signedInReviewers>>[number];
let roundId: string;
let stageId: string;
let criterionIds: string[];

const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000);

beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.signedIn('ministry_admin')).agent;
  world = await buildEvaluationWorld(t.db, [{ regionCode: '35.78' }, { regionCode: '33.74' }]);
  reviewer = (await signedInReviewers(t, 'evaluator', ['11.71']))[0]!;
  const stage = await t.db
    .insertInto('competition_stages')
    .values({ competition_id: world.competitionId, kind: 'desk_evaluation', name: 'Evaluasi proposal', starts_at: hoursFromNow(-48), ends_at: hoursFromNow(24), position: 3 })
    .returning('id')
    .executeTakeFirstOrThrow();
  stageId = stage.id;
  const round = await createRound(admin, world.competitionId, { stageId, reviewersPerProposal: 1 });
  roundId = round.id;
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${roundId}/criteria`, { body: { criteria: CRITERIA } }));
  criterionIds = (await admin.get(`/api/evaluation/rounds/${roundId}`)).json().criteria.map((c: { id: string }) => c.id);
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${roundId}/pool`, { body: { members: [{ userId: reviewer.user.id }] } }));
  expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/assignments/auto`));
  expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/assignments/publish`));
  expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/status`, { status: 'open' }));
});
afterAll(() => t.close());

const scoreUrl = (j: number) => `/api/evaluation/rounds/${roundId}/proposals/${world.proposals[j]!.id}/score`;
const sheet = () => ({ values: { [criterionIds[0]!]: 7, [criterionIds[1]!]: 6 }, submit: true });
const setStageEnd = (endsAt: Date) => t.db.updateTable('competition_stages').set({ ends_at: endsAt }).where('id', '=', stageId).execute();

describe('scoring deadline from the competition stage', () => {
  it('shows the deadline in the evaluator’s list and on the review page', async () => {
    const mine = (await reviewer.agent.get('/api/evaluation/my/assignments')).json().items;
    expect(mine.length).toBe(2);
    const stage = await t.db.selectFrom('competition_stages').select('ends_at').where('id', '=', stageId).executeTakeFirstOrThrow();
    for (const item of mine) expect(item.deadline).toBe(new Date(stage.ends_at).toISOString());
    const review = (await reviewer.agent.get(`/api/evaluation/rounds/${roundId}/proposals/${world.proposals[0]!.id}/review`)).json();
    expect(review.round).toMatchObject({ deadline: new Date(stage.ends_at).toISOString(), deadlinePassed: false });
  });

  it('takes scores before the stage ends', async () => {
    const response = await reviewer.agent.request('PUT', scoreUrl(0), { body: sheet() });
    expectOk(response);
    expect(response.json().status).toBe('submitted');
  });

  it('refuses any score change once the stage has ended, in both languages, writing nothing', async () => {
    await setStageEnd(hoursFromNow(-1));
    const before = await databaseFingerprint(t.db);
    const late = await reviewer.agent.request('PUT', scoreUrl(1), { body: sheet() });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('ROUND_DEADLINE_PASSED');
    expect(late.json().error.message).toMatch(/Batas waktu tahap "Evaluasi proposal" telah lewat \(.+ WIB\)/);
    const english = await reviewer.agent.request('PUT', scoreUrl(0), { body: { ...sheet(), overallComment: 'Revisi setelah tenggat' }, headers: { 'accept-language': 'en' } });
    expect(english.statusCode).toBe(409);
    expect(english.json().error.message).toMatch(/The deadline of the stage "Evaluasi proposal" has passed/);
    expect(await databaseFingerprint(t.db)).toEqual(before);
    const review = (await reviewer.agent.get(`/api/evaluation/rounds/${roundId}/proposals/${world.proposals[1]!.id}/review`)).json();
    expect(review.round.deadlinePassed).toBe(true);
  });

  it('takes scores again when the secretariat extends the stage', async () => {
    await setStageEnd(hoursFromNow(2));
    expectOk(await reviewer.agent.request('PUT', scoreUrl(1), { body: sheet() }));
  });

  it('leaves rounds without a stage to be closed by hand', async () => {
    const unscheduled = await createRound(admin, world.competitionId, { reviewersPerProposal: 1, name: 'Tahap tanpa jadwal' });
    const view = (await admin.get(`/api/evaluation/rounds/${unscheduled.id}`)).json();
    expect(view.stageId).toBeNull();
  });
});
