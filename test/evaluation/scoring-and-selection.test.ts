import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { buildEvaluationWorld, CRITERIA, createRound, type EvaluationWorld, expectOk, signedInReviewers } from './fixtures.js';

/**
 * From published assignments to final results: scoring rules and bad input, visibility per phase
 * and role, aggregation and ranking, Top-N selection with quotas, publication, objections,
 * decree, awards on the catalog, certificates and exports.
 */
let t: TestApp;
let admin: Agent;
let panelist: Agent;
let world: EvaluationWorld;
let reviewers: Awaited<ReturnType<typeof signedInReviewers>>;
let round: { id: string; criteria: { id: string; name: string }[] };
let c: string[];

/** Sheet of evaluator e for proposal j: proposals get worse with j; evaluator 2 is harsh. */
function sheet(j: number, e: number) {
  const tied = Math.min(j, 4); // proposals 4 and 5 receive identical sheets
  const base = Math.max(1, 10 - 2 * tied - (e === 2 ? 3 : 0));
  const sustainability = tied <= 1 ? 3 : tied <= 3 ? 2 : 1;
  return { [c[0]!]: base, [c[1]!]: Math.max(1, base - 1), [c[2]!]: sustainability };
}

beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.signedIn('ministry_admin')).agent;
  panelist = (await t.signedIn('panelist')).agent;
  world = await buildEvaluationWorld(t.db, [
    { regionCode: '35.78', category: 0, group: 0 },
    { regionCode: '33.74', category: 1, group: 0 },
    { regionCode: '31.71', category: 0, group: 1 },
    { regionCode: '73.71', category: 1, group: 0 },
    { regionCode: '53.01', category: 0, group: 0 },
    { regionCode: '35.78', category: 1, group: 1 },
  ]);
  reviewers = await signedInReviewers(t, 'evaluator', ['11.71', '51.71', '61.71']);
  round = await createRound(admin, world.competitionId, { reviewersPerProposal: 3 });
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${round.id}/criteria`, { body: { criteria: CRITERIA } }));
  round = (await admin.get(`/api/evaluation/rounds/${round.id}`)).json();
  c = round.criteria.map((x) => x.id);
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${round.id}/pool`, { body: { members: reviewers.map((r) => ({ userId: r.user.id })) } }));
  expectOk(await admin.post(`/api/evaluation/rounds/${round.id}/assignments/auto`));
  expectOk(await admin.post(`/api/evaluation/rounds/${round.id}/assignments/publish`));
  expectOk(await admin.post(`/api/evaluation/rounds/${round.id}/status`, { status: 'open' }));
});
afterAll(() => t.close());

const scoreUrl = (j: number) => `/api/evaluation/rounds/${round.id}/proposals/${world.proposals[j]!.id}/score`;
const reviewUrl = (j: number) => `/api/evaluation/rounds/${round.id}/proposals/${world.proposals[j]!.id}/review`;

