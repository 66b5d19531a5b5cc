import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint } from '../helpers/test-app.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import type { Agent } from '../helpers/agent.js';
import { buildEvaluationWorld, CRITERIA, createRound, type EvaluationWorld, expectOk, signedInReviewers } from './fixtures.js';

/** Criteria, pool, conflicts, optimal assignment, publication, CSV, undo and reassignment. */
let t: TestApp;
let admin: Agent;
let world: EvaluationWorld;
let reviewers: Awaited<ReturnType<typeof signedInReviewers>>;
let roundId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.signedIn('ministry_admin')).agent;
  world = await buildEvaluationWorld(t.db, [
    { regionCode: '35.78', category: 0 },
    { regionCode: '35.78', category: 1 },
    { regionCode: '33.74', category: 0 },
    { regionCode: '53.01', category: 1 },
    { regionCode: '31.71', category: 0 },
    { regionCode: '73.71', category: 1 },
    { regionCode: '73.71', category: 0, adminCheck: 'failed' },
  ]);
  // Malang (same province as Surabaya), Central Java province, Banda Aceh, Denpasar.
  reviewers = await signedInReviewers(t, 'evaluator', ['35.73', '33', '11.71', '51.71']);
  const round = await createRound(admin, world.competitionId);
  roundId = round.id;
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${roundId}/criteria`, { body: { criteria: CRITERIA } }));
  expectOk(
    await admin.request('PUT', `/api/evaluation/rounds/${roundId}/pool`, {
      body: { members: reviewers.map((r, i) => ({ userId: r.user.id, maxProposals: i === 3 ? 2 : 5, expertiseCategoryIds: [world.categoryIds[i % 2]] })) },
    }),
  );
});
afterAll(() => t.close());

describe('round configuration', () => {
  it('takes only proposals that passed the administrative check', async () => {
    const round = (await admin.get(`/api/evaluation/rounds/${roundId}`)).json();
    expect(round.counts.proposals).toBe(6);
    expect(round.criteria.map((c: { name: string }) => c.name)).toEqual(CRITERIA.map((c) => c.name));
  });

  it('refuses a pool member without the reviewer role and changes nothing', async () => {
    const citizen = await t.signedIn('citizen');
    const before = await databaseFingerprint(t.db);
    const response = await admin.request('PUT', `/api/evaluation/rounds/${roundId}/pool`, { body: { members: [{ userId: citizen.user.id }] } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/Anggota 1/);
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it('refuses a criterion whose scale is empty', async () => {
    const response = await admin.request('PUT', `/api/evaluation/rounds/${roundId}/criteria`, {
      body: { criteria: [{ name: 'Kebaruan', weight: 1, scale: { kind: 'numeric', min: 5, max: 5 } }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.field).toBe('criteria.0.scale');
  });
});

describe('conflicts of interest', () => {
  it('lists every conflict of the pool before anything is assigned', async () => {
    const declared = await reviewers[2]!.agent.post('/api/evaluation/my/conflicts', { kind: 'region', regionCode: '53', reason: 'Keluarga saya tinggal di NTT' });
    expect(declared.statusCode).toBe(201);
    const check = (await admin.get(`/api/evaluation/rounds/${roundId}/conflicts`)).json();
    const pairs = check.conflicts.map((c: { evaluatorId: string; proposalId: string; reasons: string[] }) => [c.evaluatorId, c.proposalId, c.reasons]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [reviewers[0]!.user.id, world.proposals[0]!.id, ['same_province']],
        [reviewers[0]!.user.id, world.proposals[1]!.id, ['same_province']],
        [reviewers[1]!.user.id, world.proposals[2]!.id, ['same_province']],
        [reviewers[2]!.user.id, world.proposals[3]!.id, ['declared_region']],
      ]),
    );
    expect(check.conflicts).toHaveLength(4);
  });

  it('refuses a manual assignment that creates a conflict, writing nothing', async () => {
    const before = await databaseFingerprint(t.db);
    const response = await admin.post(`/api/evaluation/rounds/${roundId}/assignments`, { proposalId: world.proposals[0]!.id, evaluatorId: reviewers[0]!.user.id });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('CONFLICT_OF_INTEREST');
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });
});

describe('automatic assignment', () => {
  it('gives every proposal exactly k evaluators, within caps, never a conflicted one, hidden until published', async () => {
    const response = await admin.post(`/api/evaluation/rounds/${roundId}/assignments/auto`);
    expectOk(response);
    expect(response.json().added).toBe(12);
    const { items } = (await admin.get(`/api/evaluation/rounds/${roundId}/assignments`)).json();
    const check = (await admin.get(`/api/evaluation/rounds/${roundId}/conflicts`)).json();
    const conflicted = new Set(check.conflicts.map((c: { evaluatorId: string; proposalId: string }) => `${c.proposalId}|${c.evaluatorId}`));
    const load = new Map<string, number>();
    for (const item of items) {
      expect(item.evaluators).toHaveLength(2);
      expect(item.missing).toBe(0);
      for (const e of item.evaluators) {
        expect(conflicted.has(`${item.proposalId}|${e.evaluatorId}`)).toBe(false);
        expect(e.published).toBe(false);
        load.set(e.evaluatorId, (load.get(e.evaluatorId) ?? 0) + 1);
      }
    }
    expect(load.get(reviewers[3]!.user.id)).toBeLessThanOrEqual(2);
    for (const r of reviewers.slice(0, 3)) expect(load.get(r.user.id)).toBeLessThanOrEqual(5);
    // Nothing is visible to the evaluators before publication.
    for (const r of reviewers) expect((await r.agent.get('/api/evaluation/my/assignments')).json().items).toEqual([]);
  });

  it('undoes the last bulk action, then redoes it', async () => {
    const undo = await admin.post(`/api/evaluation/rounds/${roundId}/assignments/undo`);
    expectOk(undo);
    expect(undo.json()).toMatchObject({ undone: 'auto_assign', removed: 12, restored: 0 });
    expect((await admin.get(`/api/evaluation/rounds/${roundId}`)).json().counts.assignments).toBe(0);
    const again = await admin.post(`/api/evaluation/rounds/${roundId}/assignments/undo`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('NOTHING_TO_UNDO');
    expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/assignments/auto`));
  });

  it('explains an infeasible round instead of assigning part of it', async () => {
    const tight = await createRound(admin, world.competitionId, { name: 'Terlalu ketat', reviewersPerProposal: 4 });
    expectOk(await admin.request('PUT', `/api/evaluation/rounds/${tight.id}/pool`, { body: { members: reviewers.map((r) => ({ userId: r.user.id })) } }));
    const before = await databaseFingerprint(t.db);
    const response = await admin.post(`/api/evaluation/rounds/${tight.id}/assignments/auto`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('ASSIGNMENT_INFEASIBLE');
    expect(response.json().error.details.reasons[0].kind).toBe('too-few-eligible-evaluators');
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });
});

