import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { innovationAgeMonths } from '../../src/server/modules/proposals/eligibility.js';
import type { Agent } from '../helpers/agent.js';
import { refusedWithoutWrites } from '../helpers/refusals.js';
import type { TestApp } from '../helpers/test-app.js';
import { buildInnovation } from '../helpers/factories-catalog.js';
import { agencyTeam, completeAnswers, openCall, proposalsTestApp, readyProposal } from './setup.js';

let t: TestApp;
let admin: Agent;
let call: any;
beforeAll(async () => ({ t, admin, call } = await proposalsTestApp({ withOpenCall: true })));
afterAll(() => t.close());

function monthsAgo(months: number, extraDays = 0): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  d.setUTCDate(1 + extraDays);
  return d.toISOString().slice(0, 10);
}

const start = (agent: Agent, innovationId: string, group = 0) =>
  agent.post('/api/proposals', { competitionId: call.id, groupId: call.groups[group].id, categoryId: call.categories[0].id, innovationId });

describe('innovation age', () => {
  it('counts whole months on the WIB calendar', () => {
    expect(innovationAgeMonths('2025-03-15', new Date('2026-03-14T16:59:59Z'))).toBe(11); // 23:59:59 WIB on the 14th
    expect(innovationAgeMonths('2025-03-15', new Date('2026-03-14T17:00:00Z'))).toBe(12); // 00:00 WIB on the 15th
  });

  it('refuses an innovation younger than the group minimum, accepts it in a group with a lower one', async () => {
    const team = await agencyTeam(t);
    const young = await buildInnovation(t.db, { agencyId: team.agency.id, startDate: monthsAgo(8) });
    const error = await refusedWithoutWrites(t.db, () => start(team.operator, young.id, 0), 422, 'INNOVATION_TOO_YOUNG');
    expect(error.message).toContain('minimal 12 bulan');
    expect((await start(team.operator, young.id, 1)).statusCode).toBe(201);
  });

  it('refuses a stopped innovation', async () => {
    const team = await agencyTeam(t);
    const stopped = await buildInnovation(t.db, { agencyId: team.agency.id, status: 'stopped' });
    await refusedWithoutWrites(t.db, () => start(team.operator, stopped.id), 422, 'INNOVATION_STOPPED');
  });
});

describe('prior winners', () => {
  it('excludes an innovation with an award of an excluded level, not one of another level', async () => {
    const team = await agencyTeam(t);
    const winner = await buildInnovation(t.db, { agencyId: team.agency.id, awards: [{ level: 'top_45', year: 2023 }] });
    const error = await refusedWithoutWrites(t.db, () => start(team.operator, winner.id), 422, 'PRIOR_WINNER_EXCLUDED');
    expect(error.message).toContain('top_45 (2023)');
    const top99 = await buildInnovation(t.db, { agencyId: team.agency.id, awards: [{ level: 'top_99', year: 2023 }] });
    expect((await start(team.operator, top99.id)).statusCode).toBe(201);
  });

  it('honours the "since year" of the rule', async () => {
    const since = await openCall(admin, { groups: [{ code: 'umum', name: 'Umum', excludedAwardLevels: ['top_5'], excludedAwardSinceYear: 2020 }] });
    const team = await agencyTeam(t);
    const old = await buildInnovation(t.db, { agencyId: team.agency.id, awards: [{ level: 'top_5', year: 2018 }] });
    const recent = await buildInnovation(t.db, { agencyId: team.agency.id, awards: [{ level: 'top_5', year: 2021 }] });
    const body = (id: string) => ({ competitionId: since.id, groupId: since.groups[0].id, categoryId: since.categories[0].id, innovationId: id });
    expect((await team.operator.post('/api/proposals', body(old.id))).statusCode).toBe(201);
    await refusedWithoutWrites(t.db, () => team.operator.post('/api/proposals', body(recent.id)), 422, 'PRIOR_WINNER_EXCLUDED');
  });
});

