import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/server/audit/audit-log.js';
import { seedDemoEvaluation } from '../../src/server/modules/evaluation/demo/seed.js';
import { seedDemoProposals } from '../../src/server/modules/proposals/demo/seed.js';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.js';
import { seedDemo } from '../../src/server/seed/demo.js';
import type { Agent } from '../helpers/agent.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';

/**
 * The demo's desk review round, seeded through the audited services: open, assignments made by
 * the automatic assignment and published, the other evaluators' sheets partly in, and the demo
 * evaluator with work still to do.
 */
let t: TestApp;
let roundId: string;
beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemo(t.db)).toBe(true);
  // The KIPP desk review (evaluators); the index's award nominees have a panel round of their own.
  roundId = (await t.db.selectFrom('evaluation_rounds').select('id').where('reviewer_role', '=', 'evaluator').executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

async function demoAgent(email: string): Promise<Agent> {
  const agent = t.agent();
  const response = await agent.signIn(email, DEMO_PASSWORD);
  expect(response.statusCode, response.body).toBe(200);
  return agent;
}

it('seeding again (whole set or each seeder) changes nothing', async () => {
  const before = await databaseFingerprint(t.db);
  expect(await seedDemo(t.db)).toBe(false);
  await seedDemoProposals(t.db);
  await seedDemoEvaluation(t.db);
  expect(await databaseFingerprint(t.db)).toEqual(before);
});

it('opens the round with the KIPP criteria, a five-member pool and every passed proposal assigned three times', async () => {
  const rounds = await t.db.selectFrom('evaluation_rounds').selectAll().where('reviewer_role', '=', 'evaluator').execute();
  expect(rounds).toHaveLength(1);
  // Besides it, the one panel round of the index's 2025 award nominees (nominees-demo.ts).
  expect(await t.db.selectFrom('evaluation_rounds').select('reviewer_role').where('reviewer_role', '<>', 'evaluator').execute()).toEqual([{ reviewer_role: 'panelist' }]);
  expect(rounds[0]).toMatchObject({ reviewer_role: 'evaluator', reviewers_per_proposal: 3, blind: true, status: 'open' });
  expect(rounds[0]!.stage_id).not.toBeNull();
  const criteria = await t.db.selectFrom('evaluation_criteria').select('name').where('round_id', '=', roundId).orderBy('position').execute();
  expect(criteria.map((c) => c.name)).toEqual(['Kebaruan', 'Efektivitas', 'Kebermanfaatan', 'Dapat direplikasi', 'Keberlanjutan']);
  const pool = await t.db.selectFrom('evaluation_pool').innerJoin('users', 'users.id', 'evaluation_pool.user_id').select('users.email').where('round_id', '=', roundId).execute();
  expect(pool.map((p) => p.email).sort()).toEqual([
    'evaluator@simpul.test',
    'penilai.andi@simpul.test',
    'penilai.maria@simpul.test',
    'penilai.nurhayati@simpul.test',
    'penilai.yohanes@simpul.test',
  ]);
  const assignments = await t.db.selectFrom('evaluation_assignments').select(['proposal_id', 'evaluator_id', 'published', 'source']).where('round_id', '=', roundId).execute();
  expect(assignments).toHaveLength(14 * 3);
  expect(assignments.every((a) => a.published && a.source === 'auto')).toBe(true);
  const perProposal = new Map<string, number>();
  for (const a of assignments) perProposal.set(a.proposal_id, (perProposal.get(a.proposal_id) ?? 0) + 1);
  expect([...perProposal.values()].every((n) => n === 3)).toBe(true);

  // The automatic conflict rules held: no evaluator reviews a proposal they are conflicted with.
  const admin = await demoAgent('admin@simpul.test');
  const conflicts = (await admin.get(`/api/evaluation/rounds/${roundId}/conflicts`)).json().conflicts as { proposalId: string; evaluatorId: string }[];
  expect(conflicts.length).toBeGreaterThan(0);
  const assigned = new Set(assignments.map((a) => `${a.proposal_id}:${a.evaluator_id}`));
  expect(conflicts.filter((c) => assigned.has(`${c.proposalId}:${c.evaluatorId}`))).toEqual([]);

  const audited = await t.db.selectFrom('audit_log').select('action').where('action', 'like', 'evaluation.%').orderBy('id').execute();
  const actions = audited.map((a) => a.action);
  expect(actions.slice(0, 6)).toEqual([
    'evaluation.round.create',
    'evaluation.criteria.replace',
    'evaluation.pool.replace',
    'evaluation.assignment.auto',
    'evaluation.assignment.publish',
    'evaluation.round.open',
  ]);
  expect(actions.filter((a) => a === 'evaluation.score.submit').length).toBeGreaterThanOrEqual(20);
});

it('has results to show from the other evaluators while the demo evaluator has everything still to score', async () => {
  const scores = await t.db
    .selectFrom('evaluation_scores as s')
    .innerJoin('users as u', 'u.id', 's.evaluator_id')
    .select(['u.email', 's.status'])
    .where('s.round_id', '=', roundId)
    .execute();
  expect(scores.filter((s) => s.email === 'evaluator@simpul.test')).toEqual([]);
  expect(scores.filter((s) => s.status === 'submitted').length).toBeGreaterThanOrEqual(20);
  expect(scores.filter((s) => s.status === 'draft')).toHaveLength(4);

  const admin = await demoAgent('admin@simpul.test');
  const results = await admin.get(`/api/evaluation/rounds/${roundId}/results`);
  expect(results.statusCode, results.body).toBe(200);
  const items = results.json().items as { score: number; count: number }[];
  expect(items.length).toBeGreaterThanOrEqual(10);
  expect(new Set(items.map((i) => Math.round(i.score))).size).toBeGreaterThan(3);
  expect(results.json().evaluators).toHaveLength(4);
});

it('lets the demo evaluator sign in, list the blind assignments and submit a score', async () => {
  const evaluator = await demoAgent('evaluator@simpul.test');
  const list = await evaluator.get('/api/evaluation/my/assignments');
  expect(list.statusCode, list.body).toBe(200);
  const items = list.json().items as { roundId: string; proposalId: string; blind: boolean; myStatus: string }[];
  expect(items.length).toBeGreaterThanOrEqual(5);
  expect(items.every((i) => i.roundId === roundId && i.blind && i.myStatus === 'not_started')).toBe(true);

  const first = items[0]!;
  const review = await evaluator.get(`/api/evaluation/rounds/${roundId}/proposals/${first.proposalId}/review`);
  expect(review.statusCode, review.body).toBe(200);
  const { criteria, proposal } = review.json();
  expect(proposal.agencyName).toBe('[disamarkan]');
  expect(proposal.answers.length).toBeGreaterThanOrEqual(9);
  const values = Object.fromEntries(criteria.map((c: { id: string; scale: { kind: string } }) => [c.id, c.scale.kind === 'numeric' ? 8 : 2]));
  const saved = await evaluator.request('PUT', `/api/evaluation/rounds/${roundId}/proposals/${first.proposalId}/score`, {
    body: { values, overallComment: 'Dampak terukur dan pelibatan desa kuat.', submit: true },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  expect(saved.json()).toMatchObject({ status: 'submitted' });
  const after = (await evaluator.get('/api/evaluation/my/assignments')).json().items as { proposalId: string; myStatus: string }[];
  expect(after.find((i) => i.proposalId === first.proposalId)!.myStatus).toBe('submitted');
});

it('keeps the audit chain intact', async () => {
  const report = await verifyAuditChain(t.db);
  expect(report.ok).toBe(true);
  expect(report.entries).toBeGreaterThan(150);
});