describe('CSV export and import', () => {
  it('exports proposal numbers and e-mails, and re-imports the same file without change', async () => {
    const csv = (await admin.get(`/api/evaluation/rounds/${roundId}/assignments.csv`)).body;
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('proposal_number,evaluator_email');
    expect(lines).toHaveLength(13);
    const response = await admin.post(`/api/evaluation/rounds/${roundId}/assignments/import`, { csv });
    expectOk(response);
    expect(response.json()).toMatchObject({ added: 0, removed: 0, underCovered: [] });
  });

  it('refuses a file naming an unknown evaluator or creating a conflict, naming the line', async () => {
    const before = await databaseFingerprint(t.db);
    const p = world.proposals;
    const unknown = `proposal_number,evaluator_email\n${p[2]!.number},${reviewers[0]!.user.email}\n${p[3]!.number},nobody@uji.test\n`;
    const r1 = await admin.post(`/api/evaluation/rounds/${roundId}/assignments/import`, { csv: unknown });
    expect(r1.statusCode).toBe(400);
    expect(r1.json().error.message).toMatch(/CSV baris 3: penilai "nobody@uji.test" tidak dikenal/);
    const conflicted = `proposal_number,evaluator_email\n${p[0]!.number},${reviewers[0]!.user.email}\n`;
    const r2 = await t.agent('en').request('POST', `/api/evaluation/rounds/${roundId}/assignments/import`, { body: { csv: conflicted } });
    expect(r2.statusCode).toBe(401);
    const r3 = await admin.post(`/api/evaluation/rounds/${roundId}/assignments/import`, { csv: conflicted });
    expect(r3.statusCode).toBe(400);
    expect(r3.json().error.message).toMatch(/baris 2: .*konflik kepentingan/);
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it('replaces the set from a file and the import can be undone', async () => {
    const p = world.proposals;
    const e = reviewers.map((r) => r.user.email);
    const csv = ['proposal_number,evaluator_email', `${p[0]!.number},${e[2]}`, `${p[0]!.number},${e[3]}`, `${p[2]!.number},${e[2]}`].join('\n');
    const response = await admin.post(`/api/evaluation/rounds/${roundId}/assignments/import`, { csv });
    expectOk(response);
    expect(response.json().underCovered).toHaveLength(5);
    expect((await admin.get(`/api/evaluation/rounds/${roundId}`)).json().counts.assignments).toBe(3);
    expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/assignments/undo`));
    expect((await admin.get(`/api/evaluation/rounds/${roundId}`)).json().counts.assignments).toBe(12);
  });
});

describe('reassignment and publication', () => {
  it('moves an evaluator’s unscored work optimally to the rest of the pool', async () => {
    const from = reviewers[3]!.user.id;
    const response = await admin.post(`/api/evaluation/rounds/${roundId}/assignments/reassign`, { fromEvaluatorId: from });
    expectOk(response);
    const { items } = (await admin.get(`/api/evaluation/rounds/${roundId}/assignments`)).json();
    for (const item of items) {
      expect(item.evaluators).toHaveLength(2);
      expect(item.evaluators.map((e: { evaluatorId: string }) => e.evaluatorId)).not.toContain(from);
    }
    expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/assignments/undo`));
  });

  it('shows evaluators only their own assignments once published and the round is open', async () => {
    expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/assignments/publish`));
    expect((await reviewers[0]!.agent.get('/api/evaluation/my/assignments')).json().items).toEqual([]);
    expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/status`, { status: 'open' }));
    const mine = (await reviewers[0]!.agent.get('/api/evaluation/my/assignments')).json().items;
    const { items } = (await admin.get(`/api/evaluation/rounds/${roundId}/assignments`)).json();
    const expected = items.filter((i: { evaluators: { evaluatorId: string }[] }) => i.evaluators.some((e) => e.evaluatorId === reviewers[0]!.user.id));
    expect(mine.map((m: { proposalId: string }) => m.proposalId).sort()).toEqual(expected.map((i: { proposalId: string }) => i.proposalId).sort());
    for (const m of mine) expect(Object.keys(m)).not.toContain('mean');
  });

  it('audits every assignment change in the chain', async () => {
    const actions = await t.db.selectFrom('audit_log').select('action').where('action', 'like', 'evaluation.assignment.%').execute();
    const kinds = new Set(actions.map((a) => a.action));
    for (const k of ['auto', 'undo', 'import', 'reassign', 'publish']) expect(kinds.has(`evaluation.assignment.${k}`)).toBe(true);
  });
});

