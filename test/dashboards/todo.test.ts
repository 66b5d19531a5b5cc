import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TodoList } from '../../src/common/dashboards.js';
import { insertPublished } from '../catalog/catalog-helpers.js';
import { buildEvaluationWorld, type EvaluationWorld } from '../evaluation/fixtures.js';
import type { Agent } from '../helpers/agent.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Role homes as to-do lists (issue #19): `GET /api/me/todo` lists, per role, what waits with
 * counts and the nearest deadline, scoped to the user's own agency or own assignments, zero
 * counts left out.
 */
let t: TestApp;
let world: EvaluationWorld;
let agencyId: string;
const deadline = new Date(Date.now() + 5 * 24 * 3600 * 1000);

async function todo(agent: Agent): Promise<TodoList> {
  const res = await agent.get('/api/me/todo');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const countOf = (list: TodoList, id: string) => list.items.find((i) => i.id === id)?.count ?? 0;

beforeAll(async () => {
  t = await createTestApp();
  agencyId = (await buildAgency(t.db, { type: 'kota', regionCode: '35.78', name: 'Kota Uji Tugas' })).id;
  const other = (await buildAgency(t.db, { type: 'kota', regionCode: '35.73', name: 'Kota Lain Uji Tugas' })).id;
  // Records: two drafts (one returned with a note), one submitted for approval; another agency's draft.
  await insertPublished(t.db, agencyId, { workflowState: 'draft', title: 'Draf A' });
  const returned = await insertPublished(t.db, agencyId, { workflowState: 'draft', title: 'Draf B' });
  await t.db.updateTable('innovations').set({ review_note: 'Lengkapi hasil' }).where('id', '=', returned).execute();
  const submitted = await insertPublished(t.db, agencyId, { workflowState: 'draft', title: 'Diajukan C' });
  await t.db.updateTable('innovations').set({ workflow_state: 'submitted', submitted_at: new Date() }).where('id', '=', submitted).execute();
  await insertPublished(t.db, other, { workflowState: 'draft', title: 'Draf lain' });

  // A call with a registration stage ahead, two pending checks, one passed; one of our proposals is ready.
  world = await buildEvaluationWorld(t.db, [{ regionCode: '35.78', agencyId, adminCheck: 'pending' }, { regionCode: '33.74', adminCheck: 'pending' }, { regionCode: '33.74' }]);
  await t.db
    .insertInto('competition_stages')
    .values({ competition_id: world.competitionId, kind: 'registration', name: 'Pendaftaran', starts_at: new Date(Date.now() - 86400000), ends_at: deadline, position: 1 })
    .execute();
  const spare = await insertPublished(t.db, agencyId, { title: 'Inovasi untuk proposal siap' });
  const first = await t.db.selectFrom('proposals').selectAll().where('id', '=', world.proposals[0]!.id).executeTakeFirstOrThrow();
  await t.db
    .insertInto('proposals')
    .values({
      ...first,
      id: undefined,
      number: `${first.number}-R`,
      status: 'ready',
      submitted_at: null,
      content_hash: null,
      submitted_content: null,
      innovation_id: spare,
    } as never)
    .execute();
});

afterAll(async () => {
  await t.close();
});

describe('GET /api/me/todo', () => {
  it('asks for sign-in', async () => {
    const res = await t.agent().get('/api/me/todo');
    expect(res.statusCode).toBe(401);
  });

  it("gives the agency admin the proposals to submit with the deadline and the agency's records to approve", async () => {
    const { agent } = await t.signedIn('agency_admin', { agencyId });
    const list = await todo(agent);
    expect(list.role).toBe('agency_admin');
    const ready = list.items.find((i) => i.id === 'proposals.ready')!;
    expect(ready).toMatchObject({ count: 1, href: '/proposal', title: { id: 'Proposal siap diajukan ke kementerian' } });
    expect(new Date(ready.deadline!).getTime()).toBe(deadline.getTime());
    expect(countOf(list, 'innovations.submitted')).toBe(1);
    expect(countOf(list, 'innovations.draft')).toBe(1);
    expect(countOf(list, 'innovations.returned')).toBe(1);
  });

  it("gives an operator its agency's drafts and returned items, never another agency's", async () => {
    const { agent } = await t.signedIn('agency_operator', { agencyId });
    const list = await todo(agent);
    expect(countOf(list, 'innovations.draft')).toBe(1);
    expect(countOf(list, 'innovations.returned')).toBe(1);
    expect(countOf(list, 'proposals.ready')).toBe(0);
    expect(countOf(list, 'innovations.submitted')).toBe(0);
    const elsewhere = await todo((await t.signedIn('agency_operator')).agent);
    expect(elsewhere.items).toEqual([]);
  });

  it('gives the secretariat the pending checks and rounds to open', async () => {
    const { agent } = await t.signedIn('ministry_admin');
    await t.db
      .insertInto('evaluation_rounds')
      .values({
        competition_id: world.competitionId,
        name: 'Evaluasi Uji',
        reviewer_role: 'evaluator',
        reviewers_per_proposal: 1,
        default_max_per_evaluator: 10,
        carry_over_weight: 0,
      })
      .execute();
    const list = await todo(agent);
    expect(countOf(list, 'proposals.checks')).toBe(2);
    expect(countOf(list, 'evaluation.rounds-to-open')).toBe(1);
    expect(countOf(list, 'evaluation.objections')).toBe(0);
    // Every agency's records waiting for approval (the ministry approves any).
    expect(countOf(list, 'innovations.submitted')).toBe(1);
  });

  it('gives an evaluator the sheets left in open rounds and the round deadline', async () => {
    const { agent, user } = await t.signedIn('evaluator');
    const stage = await t.db
      .insertInto('competition_stages')
      .values({ competition_id: world.competitionId, kind: 'desk_evaluation', name: 'Evaluasi', starts_at: new Date(), ends_at: deadline, position: 3 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const round = await t.db
      .insertInto('evaluation_rounds')
      .values({
        competition_id: world.competitionId,
        stage_id: stage.id,
        name: 'Desk',
        reviewer_role: 'evaluator',
        reviewers_per_proposal: 1,
        default_max_per_evaluator: 10,
        carry_over_weight: 0,
        status: 'open',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('evaluation_assignments')
      .values(world.proposals.slice(1).map((p) => ({ round_id: round.id, proposal_id: p.id, evaluator_id: user.id, source: 'manual' as const, published: true })))
      .execute();
    await t.db
      .insertInto('evaluation_scores')
      .values({
        round_id: round.id,
        proposal_id: world.proposals[1]!.id,
        evaluator_id: user.id,
        criterion_values: '{}',
        criterion_comments: '{}',
        total: 80,
        status: 'submitted',
        submitted_at: new Date(),
      })
      .execute();
    const list = await todo(agent);
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ id: 'evaluation.reviews', count: 1, href: '/penilaian' });
    expect(new Date(list.items[0]!.deadline!).getTime()).toBe(deadline.getTime());
    // Another evaluator has nothing waiting.
    expect((await todo((await t.signedIn('evaluator')).agent)).items).toEqual([]);
  });

  it('answers an empty list for roles with nothing to do yet', async () => {
    for (const role of ['citizen', 'hub_coordinator', 'mentor', 'finance_viewer'] as const) {
      const list = await todo((await t.signedIn(role)).agent);
      expect(list).toEqual({ role, items: [] });
    }
  });
});
