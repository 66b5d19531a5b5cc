import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { buildEvaluationWorld, CRITERIA, createRound, type EvaluationWorld, expectOk, signedInReviewers } from './fixtures.js';

/**
 * The finals: Top 99 (here Top 3) advances to a panel round with interviews and field
 * verification; the final ranking carries the desk score over as configured; Top 45 (here Top 2)
 * is finalised and awarded on top of the earlier award.
 */
let t: TestApp;
let admin: Agent;
let world: EvaluationWorld;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.signedIn('ministry_admin')).agent;
  // Two proposals from the same agency: they must never be interviewed at the same time.
  world = await buildEvaluationWorld(t.db, [{ regionCode: '35.78' }, { regionCode: '33.74' }, { regionCode: '73.71' }, { regionCode: '31.71' }]);
  await t.db.updateTable('proposals').set({ agency_id: world.proposals[0]!.agencyId }).where('id', '=', world.proposals[1]!.id).execute();
});
afterAll(() => t.close());

async function scoreAll(roundId: string, reviewers: { agent: Agent }[], total: (proposalIndex: number, reviewer: number) => number) {
  const round = (await admin.get(`/api/evaluation/rounds/${roundId}`)).json();
  const [novelty, effect] = round.criteria.map((c: { id: string }) => c.id);
  for (const [e, r] of reviewers.entries()) {
    for (const item of (await r.agent.get('/api/evaluation/my/assignments')).json().items as { proposalId: string; roundId: string }[]) {
      if (item.roundId !== roundId) continue;
      const j = world.proposals.findIndex((p) => p.id === item.proposalId);
      const v = total(j, e);
      expectOk(
        await r.agent.request('PUT', `/api/evaluation/rounds/${roundId}/proposals/${item.proposalId}/score`, { body: { values: { [novelty]: v, [effect]: v }, submit: true } }),
      );
    }
  }
}

async function finalise(selectionId: string, decree: string) {
  expectOk(await admin.post(`/api/evaluation/selections/${selectionId}/publish`, { objectionHours: 1 }));
  await t.db
    .updateTable('evaluation_selections')
    .set({ objection_ends_at: new Date(Date.now() - 1000) })
    .where('id', '=', selectionId)
    .execute();
  expectOk(await admin.post(`/api/evaluation/selections/${selectionId}/finalise`, { decreeNumber: decree, decreeDate: '2026-10-01' }));
}

