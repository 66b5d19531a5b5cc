import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCompetitionConfig } from '../../src/server/modules/competitions/service.js';
import { ownContentFlags, ownFlagCount } from '../../src/server/modules/proposals/admin-check/flags.js';
import type { SubmittedContent } from '../../src/server/modules/proposals/submitted-content.js';
import type { Agent } from '../helpers/agent.js';
import type { TestApp } from '../helpers/test-app.js';
import { buildInnovation } from '../helpers/factories-catalog.js';
import { agencyTeam, completeAnswers, openCall, proposalsTestApp } from './setup.js';

/**
 * The own-content flags stored at submission (`proposal_check_signals`), and the check list's
 * `flagged` filter and `sort=flags` that read them in SQL.
 */
let t: TestApp;
let admin: Agent;
beforeAll(async () => ({ t, admin } = await proposalsTestApp()));
afterAll(() => t.close());

const LONG =
  'Sebelum inovasi ini warga di pulau kecil harus menyeberang dua jam dengan perahu untuk berobat ke puskesmas induk sehingga banyak penyakit terlambat ditangani dan angka kunjungan sangat rendah.';
const SHORT = 'Terlalu singkat untuk dinilai.';
const MASH = 'qwrt pkjhg zxcvb mnbvc lkjhg sdfgh wrtyp';

type Kind = 'clean' | 'tooShort' | 'nonsense' | 'copiedWithin';

/** Answers 1 (summary) and 2 (background) shaped to raise one kind of own-content flag. */
function answersFor(call: any, kind: Kind) {
  const answers = completeAnswers(call);
  const background = { clean: LONG, tooShort: SHORT, nonsense: MASH, copiedWithin: LONG }[kind];
  answers[1] = { questionId: call.questions[1].id, value: background };
  if (kind === 'copiedWithin') answers[0] = { questionId: call.questions[0].id, value: LONG };
  return answers;
}

/** Drafts and submits one proposal of a new agency; returns it with its team (the call's groups cap each agency). */
async function submitOne(call: any, kind: Kind, submit = true) {
  const team = await agencyTeam(t);
  const innovation = await buildInnovation(t.db, { agencyId: team.agency.id, startDate: '2022-01-15' });
  const p = (
    await team.operator.post('/api/proposals', { competitionId: call.id, groupId: call.groups[0].id, categoryId: call.categories[0].id, innovationId: innovation.id })
  ).json();
  const saved = await team.operator.patch(`/api/proposals/${p.id}`, { baseVersion: p.version, answers: answersFor(call, kind) });
  if (saved.statusCode !== 200) throw new Error(saved.body);
  if (submit) {
    const receipt = await team.coordinator.post(`/api/proposals/${p.id}/submit`);
    if (receipt.statusCode !== 200) throw new Error(receipt.body);
  }
  return { id: p.id as string, number: p.number as string, team, innovationId: innovation.id };
}

async function storedSignals(proposalId: string) {
  return t.db.selectFrom('proposal_check_signals').selectAll().where('proposal_id', '=', proposalId).executeTakeFirst();
}

/** What `ownContentFlags` says today about the proposal's frozen content under the call's current rules. */
async function recomputed(proposalId: string) {
  const p = await t.db
    .selectFrom('proposals as p')
    .innerJoin('competition_groups as g', 'g.id', 'p.group_id')
    .select(['p.id', 'p.title', 'p.innovation_id', 'p.submitted_at', 'p.submitted_content', 'p.competition_id', 'g.min_innovation_age_months'])
    .where('p.id', '=', proposalId)
    .executeTakeFirstOrThrow();
  const record = await loadCompetitionConfig(t.db, p.competition_id);
  return ownContentFlags(
    {
      id: p.id,
      title: p.title,
      innovationId: p.innovation_id,
      submittedAt: new Date(p.submitted_at!),
      minAgeMonths: p.min_innovation_age_months,
      content: p.submitted_content as SubmittedContent,
    },
    record!.questions,
  );
}