describe('selection without scores', () => {
  it('refuses to select from a round nobody has scored', async () => {
    const empty = await createRound(admin, world.competitionId, { name: 'Tanpa nilai' });
    expectOk(await admin.request('PUT', `/api/evaluation/rounds/${empty.id}/criteria`, { body: { criteria: CRITERIA } }));
    const early = await admin.post(`/api/evaluation/rounds/${empty.id}/selections`, { name: 'Top 2', awardLevel: null, size: 2 });
    expect(early.json().error.code).toBe('ROUND_NOT_CLOSED');
    expectOk(await admin.post(`/api/evaluation/rounds/${empty.id}/status`, { status: 'open' }));
    expectOk(await admin.post(`/api/evaluation/rounds/${empty.id}/status`, { status: 'closed' }));
    const before = await databaseFingerprint(t.db);
    const response = await admin.post(`/api/evaluation/rounds/${empty.id}/selections`, { name: 'Top 2', awardLevel: null, size: 2 });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('NOTHING_TO_SELECT');
    expect(await databaseFingerprint(t.db)).toEqual(before);
    const back = await admin.post(`/api/evaluation/rounds/${empty.id}/status`, { status: 'setup' });
    expect(back.json().error.code).toBe('ROUND_TRANSITION_NOT_ALLOWED');
  });
});
