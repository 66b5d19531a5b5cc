import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemoEvaluation } from '../../src/server/modules/evaluation/demo/seed.js';
import { seedDemo } from '../../src/server/seed/demo.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('seeds the open call’s desk review round once, through the audited services', async () => {
  await seedDemo(t.db);
  await seedDemoEvaluation(t.db);
  const rounds = await t.db.selectFrom('evaluation_rounds').selectAll().execute();
  expect(rounds).toHaveLength(1);
  expect(rounds[0]).toMatchObject({ reviewer_role: 'evaluator', reviewers_per_proposal: 3, blind: true, status: 'setup' });
  expect(rounds[0]!.stage_id).not.toBeNull();
  const criteria = await t.db.selectFrom('evaluation_criteria').select(['name', 'weight']).where('round_id', '=', rounds[0]!.id).orderBy('position').execute();
  expect(criteria.map((c) => c.name)).toEqual(['Kebaruan', 'Efektivitas', 'Kebermanfaatan', 'Dapat direplikasi', 'Keberlanjutan']);
  const pool = await t.db.selectFrom('evaluation_pool').innerJoin('users', 'users.id', 'evaluation_pool.user_id').select('users.email').execute();
  expect(pool.map((p) => p.email)).toEqual(['evaluator@simpul.test']);
  const audited = await t.db.selectFrom('audit_log').select('action').where('action', 'like', 'evaluation.%').execute();
  expect(audited.map((a) => a.action)).toEqual(['evaluation.round.create', 'evaluation.criteria.replace', 'evaluation.pool.replace']);
});
