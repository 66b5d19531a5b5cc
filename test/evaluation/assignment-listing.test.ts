import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { buildEvaluationWorld, CRITERIA, createRound, type EvaluationWorld, expectOk, signedInReviewers } from './fixtures.js';

/**
 * The admin's assignment table a page at a time: pages cover every proposal exactly once, and the
 * filters (evaluator, number/title, review state, missing reviewers) narrow it in the database.
 * The CSV export still takes everything.
 */
let t: TestApp;
let admin: Agent;
let world: EvaluationWorld;
let reviewers: Awaited<ReturnType<typeof signedInReviewers>>;
let roundId: string;
let criteria: string[];

interface Row {
  proposalId: string;
  proposalNumber: string;
  title: string;
  evaluators: { evaluatorId: string; status: string }[];
  missing: number;
}
interface Listing {
  items: Row[];
  total: number;
  page: number;
  pageSize: number;
}

const PROPOSALS = 11;
const list = async (query: string): Promise<Listing> => {
  const response = await admin.get(`/api/evaluation/rounds/${roundId}/assignments${query}`);
  expectOk(response);
  return response.json();
};
/** Every row of a filter, read page by page. */
async function allPages(query: string, pageSize: number): Promise<Row[]> {
  const first = await list(`?${query}&pageSize=${pageSize}`);
  const rows = [...first.items];
  for (let page = 2; page <= Math.ceil(first.total / pageSize); page++) rows.push(...(await list(`?${query}&pageSize=${pageSize}&page=${page}`)).items);
  expect(rows).toHaveLength(first.total);
  return rows;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.signedIn('ministry_admin')).agent;
  world = await buildEvaluationWorld(t.db, [
    ...Array.from({ length: PROPOSALS }, (_, i) => ({ regionCode: i % 2 === 0 ? '31.71' : '73.71', category: (i % 2) as 0 | 1 })),
    { regionCode: '31.71', adminCheck: 'failed' as const },
  ]);
  reviewers = await signedInReviewers(t, 'evaluator', ['11.71', '51.71', '61.71']);
  const round = await createRound(admin, world.competitionId, { reviewersPerProposal: 2 });
  roundId = round.id;
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${roundId}/criteria`, { body: { criteria: CRITERIA } }));
  criteria = (await admin.get(`/api/evaluation/rounds/${roundId}`)).json().criteria.map((c: { id: string }) => c.id);
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${roundId}/pool`, { body: { members: reviewers.map((r) => ({ userId: r.user.id })) } }));
  expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/assignments/auto`));
  expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/assignments/publish`));
  expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/status`, { status: 'open' }));
});
afterAll(() => t.close());

describe('pages', () => {
  it('cover every proposal of the round exactly once, in number order, with the total', async () => {
    const first = await list('?pageSize=4');
    expect(first).toMatchObject({ total: PROPOSALS, page: 1, pageSize: 4 });
    expect(first.items).toHaveLength(4);
    const rows = await allPages('', 4);
    const ids = rows.map((r) => r.proposalId);
    expect(new Set(ids).size).toBe(PROPOSALS);
    // The proposal that failed the administrative check is not in the round.
    expect(ids.sort()).toEqual(
      world.proposals
        .slice(0, PROPOSALS)
        .map((p) => p.id)
        .sort(),
    );
    const numbers = rows.map((r) => r.proposalNumber);
    expect(numbers).toEqual([...numbers].sort());
    for (const row of rows) {
      expect(row.evaluators).toHaveLength(2);
      expect(row.missing).toBe(0);
      for (const e of row.evaluators) expect(e.status).toBe('not_started');
    }
    // Past the last page: no rows, the same total.
    expect(await list('?pageSize=4&page=4')).toMatchObject({ items: [], total: PROPOSALS });
  });

  it('defaults to the project page size and keeps the CSV export complete', async () => {
    const whole = await list('');
    expect(whole.pageSize).toBe(25);
    expect(whole.items).toHaveLength(PROPOSALS);
    const csv = await admin.get(`/api/evaluation/rounds/${roundId}/assignments.csv`);
    expect(csv.body.trim().split('\r\n').slice(1)).toHaveLength(PROPOSALS * 2);
  });
});

describe('filters', () => {
  it('by evaluator: exactly the proposals that evaluator reviews', async () => {
    const evaluator = reviewers[0]!.user.id;
    const load = (await admin.get(`/api/evaluation/rounds/${roundId}`)).json().pool.find((m: { userId: string }) => m.userId === evaluator).load;
    const rows = await allPages(`evaluatorId=${evaluator}`, 3);
    expect(rows).toHaveLength(load);
    for (const row of rows) expect(row.evaluators.map((e) => e.evaluatorId)).toContain(evaluator);
    // Every evaluator is still shown on the row, not only the one filtered for.
    for (const row of rows) expect(row.evaluators).toHaveLength(2);
  });

  it('by number or title, ignoring case and taking % and _ literally', async () => {
    const target = world.proposals[6]!;
    const byNumber = await list(`?q=${encodeURIComponent(target.number.slice(-6).toLowerCase())}`);
    expect(byNumber.items.map((r) => r.proposalId)).toEqual([target.id]);
    const byTitle = await list(`?q=${encodeURIComponent('NOMOR 7')}`);
    expect(byTitle.items.map((r) => r.proposalId)).toEqual([target.id]);
    expect((await list('?q=%25')).total).toBe(0);
    expect((await list('?q=_')).total).toBe(0);
  });

  it('by review state, alone and for one evaluator', async () => {
    const [first, second] = reviewers as [(typeof reviewers)[number], (typeof reviewers)[number]];
    const mine = (await list(`?evaluatorId=${first.user.id}`)).items;
    const [submittedId, draftId] = [mine[0]!.proposalId, mine[1]!.proposalId];
    const values = { [criteria[0]!]: 7, [criteria[1]!]: 6 };
    expectOk(await first.agent.request('PUT', `/api/evaluation/rounds/${roundId}/proposals/${submittedId}/score`, { body: { values, submit: true } }));
    expectOk(await first.agent.request('PUT', `/api/evaluation/rounds/${roundId}/proposals/${draftId}/score`, { body: { values } }));

    expect((await list('?status=submitted')).items.map((r) => r.proposalId)).toEqual([submittedId]);
    expect((await list('?status=draft')).items.map((r) => r.proposalId)).toEqual([draftId]);
    const submittedRow = (await list('?status=submitted')).items[0]!;
    expect(submittedRow.evaluators.find((e) => e.evaluatorId === first.user.id)!.status).toBe('submitted');
    // Not started: every proposal still has a review nobody has begun (k = 2, one evaluator worked).
    expect((await list('?status=not_started')).total).toBe(PROPOSALS);
    // For one evaluator: that evaluator's own state.
    const firstNotStarted = (await allPages(`evaluatorId=${first.user.id}&status=not_started`, 25)).map((r) => r.proposalId);
    expect(firstNotStarted).toHaveLength(mine.length - 2);
    expect(firstNotStarted).not.toContain(submittedId);
    expect(firstNotStarted).not.toContain(draftId);
    expect((await list(`?evaluatorId=${second.user.id}&status=submitted`)).total).toBe(0);
  });

  it('by missing reviewers', async () => {
    expect((await list('?missing=true')).total).toBe(0);
    const row = (await list(`?evaluatorId=${reviewers[2]!.user.id}`)).items[0]!;
    expectOk(await admin.post(`/api/evaluation/rounds/${roundId}/assignments/remove`, { proposalId: row.proposalId, evaluatorId: reviewers[2]!.user.id }), 204);
    const missing = await list('?missing=true');
    expect(missing.items.map((r) => r.proposalId)).toEqual([row.proposalId]);
    expect(missing.items[0]!.missing).toBe(1);
    expect((await list('?missing=false')).total).toBe(PROPOSALS);
  });
});

describe('bad input', () => {
  it('refuses unknown states, over-long pages, malformed ids and unknown parameters, naming the field, writing nothing', async () => {
    const before = await databaseFingerprint(t.db);
    for (const [query, field] of [
      ['?status=done', 'status'],
      ['?pageSize=1000', 'pageSize'],
      ['?page=0', 'page'],
      ['?evaluatorId=bukan-uuid', 'evaluatorId'],
      ['?missing=ya', 'missing'],
      [`?q=${'x'.repeat(201)}`, 'q'],
    ] as const) {
      const response = await admin.get(`/api/evaluation/rounds/${roundId}/assignments${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(
        response
          .json()
          .error.details.fields.map((f: { field: string }) => f.field)
          .join(' '),
        query,
      ).toContain(field);
    }
    expect((await admin.get(`/api/evaluation/rounds/${roundId}/assignments?sort=title`)).statusCode).toBe(400);
    const url = `/api/evaluation/rounds/${roundId}/assignments?status=done`;
    expect((await admin.get(url)).json().error.message).toMatch(/Status harus salah satu dari: not_started, draft, submitted/);
    expect((await admin.get(url, { 'accept-language': 'en' })).json().error.message).toMatch(/Status must be one of: not_started, draft, submitted/);
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });
});