async function listAll(query: string, pageSize: number) {
  const items: any[] = [];
  let total = -1;
  for (let page = 1; page <= 20; page++) {
    const response = await admin.get(`${query}&pageSize=${pageSize}&page=${page}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    if (total !== -1) expect(body.total).toBe(total);
    total = body.total;
    items.push(...body.items);
    if (page * pageSize >= total) break;
  }
  return { items, total };
}

describe('own-content flags stored at submission', () => {
  it('stores in the submit transaction what ownContentFlags says, for clean, too short, nonsense and copied-within answers', async () => {
    const call = await openCall(admin);
    const expected: Record<Kind, (f: any) => void> = {
      clean: (f) => expect(f).toMatchObject({ age: { ok: true }, complete: { ok: true }, nonsense: [], copiedWithin: [] }),
      tooShort: (f) => expect(f.complete).toEqual({ ok: false, missing: [], tooShort: [2] }),
      nonsense: (f) => expect(f.nonsense).toEqual([{ question: 2, kind: 'keyboard_mash' }]),
      copiedWithin: (f) => expect(f.copiedWithin).toEqual([{ questions: [1, 2], similarity: 1 }]),
    };
    const counts: Record<Kind, number> = { clean: 0, tooShort: 1, nonsense: 2, copiedWithin: 1 };
    for (const kind of Object.keys(expected) as Kind[]) {
      const p = await submitOne(call, kind);
      // Read before anything lists the call: the row was written by the submission itself.
      const row = await storedSignals(p.id);
      expect(row, kind).toBeDefined();
      const submittedAt = (await t.db.selectFrom('proposals').select('submitted_at').where('id', '=', p.id).executeTakeFirstOrThrow()).submitted_at;
      expect(new Date(row!.computed_at).getTime()).toBe(new Date(submittedAt!).getTime());
      expect(row!.own_flags).toEqual(await recomputed(p.id));
      expected[kind](row!.own_flags);
      expect(row!.own_flag_count, kind).toBe(counts[kind]);
      expect(ownFlagCount(row!.own_flags as any)).toBe(counts[kind]);
    }
  });

  it('recomputes when the rules move under a frozen proposal: a raised minimum age flags it as too young', async () => {
    const call = await openCall(admin);
    const p = await submitOne(call, 'clean');
    expect(((await storedSignals(p.id))!.own_flags as any).age).toMatchObject({ ok: true, requiredMonths: 12 });

    const groups = call.groups.map((g: any) => ({
      id: g.id,
      code: g.code,
      name: g.name,
      minInnovationAgeMonths: g.code === 'umum' ? 120 : g.minInnovationAgeMonths,
      maxProposalsPerAgency: g.maxProposalsPerAgency,
    }));
    const changed = await admin.request('PUT', `/api/competitions/${call.id}/groups`, { body: { groups } });
    expect(changed.statusCode, changed.body).toBe(200);

    const flagged = (await admin.get(`/api/admin-checks?competitionId=${call.id}&flagged=true`)).json();
    expect(flagged.items.map((i: any) => i.proposalId)).toEqual([p.id]);
    expect(flagged.items[0].flags.age).toEqual({ ok: false, months: expect.any(Number), requiredMonths: 120 });
    expect(flagged.items[0].ownFlagCount).toBe(1);
    const row = await storedSignals(p.id);
    expect(row!.own_flags).toEqual(await recomputed(p.id));
    expect(row!.own_flag_count).toBe(1);
  });

  it('fills in missing and outdated rows (proposals submitted before the table existed) when the list is read', async () => {
    const call = await openCall(admin);
    const missing = await submitOne(call, 'nonsense');
    const outdated = await submitOne(call, 'copiedWithin');
    await t.db.deleteFrom('proposal_check_signals').where('proposal_id', '=', missing.id).execute();
    await t.db
      .updateTable('proposal_check_signals')
      .set({ rules_key: 'own-v0:old', own_flag_count: 0, own_flags: JSON.stringify({}) })
      .where('proposal_id', '=', outdated.id)
      .execute();

    const list = (await admin.get(`/api/admin-checks?competitionId=${call.id}&flagged=true`)).json();
    expect(list.items.map((i: any) => i.proposalId).sort()).toEqual([missing.id, outdated.id].sort());
    for (const p of [missing, outdated]) {
      const row = await storedSignals(p.id);
      expect(row!.own_flags).toEqual(await recomputed(p.id));
      expect(row!.own_flag_count).toBe(ownFlagCount(row!.own_flags as any));
    }
  });

  it('keeps the submission one transaction: a failure at its last step leaves no flags row and no submission', async () => {
    const call = await openCall(admin);
    const p = await submitOne(call, 'tooShort', false);
    // The audit append is the submission's last write; make it fail for this proposal only.
    await sql`
      create function refuse_test_submit() returns trigger language plpgsql as $$
      begin
        if new.action = 'proposal.submit' and new.entity_id = ${sql.lit(p.id)} then raise exception 'simulated failure'; end if;
        return new;
      end $$`.execute(t.db);
    await sql`create trigger refuse_test_submit before insert on audit_log for each row execute function refuse_test_submit()`.execute(t.db);
    try {
      const failed = await p.team.coordinator.post(`/api/proposals/${p.id}/submit`);
      expect(failed.statusCode).toBe(500);
    } finally {
      await sql`drop trigger refuse_test_submit on audit_log`.execute(t.db);
      await sql`drop function refuse_test_submit()`.execute(t.db);
    }
    expect(await storedSignals(p.id)).toBeUndefined();
    expect((await t.db.selectFrom('proposals').select('status').where('id', '=', p.id).executeTakeFirstOrThrow()).status).toBe('draft');
    expect(await t.db.selectFrom('proposal_admin_checks').select('proposal_id').where('proposal_id', '=', p.id).executeTakeFirst()).toBeUndefined();

    const retried = await p.team.coordinator.post(`/api/proposals/${p.id}/submit`);
    expect(retried.statusCode, retried.body).toBe(200);
    expect((await storedSignals(p.id))!.own_flag_count).toBe(1);
  });

  it('drops the flags on withdrawal; the same innovation entered again gets flags of its new content', async () => {
    const call = await openCall(admin);
    const first = await submitOne(call, 'nonsense');
    expect((await storedSignals(first.id))!.own_flag_count).toBe(2);
    const withdrawn = await first.team.coordinator.post(`/api/proposals/${first.id}/withdraw`, { reason: 'Salah mengisi latar belakang.' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(await storedSignals(first.id)).toBeUndefined();

    const again = (
      await first.team.operator.post('/api/proposals', { competitionId: call.id, groupId: call.groups[0].id, categoryId: call.categories[0].id, innovationId: first.innovationId })
    ).json();
    await first.team.operator.patch(`/api/proposals/${again.id}`, { baseVersion: again.version, answers: answersFor(call, 'clean') });
    expect((await first.team.coordinator.post(`/api/proposals/${again.id}/submit`)).statusCode).toBe(200);
    const row = await storedSignals(again.id);
    expect(row!.own_flag_count).toBe(0);
    expect(row!.own_flags).toEqual(await recomputed(again.id));

    const flagged = (await admin.get(`/api/admin-checks?competitionId=${call.id}&flagged=true`)).json();
    expect(flagged.total).toBe(0);
    const all = (await admin.get(`/api/admin-checks?competitionId=${call.id}`)).json();
    expect(all.items.map((i: any) => i.proposalId)).toEqual([again.id]);
  });
});

describe('filtering and sorting the check list by stored flags', () => {
  it('pages through flagged, unflagged and most-flagged-first lists with the right totals, and bulk-passes the unflagged', async () => {
    const call = await openCall(admin);
    const kinds: Kind[] = ['clean', 'nonsense', 'tooShort', 'clean', 'copiedWithin', 'nonsense', 'clean'];
    const made: { id: string; number: string; count: number }[] = [];
    const countOf: Record<Kind, number> = { clean: 0, tooShort: 1, nonsense: 2, copiedWithin: 1 };
    for (const kind of kinds) made.push({ ...(await submitOne(call, kind)), count: countOf[kind] });
    const base = `/api/admin-checks?competitionId=${call.id}`;

    const flagged = await listAll(`${base}&flagged=true`, 2);
    expect(flagged.total).toBe(4);
    expect(flagged.items.map((i) => i.proposalId).sort()).toEqual(
      made
        .filter((m) => m.count > 0)
        .map((m) => m.id)
        .sort(),
    );
    expect(flagged.items.every((i) => i.ownFlagCount > 0)).toBe(true);

    const clean = await listAll(`${base}&flagged=false`, 2);
    expect(clean.total).toBe(3);
    expect(clean.items.map((i) => i.proposalId).sort()).toEqual(
      made
        .filter((m) => m.count === 0)
        .map((m) => m.id)
        .sort(),
    );

    // Most own-content flags first, then by number, across page boundaries.
    const expectedOrder = [...made].sort((a, b) => b.count - a.count || a.number.localeCompare(b.number)).map((m) => m.id);
    const sorted = await listAll(`${base}&sort=flags`, 3);
    expect(sorted.total).toBe(7);
    expect(sorted.items.map((i) => i.proposalId)).toEqual(expectedOrder);
    const sortedFlagged = await listAll(`${base}&sort=flags&flagged=true`, 3);
    expect(sortedFlagged.items.map((i) => i.proposalId)).toEqual(expectedOrder.slice(0, 4));
    // The default order stays the submission order.
    expect((await listAll(base, 3)).items.map((i) => i.proposalId)).toEqual(made.map((m) => m.id));

    const bulk = await admin.post('/api/admin-checks/bulk', { decision: 'passed', filter: { competitionId: call.id, flagged: 'false' } });
    expect(bulk.json()).toMatchObject({ updated: 3, skipped: [], skippedDecided: 0, changes: { pendingToPassed: 3 } });
    const passed = (await admin.get(`${base}&status=passed&pageSize=50`)).json();
    expect(passed.items.map((i: any) => i.proposalId).sort()).toEqual(clean.items.map((i) => i.proposalId).sort());
  });

  it('names a bad flagged or sort value, in both languages, and stays the ministry’s alone', async () => {
    const call = await openCall(admin);
    const bad = await admin.get(`/api/admin-checks?competitionId=${call.id}&flagged=ya`);
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('flagged');
    const badSort = await admin.get(`/api/admin-checks?competitionId=${call.id}&sort=judul`, { 'accept-language': 'en' });
    expect(badSort.statusCode).toBe(400);
    expect(JSON.stringify(badSort.json())).toContain('sort');
    for (const role of ['agency_admin', 'agency_operator', 'citizen', 'evaluator'] as const) {
      const agent = (await t.signedIn(role)).agent;
      expect((await agent.get(`/api/admin-checks?competitionId=${call.id}&flagged=true&sort=flags`)).statusCode).toBe(403);
    }
  });
});
