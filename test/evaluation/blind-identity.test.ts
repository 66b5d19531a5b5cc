import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blindCode, REDACTION_MARK } from '../../src/server/modules/evaluation/redaction.js';
import type { Agent } from '../helpers/agent.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { buildEvaluationWorld, CRITERIA, createRound, type EvaluationWorld, expectOk, signedInReviewers } from './fixtures.js';

/**
 * Issue #12.5: blind review de-anonymised. (a) Blind rounds showed the submitted title (and
 * registration number), both published in the catalog and announced lists; answers copied from
 * the catalog went unflagged. (b) A panelist in a blind panel round read the desk round's
 * results with agency and region names.
 */
let t: TestApp;
let admin: Agent;
let world: EvaluationWorld;
let evaluator: Awaited<ReturnType<typeof signedInReviewers>>[number];
let panelist: Awaited<ReturnType<typeof signedInReviewers>>[number];
let desk: { id: string; criteria: { id: string }[] };
let panel: { id: string };

const PUBLISHED_TEXT =
  'Warga mendaftar layanan kesehatan ibu hamil melalui aplikasi pesan singkat, lalu bidan desa menjadwalkan kunjungan rumah dan mencatat hasil pemeriksaan secara daring setiap minggu.';

async function openRound(round: { id: string }, members: { user: { id: string } }[]) {
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${round.id}/criteria`, { body: { criteria: CRITERIA } }));
  expectOk(await admin.request('PUT', `/api/evaluation/rounds/${round.id}/pool`, { body: { members: members.map((m) => ({ userId: m.user.id })) } }));
  expectOk(await admin.post(`/api/evaluation/rounds/${round.id}/assignments/auto`));
  expectOk(await admin.post(`/api/evaluation/rounds/${round.id}/assignments/publish`));
  expectOk(await admin.post(`/api/evaluation/rounds/${round.id}/status`, { status: 'open' }));
}

beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.signedIn('ministry_admin')).agent;
  world = await buildEvaluationWorld(t.db, [{ regionCode: '35.78' }, { regionCode: '33.74' }]);
  evaluator = (await signedInReviewers(t, 'evaluator', ['11.71']))[0]!;
  panelist = (await signedInReviewers(t, 'panelist', ['51.71']))[0]!;
  // The desk review is not blind; the panel round after it is.
  desk = await createRound(admin, world.competitionId, { reviewersPerProposal: 1, blind: false });
  await openRound(desk, [evaluator!]);
  desk = (await admin.get(`/api/evaluation/rounds/${desk.id}`)).json();
  const [c0, c1] = desk.criteria.map((c) => c.id);
  for (const p of world.proposals) {
    expectOk(
      await evaluator!.agent.request('PUT', `/api/evaluation/rounds/${desk.id}/proposals/${p.id}/score`, {
        body: { values: { [c0!]: 7, [c1!]: 6 }, comments: {}, overallComment: 'Baik.', submit: true },
      }),
    );
  }
  expectOk(await admin.post(`/api/evaluation/rounds/${desk.id}/status`, { status: 'closed' }));
  panel = await createRound(admin, world.competitionId, { name: 'Panel TPI', reviewerRole: 'panelist', reviewersPerProposal: 1, blind: true });
  await openRound(panel, [panelist!]);
});
afterAll(() => t.close());

describe('(a) a blind round shows a code, not the published title or number', () => {
  it('in the reviewer’s list and on the review page, until the secretariat stores a redacted title', async () => {
    const p = world.proposals[0]!;
    const code = blindCode(panel.id, p.id);
    expect(code).toMatch(/^Usulan #[0-9A-F]{6}$/);
    const items = (await panelist!.agent.get('/api/evaluation/my/assignments')).json().items as { proposalId: string; title: string; proposalNumber: string }[];
    const mine = items.find((i) => i.proposalId === p.id)!;
    expect(mine).toMatchObject({ title: code, proposalNumber: code });
    const review = (await panelist!.agent.get(`/api/evaluation/rounds/${panel.id}/proposals/${p.id}/review`)).json();
    expect(review.proposal).toMatchObject({ title: code, number: code, agencyName: REDACTION_MARK });
    const { title } = await t.db.selectFrom('proposals').select('title').where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(items)).not.toContain(title);
    expect(JSON.stringify(review)).not.toContain(title);
    expect(JSON.stringify(review)).not.toContain(p.number);

    expectOk(
      await admin.request('PUT', `/api/evaluation/proposals/${p.id}/redaction`, {
        body: { title: 'Layanan ibu hamil tanpa nama', answers: [{ number: 1, value: 'Teks tersamar.' }] },
      }),
    );
    expect((await panelist!.agent.get(`/api/evaluation/rounds/${panel.id}/proposals/${p.id}/review`)).json().proposal.title).toBe('Layanan ibu hamil tanpa nama');
  });

  it('the redaction screen flags an answer that reproduces a published catalog text, and not one that does not', async () => {
    const [copied, own] = world.proposals;
    await t.db.updateTable('innovations').set({ problem: PUBLISHED_TEXT }).where('id', '=', copied!.innovationId).execute();
    const content = (id: string, value: string) =>
      t.db
        .updateTable('proposals')
        .set({ submitted_content: JSON.stringify({ answers: [{ number: 1, questionId: 'q1', question: 'Masalah', value }] }) })
        .where('id', '=', id)
        .execute();
    await content(copied!.id, PUBLISHED_TEXT);
    await content(own!.id, 'Sebuah uraian yang ditulis sendiri oleh pengusul tentang antrean puskesmas yang panjang pada pagi hari.');
    // The copied answer reproduces it even with the stored copy's text removed from the picture:
    await t.db.deleteFrom('evaluation_redactions').where('proposal_id', '=', copied!.id).execute();
    const flagged = (await admin.get(`/api/evaluation/proposals/${copied!.id}/redaction`)).json();
    expect(flagged.answers[0].catalogMatches[0]).toMatchObject({ innovationId: copied!.innovationId, field: 'problem' });
    expect(flagged.answers[0].catalogMatches[0].similarity).toBeGreaterThanOrEqual(0.9);
    const clean = (await admin.get(`/api/evaluation/proposals/${own!.id}/redaction`)).json();
    expect(clean.answers[0].catalogMatches).toEqual([]);
    // Once the secretariat rewrites the answer in its copy, the flag goes.
    expectOk(
      await admin.request('PUT', `/api/evaluation/proposals/${copied!.id}/redaction`, {
        body: { title: 'Layanan ibu hamil', answers: [{ number: 1, value: 'Pendaftaran layanan bagi ibu hamil lewat pesan, dengan kunjungan petugas.' }] },
      }),
    );
    expect((await admin.get(`/api/evaluation/proposals/${copied!.id}/redaction`)).json().answers[0].catalogMatches).toEqual([]);
  });
});

describe('(b) results of any round are masked for a caller assigned in a blind round on the same proposals', () => {
  it('the panelist reads the desk round’s results and selections with codes and no agency or region', async () => {
    const results = (await panelist!.agent.get(`/api/evaluation/rounds/${desk.id}/results`)).json();
    expect(results.items).toHaveLength(2);
    for (const item of results.items as { proposalId: string; proposalNumber: string; title: string; agencyName: string; regionName: string }[]) {
      const p = world.proposals.find((x) => x.id === item.proposalId)!;
      expect(item).toMatchObject({ agencyName: REDACTION_MARK, regionName: REDACTION_MARK, proposalNumber: blindCode(panel.id, p.id) });
      expect(JSON.stringify(item)).not.toContain(p.agencyName);
    }
    const selection = await admin.post(`/api/evaluation/rounds/${desk.id}/selections`, { name: 'Top 1', awardLevel: null, size: 1 });
    expectOk(selection, 201);
    const seen = (await panelist!.agent.get(`/api/evaluation/selections/${selection.json().id}`)).json();
    for (const d of seen.decisions as { agencyName: string; regionName: string; proposalNumber: string }[]) {
      expect(d).toMatchObject({ agencyName: REDACTION_MARK, regionName: REDACTION_MARK });
      expect(world.proposals.map((p) => p.number)).not.toContain(d.proposalNumber);
    }
  });

  it('the ministry still sees everything', async () => {
    const results = (await admin.get(`/api/evaluation/rounds/${desk.id}/results`)).json();
    expect(results.items.map((i: { agencyName: string }) => i.agencyName).sort()).toEqual(world.proposals.map((p) => p.agencyName).sort());
  });
});