it('runs desk review to Top N, then interviews, field verification and the final Top N with carry-over', async () => {
  const evaluators = await signedInReviewers(t, 'evaluator', ['11.71', '51.71']);
  const desk = await createRound(admin, world.competitionId, { reviewersPerProposal: 2 });
  const criteria = CRITERIA.slice(0, 2);
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${desk.id}/criteria`, { body: { criteria } }));
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${desk.id}/pool`, { body: { members: evaluators.map((r) => ({ userId: r.user.id })) } }));
  expectOk(await admin.post(`/api/evaluation/rounds/${desk.id}/assignments/auto`));
  expectOk(await admin.post(`/api/evaluation/rounds/${desk.id}/assignments/publish`));
  expectOk(await admin.post(`/api/evaluation/rounds/${desk.id}/status`, { status: 'open' }));
  // Desk order: p0 > p1 > p2 > p3.
  await scoreAll(desk.id, evaluators, (j) => 10 - j);
  expectOk(await admin.post(`/api/evaluation/rounds/${desk.id}/status`, { status: 'closed' }));
  const top = (await admin.post(`/api/evaluation/rounds/${desk.id}/selections`, { name: 'Top 3', awardLevel: 'top_99', size: 3, basis: 'mean' })).json();
  await finalise(top.id, 'KEP/99/2026');

  const panelists = await signedInReviewers(t, 'panelist', ['61.71', '64.71', '35.73']);
  const finals = await createRound(admin, world.competitionId, {
    name: 'Presentasi dan wawancara',
    reviewerRole: 'panelist',
    sourceSelectionId: top.id,
    blind: false,
    showOthersAfterSubmit: true,
    carryOverWeight: 0.5,
    aggregation: 'mean',
  });
  const finalRound = (await admin.get(`/api/evaluation/rounds/${finals.id}`)).json();
  expect(finalRound.counts.proposals).toBe(3);
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${finals.id}/criteria`, { body: { criteria } }));
  // The panelist from Malang (East Java) is conflicted with the Surabaya finalists.
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${finals.id}/pool`, { body: { members: panelists.slice(0, 2).map((r) => ({ userId: r.user.id })) } }));

  const panels = [
    { code: 'A', panelistIds: [panelists[0]!.user.id, panelists[2]!.user.id] },
    { code: 'B', panelistIds: [panelists[1]!.user.id] },
  ];
  const day = { start: '2026-10-05T08:00:00+07:00', end: '2026-10-05T09:00:00+07:00' };
  const schedule = await admin.post(`/api/evaluation/rounds/${finals.id}/interviews`, { panels, days: [day] });
  expectOk(schedule);
  const slots = schedule.json().items as { proposalId: string; panel: string; startsAt: string; endsAt: string; presentationEndsAt: string }[];
  expect(slots).toHaveLength(3);
  for (const s of slots) expect(Date.parse(s.endsAt) - Date.parse(s.startsAt)).toBe(20 * 60_000);
  for (const s of slots) expect(Date.parse(s.presentationEndsAt) - Date.parse(s.startsAt)).toBe(7 * 60_000);
  const surabaya = new Set([world.proposals[0]!.id, world.proposals[1]!.id]);
  for (const s of slots.filter((x) => surabaya.has(x.proposalId))) expect(s.panel).toBe('B');
  const sameAgency = slots.filter((s) => surabaya.has(s.proposalId));
  expect(sameAgency[0]!.startsAt).not.toBe(sameAgency[1]!.startsAt);

  const before = await databaseFingerprint(t.db);
  const tooShort = await admin.post(`/api/evaluation/rounds/${finals.id}/interviews`, { panels: [panels[1]], days: [{ start: day.start, end: '2026-10-05T08:30:00+07:00' }] });
  expect(tooShort.statusCode).toBe(409);
  expect(tooShort.json().error.code).toBe('SCHEDULE_INCOMPLETE');
  expect(await databaseFingerprint(t.db)).toEqual(before);

  expectOk(
    await admin.request('PUT', `/api/evaluation/rounds/${finals.id}/field-visits/${world.proposals[2]!.id}`, {
      body: { visitedOn: '2026-10-10', findings: 'Layanan berjalan, data kunjungan sesuai laporan.', verified: true },
    }),
  );
  const visits = (await admin.get(`/api/evaluation/rounds/${finals.id}/field-visits`)).json().items;
  expect(visits).toEqual([{ proposalId: world.proposals[2]!.id, visitedOn: '2026-10-10', findings: 'Layanan berjalan, data kunjungan sesuai laporan.', verified: true }]);

  expectOk(await admin.post(`/api/evaluation/rounds/${finals.id}/assignments/auto`));
  expectOk(await admin.post(`/api/evaluation/rounds/${finals.id}/assignments/publish`));
  expectOk(await admin.post(`/api/evaluation/rounds/${finals.id}/status`, { status: 'open' }));
  // While the panel still scores its own round, it cannot see the round's results.
  const peek = await panelists[0]!.agent.get(`/api/evaluation/rounds/${finals.id}/results`);
  expect(peek.statusCode).toBe(409);
  expect(peek.json().error.code).toBe('RESULTS_NOT_VISIBLE');
  // Interviews favour p2 strongly; p0 stays ahead on the carried-over desk score.
  await scoreAll(finals.id, panelists.slice(0, 2), (j) => ({ 0: 9, 1: 5, 2: 10 })[j as 0 | 1 | 2]!);
  expectOk(await admin.post(`/api/evaluation/rounds/${finals.id}/status`, { status: 'closed' }));
  const results = (await panelists[0]!.agent.get(`/api/evaluation/rounds/${finals.id}/results`)).json();
  expect(results.carryOverWeight).toBe(0.5);
  const desk0 = ((10 - 1) / 9) * 100;
  const final0 = results.items.find((i: { proposalId: string }) => i.proposalId === world.proposals[0]!.id);
  expect(final0.mean).toBeCloseTo(0.5 * desk0 + 0.5 * ((9 - 1) / 9) * 100, 6);

  const top45 = (await admin.post(`/api/evaluation/rounds/${finals.id}/selections`, { name: 'Top 2', awardLevel: 'top_45', size: 2 })).json();
  expect(top45.decisions.filter((d: { selected: boolean }) => d.selected).map((d: { proposalId: string }) => d.proposalId)).toEqual([
    world.proposals[0]!.id,
    world.proposals[2]!.id,
  ]);
  await finalise(top45.id, 'KEP/45/2026');
  const awards = await t.db.selectFrom('innovation_awards').select(['innovation_id', 'level']).where('competition_id', '=', world.competitionId).execute();
  expect(
    awards
      .filter((a) => a.level === 'top_45')
      .map((a) => a.innovation_id)
      .sort(),
  ).toEqual([world.proposals[0]!.innovationId, world.proposals[2]!.innovationId].sort());
  expect(awards.filter((a) => a.level === 'top_99')).toHaveLength(3);
  // The outstanding achievement is a second selection from the same final ranking.
  const top5 = (await admin.post(`/api/evaluation/rounds/${finals.id}/selections`, { name: 'Top 1', awardLevel: 'top_5', size: 1 })).json();
  await finalise(top5.id, 'KEP/5/2026');
  const outstanding = await t.db.selectFrom('innovation_awards').select('innovation_id').where('competition_id', '=', world.competitionId).where('level', '=', 'top_5').execute();
  expect(outstanding.map((a) => a.innovation_id)).toEqual([world.proposals[0]!.innovationId]);
  const pub = (await t.agent().get(`/api/evaluation/results/${world.competitionId}`)).json();
  expect(pub.selections.map((s: { name: string; status: string }) => `${s.name}:${s.status}`)).toEqual(['Top 3:final', 'Top 2:final', 'Top 1:final']);
});