async function auditCount(action: string): Promise<number> {
  const row = await t.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('action', '=', action)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('score sheets: bad input changes nothing', () => {
  it('refuses a score outside the scale, naming the criterion', async () => {
    const before = await databaseFingerprint(t.db);
    const response = await reviewers[0]!.agent.request('PUT', scoreUrl(0), { body: { values: { [c[0]!]: 11, [c[1]!]: 5 }, submit: true } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/"Kebaruan" harus antara 1 dan 10 \(diberikan 11\)/);
    const level = await reviewers[0]!.agent.request('PUT', scoreUrl(0), { body: { values: { [c[0]!]: 5, [c[1]!]: 5, [c[2]!]: 1.5 } } });
    expect(level.statusCode).toBe(400);
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it('refuses an incomplete sheet on submit but keeps it as a draft', async () => {
    const incomplete = await reviewers[0]!.agent.request('PUT', scoreUrl(0), { body: { values: { [c[0]!]: 7 }, submit: true } });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.message).toMatch(/Efektivitas/);
    const draft = await reviewers[0]!.agent.request('PUT', scoreUrl(0), { body: { values: { [c[0]!]: 7 } } });
    expectOk(draft);
    expect(draft.json()).toMatchObject({ status: 'draft', total: null });
  });

  it('computes the weighted total (excluded criteria do not count)', async () => {
    const response = await reviewers[0]!.agent.request('PUT', scoreUrl(0), { body: { values: { [c[0]!]: 7, [c[1]!]: 4, [c[2]!]: 2, [c[3]!]: 0 } } });
    expectOk(response);
    // (30 * 6/9 + 30 * 3/9 + 40 * 2/3) / 100 * 100
    expect(response.json().total).toBeCloseTo(56.6667, 3);
  });

  it('needs a reason to abstain on a criterion', async () => {
    const before = await databaseFingerprint(t.db);
    const bare = await reviewers[0]!.agent.request('PUT', scoreUrl(1), { body: { values: { [c[0]!]: 5, [c[1]!]: 5, [c[2]!]: 'abstain' } } });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.details.field).toBe(`comments.${c[2]}`);
    expect(await databaseFingerprint(t.db)).toEqual(before);
    const reasoned = await reviewers[0]!.agent.request('PUT', scoreUrl(1), {
      body: { values: { [c[0]!]: 5, [c[1]!]: 5, [c[2]!]: 'abstain' }, comments: { [c[2]!]: 'Data keberlanjutan tidak dilampirkan' } },
    });
    expectOk(reasoned);
    expect(reasoned.json().total).toBeCloseTo(44.4444, 3);
  });

  it('refuses to score a proposal not assigned to the evaluator', async () => {
    const outsider = (await signedInReviewers(t, 'evaluator', ['64.71']))[0]!;
    const before = await databaseFingerprint(t.db);
    const response = await outsider.agent.request('PUT', scoreUrl(0), { body: { values: { [c[0]!]: 5, [c[1]!]: 5 } } });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_ASSIGNED');
    expect((await outsider.agent.get(reviewUrl(0))).statusCode).toBe(404);
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });
});

describe('visibility per phase', () => {
  it('hides agency and region in a blind round and serves a redacted text', async () => {
    const review = (await reviewers[1]!.agent.get(reviewUrl(0))).json();
    expect(review.proposal.agencyName).toBe('[disamarkan]');
    expect(review.proposal.regionName).toBe('[disamarkan]');
    expect(JSON.stringify(review)).not.toContain(world.proposals[0]!.agencyName);
    expect(review.proposal.answers[0].value).toContain('[disamarkan]');
    expect(review.others).toBeNull();
  });

  it('shows a code, not the submitted title, in the evaluator’s list and review in a blind round (issue #12.5)', async () => {
    await t.db.updateTable('proposals').set({ title: 'Layanan Sehat Kota Surabaya' }).where('id', '=', world.proposals[0]!.id).execute();
    const items = (await reviewers[1]!.agent.get('/api/evaluation/my/assignments')).json().items as { proposalId: string; title: string }[];
    expect(items.find((i) => i.proposalId === world.proposals[0]!.id)!.title).toMatch(/^Usulan #[0-9A-F]{6}$/);
    expect((await reviewers[1]!.agent.get(reviewUrl(0))).json().proposal.title).toMatch(/^Usulan #[0-9A-F]{6}$/);
  });

  it('serves the secretariat’s redacted copy in a blind round, and refuses one that does not match the answers', async () => {
    const url = `/api/evaluation/proposals/${world.proposals[1]!.id}/redaction`;
    // The screen's read: the answers as submitted beside their automatic masking, no copy yet.
    const fresh = await admin.get(url);
    expectOk(fresh);
    expect(fresh.json()).toMatchObject({ proposalId: world.proposals[1]!.id, number: world.proposals[1]!.number, stored: null });
    expect(fresh.json().maskedTerms).toContain(world.proposals[1]!.agencyName);
    expect(fresh.json().answers).toEqual([
      {
        number: 1,
        question: 'Ringkasan',
        original: `Inovasi ini dijalankan oleh ${world.proposals[1]!.agencyName} untuk warga.`,
        automatic: 'Inovasi ini dijalankan oleh [disamarkan] untuk warga.',
        catalogMatches: [],
      },
    ]);
    expect((await reviewers[1]!.agent.get(url)).statusCode).toBe(403);
    expect((await admin.get('/api/evaluation/proposals/00000000-0000-4000-8000-000000000000/redaction')).statusCode).toBe(404);
    const before = await databaseFingerprint(t.db);
    const wrong = await admin.request('PUT', url, { body: { title: 'Judul tersamar', answers: [{ number: 2, value: 'x' }] } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.expected).toEqual([1]);
    expect(await databaseFingerprint(t.db)).toEqual(before);
    expect((await reviewers[1]!.agent.request('PUT', url, { body: { title: 'Judul tersamar', answers: [{ number: 1, value: 'x' }] } })).statusCode).toBe(403);
    expectOk(await admin.request('PUT', url, { body: { title: 'Layanan tanpa nama daerah', answers: [{ number: 1, value: 'Teks yang disamarkan oleh sekretariat.' }] } }));
    const review = (await reviewers[1]!.agent.get(reviewUrl(1))).json();
    expect(review.proposal.title).toBe('Layanan tanpa nama daerah');
    expect(review.proposal.answers).toEqual([{ number: 1, question: 'Ringkasan', value: 'Teks yang disamarkan oleh sekretariat.' }]);
    const mine = (await reviewers[1]!.agent.get('/api/evaluation/my/assignments')).json().items as { proposalId: string; title: string }[];
    expect(mine.find((i) => i.proposalId === world.proposals[1]!.id)!.title).toBe('Layanan tanpa nama daerah');
    // The screen then shows that a copy exists, by whom, and the admin's table marks the row.
    const stored = (await admin.get(url)).json().stored;
    expect(stored).toMatchObject({
      title: 'Layanan tanpa nama daerah',
      answers: [{ number: 1, value: 'Teks yang disamarkan oleh sekretariat.' }],
      redactedByName: expect.any(String),
    });
    const rows = (await admin.get(`/api/evaluation/rounds/${round.id}/assignments?pageSize=50`)).json().items as { proposalId: string; redacted: boolean }[];
    expect(rows.filter((r) => r.redacted).map((r) => r.proposalId)).toEqual([world.proposals[1]!.id]);
  });

  it('takes the same redacted copy sent again as no event; another copy is written and audited', async () => {
    // nginx resends a PUT whose first attempt may already have committed: it must not add a second audit entry.
    const url = `/api/evaluation/proposals/${world.proposals[1]!.id}/redaction`;
    const body = { title: 'Layanan tanpa nama daerah', answers: [{ number: 1, value: 'Teks yang disamarkan oleh sekretariat.' }] };
    const before = await databaseFingerprint(t.db);
    const again = await admin.request('PUT', url, { body });
    expectOk(again);
    expect(again.json()).toEqual({ proposalId: world.proposals[1]!.id, ...body });
    expect(await databaseFingerprint(t.db)).toEqual(before);
    const audits = await auditCount('evaluation.redaction.set');
    const changed = { ...body, answers: [{ number: 1, value: 'Teks lain yang disamarkan.' }] };
    const other = await admin.request('PUT', url, { body: changed });
    expectOk(other);
    expect(other.json()).toEqual({ proposalId: world.proposals[1]!.id, ...changed });
    expect(await auditCount('evaluation.redaction.set')).toBe(audits + 1);
    expectOk(await admin.request('PUT', url, { body }));
  });

  it('shows the identity when the round is not blind', async () => {
    expectOk(await admin.patch(`/api/evaluation/rounds/${round.id}`, { blind: false }));
    const review = (await reviewers[1]!.agent.get(reviewUrl(0))).json();
    expect(review.proposal.agencyName).toBe(world.proposals[0]!.agencyName);
    expectOk(await admin.patch(`/api/evaluation/rounds/${round.id}`, { blind: true }));
  });

  it('shows others’ scores only after one’s own submission, when the round allows it, and never an aggregate', async () => {
    expectOk(await admin.patch(`/api/evaluation/rounds/${round.id}`, { showOthersAfterSubmit: true }));
    expectOk(await reviewers[0]!.agent.request('PUT', scoreUrl(2), { body: { values: sheet(2, 0), submit: true } }));
    expect((await reviewers[1]!.agent.get(reviewUrl(2))).json().others).toBeNull();
    expectOk(await reviewers[1]!.agent.request('PUT', scoreUrl(2), { body: { values: sheet(2, 1), submit: true } }));
    const review = (await reviewers[1]!.agent.get(reviewUrl(2))).json();
    expect(review.others).toHaveLength(1);
    expect(Object.keys(review.others[0]).sort()).toEqual(['comments', 'label', 'total']);
    for (const key of ['mean', 'median', 'normalised', 'rank']) expect(JSON.stringify(review)).not.toContain(`"${key}"`);
    expectOk(await admin.patch(`/api/evaluation/rounds/${round.id}`, { showOthersAfterSubmit: false }));
    expect((await reviewers[1]!.agent.get(reviewUrl(2))).json().others).toBeNull();
  });

  it('locks submitted scores when the round says they cannot change', async () => {
    expectOk(await admin.patch(`/api/evaluation/rounds/${round.id}`, { scoresEditableAfterSubmit: false }));
    const before = await databaseFingerprint(t.db);
    const response = await reviewers[0]!.agent.request('PUT', scoreUrl(2), { body: { values: sheet(1, 0), submit: true } });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('SCORE_LOCKED');
    expect(await databaseFingerprint(t.db)).toEqual(before);
    expectOk(await admin.patch(`/api/evaluation/rounds/${round.id}`, { scoresEditableAfterSubmit: true }));
  });

  it('takes a repeated identical sheet as the same event: nothing written or audited, even when locked', async () => {
    // A proxy or a client resending a PUT whose answer was lost must not add a second submission to the record.
    const mine = (await reviewers[0]!.agent.get(reviewUrl(2))).json().myScore;
    expect(mine.status).toBe('submitted');
    expectOk(await admin.patch(`/api/evaluation/rounds/${round.id}`, { scoresEditableAfterSubmit: false }));
    const before = await databaseFingerprint(t.db);
    const again = await reviewers[0]!.agent.request('PUT', scoreUrl(2), {
      body: { values: mine.values, comments: mine.comments, overallComment: mine.overallComment, submit: true },
    });
    expectOk(again);
    expect(again.json()).toMatchObject({ status: 'submitted', total: mine.total });
    expect(await databaseFingerprint(t.db)).toEqual(before);
    expectOk(await admin.patch(`/api/evaluation/rounds/${round.id}`, { scoresEditableAfterSubmit: true }));
  });

  it('keeps results away from evaluators; the panel sees the desk review', async () => {
    const asEvaluator = await reviewers[0]!.agent.get(`/api/evaluation/rounds/${round.id}/results`);
    expect(asEvaluator.statusCode).toBe(403);
    expect((await reviewers[0]!.agent.get(`/api/evaluation/rounds/${round.id}/results.xlsx`)).statusCode).toBe(403);
    expect((await panelist.get(`/api/evaluation/rounds/${round.id}/results`)).statusCode).toBe(200);
    for (const role of ['agency_admin', 'agency_operator', 'citizen', 'finance_viewer'] as const) {
      const agent = (await t.signedIn(role)).agent;
      expect((await agent.get(`/api/evaluation/rounds/${round.id}/results`)).statusCode).toBe(403);
      expect((await agent.get('/api/evaluation/my/assignments')).statusCode).toBe(403);
    }
    expect((await t.agent().get(`/api/evaluation/rounds/${round.id}/results`)).statusCode).toBe(401);
  });

  it('hides a proposal from an evaluator who declares a conflict after being assigned', async () => {
    const late = reviewers[2]!;
    const before = (await late.agent.get('/api/evaluation/my/assignments')).json().items.length;
    expectOk(await late.agent.post('/api/evaluation/my/conflicts', { kind: 'agency', agencyId: world.proposals[3]!.agencyId, reason: 'Mantan pegawai instansi ini' }), 201);
    const review = await late.agent.get(reviewUrl(3));
    expect(review.statusCode).toBe(409);
    expect(review.json().error.code).toBe('CONFLICT_OF_INTEREST');
    const score = await late.agent.request('PUT', scoreUrl(3), { body: { values: sheet(3, 2) } });
    expect(score.statusCode).toBe(409);
    expect(before).toBe(6);
    // The admin resolves it: the conflicted pair is unassigned and the proposal goes to a new evaluator.
    const extra = (await signedInReviewers(t, 'evaluator', ['64.71']))[0]!;
    const pool = [...reviewers, extra].map((r) => ({ userId: r.user.id }));
    expectOk(await admin.request('PUT', `/api/evaluation/rounds/${round.id}/pool`, { body: { members: pool } }));
    expect((await admin.post(`/api/evaluation/rounds/${round.id}/assignments/remove`, { proposalId: world.proposals[3]!.id, evaluatorId: late.user.id })).statusCode).toBe(204);
    expectOk(await admin.post(`/api/evaluation/rounds/${round.id}/assignments`, { proposalId: world.proposals[3]!.id, evaluatorId: extra.user.id }), 201);
    expectOk(await admin.post(`/api/evaluation/rounds/${round.id}/assignments/publish`));
    reviewers.push(extra);
  });
});

describe('aggregation, ranking and selection', () => {
  it('submits every sheet, then refuses scoring once the round is closed', async () => {
    for (const [e, r] of reviewers.entries()) {
      const mine = (await r.agent.get('/api/evaluation/my/assignments')).json().items as { proposalId: string }[];
      for (const item of mine) {
        const j = world.proposals.findIndex((p) => p.id === item.proposalId);
        expectOk(await r.agent.request('PUT', scoreUrl(j), { body: { values: sheet(j, e === 3 ? 2 : e), submit: true } }));
      }
    }
    expectOk(await admin.post(`/api/evaluation/rounds/${round.id}/status`, { status: 'closed' }));
    const before = await databaseFingerprint(t.db);
    const late = await reviewers[0]!.agent.request('PUT', scoreUrl(0), { body: { values: sheet(0, 0), submit: true } });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('STAGE_CLOSED');
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it('shows every aggregate side by side with documented tie-breaks', async () => {
    const results = (await admin.get(`/api/evaluation/rounds/${round.id}/results`)).json();
    expect(results.basis).toBe('normalised');
    expect(results.tieBreaks).toEqual(['score', 'median', 'maxScore', 'consensus', 'proposalNumber']);
    expect(results.items).toHaveLength(6);
    const order = results.items.map((i: { proposalId: string }) => world.proposals.findIndex((p) => p.id === i.proposalId));
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    // Proposals 4 and 5 received identical sheets: the earlier registration ranks first.
    expect(results.items[5].decidedBy).toBe('proposalNumber');
    for (const item of results.items) {
      expect(item.count).toBe(3);
      expect(item.perEvaluator).toHaveLength(3);
      expect(item.min).toBeLessThanOrEqual(item.median);
      expect(item.median).toBeLessThanOrEqual(item.max);
    }
    const harsh = results.evaluators.find((e: { evaluatorId: string }) => e.evaluatorId === reviewers[2]!.user.id);
    expect(harsh.leniency).toBeLessThan(0);
    const byMedian = (await admin.get(`/api/evaluation/rounds/${round.id}/results?basis=median`)).json();
    expect(byMedian.tieBreaks[1]).toBe('mean');
    expect(byMedian.items[0].score).toBe(byMedian.items[0].median);
  });

  it('selects the Top N honouring a 3T quota, and refuses selecting more than N', async () => {
    const response = await admin.post(`/api/evaluation/rounds/${round.id}/selections`, { name: 'Top 3', awardLevel: 'top_99', size: 3, rules: { minRemote3T: 1 } });
    expectOk(response, 201);
    const selection = response.json();
    const chosen = selection.decisions.filter((d: { selected: boolean }) => d.selected).map((d: { proposalId: string }) => d.proposalId);
    expect(chosen).toEqual([world.proposals[0]!.id, world.proposals[1]!.id, world.proposals[4]!.id]);
    expect(selection.decisions.find((d: { proposalId: string }) => d.proposalId === world.proposals[4]!.id).computedReason).toBe('rule');
    expect(selection.decisions.find((d: { proposalId: string }) => d.proposalId === world.proposals[2]!.id).computedReason).toBe('displaced_by_quota');

    const worklist = (await panelist.get('/api/evaluation/panel/selections')).json().items;
    expect(worklist.map((s: { id: string }) => s.id)).toEqual([selection.id]);
    expect((await reviewers[0]!.agent.get('/api/evaluation/panel/selections')).statusCode).toBe(403);

    const before = await databaseFingerprint(t.db);
    const over = await panelist.request('PUT', `/api/evaluation/selections/${selection.id}/decisions/${world.proposals[2]!.id}`, {
      body: { selected: true, rationale: 'Dampak luas' },
    });
    expect(over.statusCode).toBe(409);
    expect(over.json().error.code).toBe('SELECTION_OVER_SIZE');
    expect(await databaseFingerprint(t.db)).toEqual(before);

    const impossible = await admin.post(`/api/evaluation/rounds/${round.id}/selections`, { name: 'Mustahil', awardLevel: null, size: 2, rules: { minRemote3T: 3 } });
    expect(impossible.statusCode).toBe(409);
    expect(impossible.json().error.code).toBe('SELECTION_INFEASIBLE');
    expect(await databaseFingerprint(t.db)).toEqual(before);

    expect(selection.ruleCheck).toEqual([{ rule: 'minRemote3T', key: null, required: 1, actual: 1, ok: true }]);
    // Overriding the list may break a rule: the check shows it (and its repair) instead of hiding it.
    const broken = await panelist.request('PUT', `/api/evaluation/selections/${selection.id}/decisions/${world.proposals[4]!.id}`, {
      body: { selected: false, rationale: 'Uji aturan' },
    });
    expect(broken.json().ruleCheck[0]).toMatchObject({ actual: 0, ok: false });
    const repaired = await panelist.request('PUT', `/api/evaluation/selections/${selection.id}/decisions/${world.proposals[4]!.id}`, {
      body: { selected: true, rationale: 'Kuota 3T dipenuhi' },
    });
    expect(repaired.json().ruleCheck[0]).toMatchObject({ actual: 1, ok: true });
    // The panel swaps one proposal, with a rationale for each change.
    expectOk(
      await panelist.request('PUT', `/api/evaluation/selections/${selection.id}/decisions/${world.proposals[1]!.id}`, {
        body: { selected: false, rationale: 'Replikasi belum terbukti' },
      }),
    );
    const swapped = await panelist.request('PUT', `/api/evaluation/selections/${selection.id}/decisions/${world.proposals[2]!.id}`, {
      body: { selected: true, rationale: 'Dampak luas bagi warga' },
    });
    expectOk(swapped);
    expect(swapped.json().selectedCount).toBe(3);
    expect(swapped.json().decisions.find((d: { proposalId: string }) => d.proposalId === world.proposals[2]!.id).rationale).toBe('Dampak luas bagi warga');
  });

  it('takes the same decision sent again as no event, answering as the first did', async () => {
    const [selection] = (await admin.get(`/api/evaluation/rounds/${round.id}/selections`)).json().items;
    const url = `/api/evaluation/selections/${selection.id}/decisions/${world.proposals[2]!.id}`;
    const first = (await panelist.get(`/api/evaluation/selections/${selection.id}`)).json();
    const before = await databaseFingerprint(t.db);
    const again = await panelist.request('PUT', url, { body: { selected: true, rationale: 'Dampak luas bagi warga' } });
    expectOk(again);
    expect(again.json()).toEqual(first);
    expect(await databaseFingerprint(t.db)).toEqual(before);
    // A different rationale is a new decision: written and audited.
    const audits = await auditCount('evaluation.selection.decide');
    const changed = await panelist.request('PUT', url, { body: { selected: true, rationale: 'Dampak luas dan berkelanjutan' } });
    expectOk(changed);
    expect(changed.json().decisions.find((d: { proposalId: string }) => d.proposalId === world.proposals[2]!.id).rationale).toBe('Dampak luas dan berkelanjutan');
    expect(await auditCount('evaluation.selection.decide')).toBe(audits + 1);
  });

  it('publishes, takes public objections, finalises with the decree and writes awards to the catalog', async () => {
    const [selection] = (await admin.get(`/api/evaluation/rounds/${round.id}/selections`)).json().items;
    expect((await t.agent().get(`/api/evaluation/results/${world.competitionId}`)).json().selections).toEqual([]);
    expectOk(await admin.post(`/api/evaluation/selections/${selection.id}/publish`, { objectionHours: 120 }));
    // A decision resent after publication is the same intent: answered, nothing written; a change is refused.
    const decisionUrl = `/api/evaluation/selections/${selection.id}/decisions/${world.proposals[2]!.id}`;
    const published = await databaseFingerprint(t.db);
    expectOk(await panelist.request('PUT', decisionUrl, { body: { selected: true, rationale: 'Dampak luas dan berkelanjutan' } }));
    expect((await panelist.request('PUT', decisionUrl, { body: { selected: false, rationale: 'Dibatalkan' } })).json().error.code).toBe('SELECTION_NOT_DRAFT');
    expect(await databaseFingerprint(t.db)).toEqual(published);
    const pub = (await t.agent().get(`/api/evaluation/results/${world.competitionId}`)).json();
    expect(pub.selections[0].proposals).toHaveLength(3);
    expect(JSON.stringify(pub)).not.toMatch(/"score"|"mean"|"rank"/);

    const anonymous = await t.agent().prime();
    const objection = await anonymous.post(`/api/evaluation/selections/${selection.id}/objections`, {
      proposalId: world.proposals[2]!.id,
      name: 'Warga Peduli',
      email: 'warga@contoh.id',
      reason: 'Inovasi ini sudah pernah menang di tahun sebelumnya.',
    });
    expectOk(objection, 201);
    const early = await admin.post(`/api/evaluation/selections/${selection.id}/finalise`, { decreeNumber: 'KEP/99/2026', decreeDate: '2026-09-01' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('OBJECTION_PERIOD_RUNNING');

    // The period ends (the clock is moved for the test), but an objection is still unanswered.
    await t.db
      .updateTable('evaluation_selections')
      .set({ objection_ends_at: new Date(Date.now() - 1000) })
      .where('id', '=', selection.id)
      .execute();
    const closed = await anonymous.post(`/api/evaluation/selections/${selection.id}/objections`, {
      name: 'Terlambat',
      email: 'lambat@contoh.id',
      reason: 'Sanggahan yang datang terlambat.',
    });
    expect(closed.statusCode).toBe(409);
    const unanswered = await admin.post(`/api/evaluation/selections/${selection.id}/finalise`, { decreeNumber: 'KEP/99/2026', decreeDate: '2026-09-01' });
    expect(unanswered.json().error.code).toBe('OBJECTIONS_UNANSWERED');
    expectOk(
      await admin.post(`/api/evaluation/selections/${selection.id}/objections/${objection.json().id}/answer`, {
        status: 'rejected',
        answer: 'Penghargaan sebelumnya berada pada kelompok lain.',
      }),
    );
    // Withdrawn to draft (as after an upheld objection), then published again without a new period.
    const withdrawn = await admin.post(`/api/evaluation/selections/${selection.id}/withdraw`);
    expectOk(withdrawn);
    expect(withdrawn.json()).toMatchObject({ status: 'draft', objectionEndsAt: null });
    expect(withdrawn.json().objections).toHaveLength(1);
    expect((await t.agent().get(`/api/evaluation/results/${world.competitionId}`)).json().selections).toEqual([]);
    expectOk(await admin.post(`/api/evaluation/selections/${selection.id}/publish`, { objectionHours: 0 }));
    const final = await admin.post(`/api/evaluation/selections/${selection.id}/finalise`, { decreeNumber: 'KEP/99/2026', decreeDate: '2026-09-01' });
    expectOk(final);
    expect(final.json()).toMatchObject({ status: 'final', decreeNumber: 'KEP/99/2026', decreeDate: '2026-09-01' });

    const awards = await t.db.selectFrom('innovation_awards').select(['innovation_id', 'level', 'year']).where('competition_id', '=', world.competitionId).execute();
    expect(awards.map((a) => a.innovation_id).sort()).toEqual([world.proposals[0]!, world.proposals[2]!, world.proposals[4]!].map((p) => p.innovationId).sort());
    expect(new Set(awards.map((a) => `${a.level}/${a.year}`))).toEqual(new Set(['top_99/2026']));
    // Written through the catalog's service, which audits each award on its innovation.
    const awardAudits = await t.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'innovation.award').execute();
    expect(awardAudits.map((a) => a.entity_id).sort()).toEqual(awards.map((a) => a.innovation_id).sort());

    const pdf = await t.agent().get(`/api/evaluation/selections/${selection.id}/certificates/${world.proposals[0]!.id}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await t.agent().get(`/api/evaluation/selections/${selection.id}/certificates/${world.proposals[1]!.id}`)).statusCode).toBe(404);
    const xlsx = await admin.get(`/api/evaluation/rounds/${round.id}/results.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('audits scores, decisions and publication in the chain', async () => {
    const rows = await t.db.selectFrom('audit_log').select('action').where('action', 'like', 'evaluation.%').execute();
    const actions = new Set(rows.map((r) => r.action));
    for (const a of [
      'evaluation.score.save',
      'evaluation.score.submit',
      'evaluation.selection.create',
      'evaluation.selection.decide',
      'evaluation.selection.publish',
      'evaluation.objection.file',
      'evaluation.objection.answer',
      'evaluation.selection.finalise',
      'evaluation.selection.withdraw',
      'evaluation.conflict.declare',
    ]) {
      expect(actions.has(a), a).toBe(true);
    }
  });
});
