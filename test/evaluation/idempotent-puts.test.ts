import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { buildEvaluationWorld, CRITERIA, createRound, type EvaluationWorld, expectOk, signedInReviewers } from './fixtures.js';

/**
 * nginx resends a PUT to the other instance when the first died, even after it committed. The
 * round's replacing PUTs (criteria, pool, field visits) must then change nothing and audit
 * nothing, answer as the first did, and a different body must still be written and audited.
 */
let t: TestApp;
let admin: Agent;
let world: EvaluationWorld;
let reviewers: Awaited<ReturnType<typeof signedInReviewers>>;
let roundId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.signedIn('ministry_admin')).agent;
  world = await buildEvaluationWorld(t.db, [{ regionCode: '35.78' }, { regionCode: '33.74', category: 1 }]);
  reviewers = await signedInReviewers(t, 'evaluator', ['11.71', '51.71']);
  roundId = (await createRound(admin, world.competitionId, { reviewersPerProposal: 1 })).id;
});
afterAll(() => t.close());

async function auditCount(action: string): Promise<number> {
  const row = await t.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('action', '=', action)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Sends the same PUT twice; the second must leave the database as it was and answer the same. */
async function expectResendIsNoOp(url: string, body: unknown) {
  const first = await admin.request('PUT', url, { body });
  expectOk(first);
  const before = await databaseFingerprint(t.db);
  const again = await admin.request('PUT', url, { body });
  expectOk(again);
  expect(again.json()).toEqual(first.json());
  expect(await databaseFingerprint(t.db)).toEqual(before);
  return first.json();
}

describe('a resent PUT on a round changes nothing', () => {
  it('criteria: the same list again is no event; another list is written and audited', async () => {
    const url = `/api/evaluation/rounds/${roundId}/criteria`;
    const first = await expectResendIsNoOp(url, { criteria: CRITERIA_WITHOUT_DEFAULTS });
    expect(first.criteria).toHaveLength(CRITERIA.length);
    // Defaults spelled out are the same criteria as defaults left out.
    const spelled = CRITERIA_WITHOUT_DEFAULTS.map((c) => ({ description: '', required: true, includedInTotal: true, ...c }));
    const before = await databaseFingerprint(t.db);
    expectOk(await admin.request('PUT', url, { body: { criteria: spelled } }));
    expect(await databaseFingerprint(t.db)).toEqual(before);
    const audits = await auditCount('evaluation.criteria.replace');
    const changed = await admin.request('PUT', url, { body: { criteria: CRITERIA.map((c, i) => (i === 0 ? { ...c, weight: 35 } : c)) } });
    expectOk(changed);
    expect(changed.json().criteria[0].weight).toBe(35);
    expect(await auditCount('evaluation.criteria.replace')).toBe(audits + 1);
  });

  it('pool: the same members again, in another order or with the default cap spelled out, is no event', async () => {
    const url = `/api/evaluation/rounds/${roundId}/pool`;
    const members = reviewers.map((r) => ({ userId: r.user.id }));
    await expectResendIsNoOp(url, { members });
    const before = await databaseFingerprint(t.db);
    const reordered = [...members].reverse().map((m) => ({ ...m, maxProposals: 10, expertiseCategoryIds: [] }));
    expectOk(await admin.request('PUT', url, { body: { members: reordered } }));
    expect(await databaseFingerprint(t.db)).toEqual(before);
    const audits = await auditCount('evaluation.pool.replace');
    const changed = await admin.request('PUT', url, { body: { members: members.map((m, i) => (i === 0 ? { ...m, maxProposals: 3 } : m)) } });
    expectOk(changed);
    expect(changed.json().pool.find((m: { userId: string }) => m.userId === members[0]!.userId).maxProposals).toBe(3);
    expect(await auditCount('evaluation.pool.replace')).toBe(audits + 1);
  });

  it('field visit: the same findings again are no event; other findings are written and audited', async () => {
    const url = `/api/evaluation/rounds/${roundId}/field-visits/${world.proposals[0]!.id}`;
    const body = { visitedOn: '2026-10-10', findings: 'Layanan berjalan, data kunjungan sesuai laporan.', verified: true };
    const first = await expectResendIsNoOp(url, body);
    expect(first.items).toEqual([{ proposalId: world.proposals[0]!.id, ...body }]);
    const audits = await auditCount('evaluation.field_visit.record');
    const changed = await admin.request('PUT', url, { body: { ...body, verified: false } });
    expectOk(changed);
    expect(changed.json().items[0].verified).toBe(false);
    expect(await auditCount('evaluation.field_visit.record')).toBe(audits + 1);
  });

  it('after the round opened, resent criteria still answer as before; a change is still refused', async () => {
    expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/assignments/auto`));
    expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/status`, { status: 'open' }));
    const url = `/api/evaluation/rounds/${roundId}/criteria`;
    const stored = (await admin.get(`/api/evaluation/rounds/${roundId}`)).json().criteria as {
      name: string;
      description: string;
      weight: number;
      scale: unknown;
      required: boolean;
      includedInTotal: boolean;
    }[];
    const body = { criteria: stored.map(({ name, description, weight, scale, required, includedInTotal }) => ({ name, description, weight, scale, required, includedInTotal })) };
    const before = await databaseFingerprint(t.db);
    const again = await admin.request('PUT', url, { body });
    expectOk(again);
    expect(again.json().criteria).toEqual(stored);
    expect(await databaseFingerprint(t.db)).toEqual(before);
    const changed = await admin.request('PUT', url, { body: { criteria: body.criteria.slice(0, 2) } });
    expect(changed.statusCode).toBe(409);
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });
});

/** The fixture's criteria with every defaulted field left out where it holds the default. */
const CRITERIA_WITHOUT_DEFAULTS = CRITERIA.map(({ required, includedInTotal, ...rest }) => ({
  ...rest,
  ...(required ? {} : { required }),
  ...(includedInTotal ? {} : { includedInTotal }),
}));