describe('caps per agency', () => {
  it('caps live proposals per group when drafting starts, and frees a place when one is withdrawn', async () => {
    const team = await agencyTeam(t);
    const other = await agencyTeam(t);
    const first = await readyProposal(t, team.operator, call, team.agency.id, 1);
    const third = await buildInnovation(t.db, { agencyId: team.agency.id });
    const error = await refusedWithoutWrites(t.db, () => start(team.operator, third.id, 1), 409, 'PROPOSAL_CAP_REACHED');
    expect(error.message).toContain('Batas 1 proposal per instansi');
    // Another agency has its own cap.
    expect((await start(other.operator, (await buildInnovation(t.db, { agencyId: other.agency.id })).id, 1)).statusCode).toBe(201);
    await team.coordinator.post(`/api/proposals/${first.id}/submit`);
    await team.coordinator.post(`/api/proposals/${first.id}/withdraw`, { reason: 'Diganti inovasi lain' });
    expect((await start(team.operator, third.id, 1)).statusCode).toBe(201);
  });

  it('is checked again at submission, against what is already submitted (the rule may have tightened)', async () => {
    const team = await agencyTeam(t);
    const tight = await openCall(admin);
    const a = await readyProposal(t, team.operator, tight, team.agency.id, 0);
    const b = await readyProposal(t, team.operator, tight, team.agency.id, 0);
    expect((await team.coordinator.post(`/api/proposals/${a.id}/submit`)).statusCode).toBe(200);
    const groups = tight.groups.map(({ id, code, name, minInnovationAgeMonths, maxProposalsPerAgency }: any) => ({
      id,
      code,
      name,
      minInnovationAgeMonths,
      maxProposalsPerAgency,
    }));
    groups[0].maxProposalsPerAgency = 1;
    expect((await admin.request('PUT', `/api/competitions/${tight.id}/groups`, { body: { groups } })).statusCode).toBe(200);
    await refusedWithoutWrites(t.db, () => team.coordinator.post(`/api/proposals/${b.id}/submit`), 409, 'PROPOSAL_CAP_REACHED');
  });

  it('holds under concurrent starts: two operators racing for the last place get one proposal', async () => {
    const team = await agencyTeam(t);
    const second = await t.signedIn('agency_operator', { agencyId: team.agency.id });
    const [i1, i2] = [await buildInnovation(t.db, { agencyId: team.agency.id }), await buildInnovation(t.db, { agencyId: team.agency.id })];
    const results = await Promise.all([start(team.operator, i1.id, 1), start(second.agent, i2.id, 1)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });
});

describe('participant types', () => {
  it('a citizen cannot enter a call closed to citizens', async () => {
    const citizen = (await t.signedIn('citizen')).agent;
    const error = await refusedWithoutWrites(
      t.db,
      () => citizen.post('/api/proposals', { competitionId: call.id, groupId: call.groups[0].id, categoryId: call.categories[0].id, title: 'Gagasan warga untuk puskesmas' }),
      403,
      'PARTICIPANT_TYPE_NOT_ALLOWED',
    );
    expect(error.message).toContain("'citizen'");
  });

  it('an agency of a type the call does not admit is refused', async () => {
    const team = await agencyTeam(t, 'swasta');
    const innovation = await buildInnovation(t.db, { agencyId: team.agency.id });
    await refusedWithoutWrites(t.db, () => start(team.operator, innovation.id), 403, 'PARTICIPANT_TYPE_NOT_ALLOWED');
  });

  it('a citizen drafts and submits directly in a call open to the public', async () => {
    const open = await openCall(admin, {
      kind: 'special',
      participantTypes: ['kota', 'citizen'],
      groups: [
        { code: 'pemda', name: 'Pemerintah daerah', participantTypes: ['kota'] },
        { code: 'masyarakat', name: 'Masyarakat', participantTypes: ['citizen'], maxProposalsPerAgency: 1 },
      ],
    });
    const citizen = (await t.signedIn('citizen')).agent;
    const wrongGroup = { competitionId: open.id, groupId: open.groups[0].id, categoryId: open.categories[0].id, title: 'Dapur umum warga' };
    await refusedWithoutWrites(t.db, () => citizen.post('/api/proposals', wrongGroup), 422, 'GROUP_NOT_FOR_PARTICIPANT');
    const created = await citizen.post('/api/proposals', { ...wrongGroup, groupId: open.groups[1].id });
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json();
    expect(p).toMatchObject({ applicantKind: 'citizen', agency: null, number: expect.stringMatching(/^SC2026-/) });
    await citizen.patch(`/api/proposals/${p.id}`, { baseVersion: 1, answers: completeAnswers(open) });
    const receipt = await citizen.post(`/api/proposals/${p.id}/submit`);
    expect(receipt.statusCode, receipt.body).toBe(200);
    // Another citizen never sees it.
    const stranger = (await t.signedIn('citizen')).agent;
    expect((await stranger.get(`/api/proposals/${p.id}`)).statusCode).toBe(404);
  });
});
