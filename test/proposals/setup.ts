import { buildAgency } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import type { Agent } from '../helpers/agent.js';
import { publishedCompetition } from '../competitions/fixtures.js';
import { buildInnovation } from '../helpers/factories-catalog.js';

/**
 * How a proposals test file starts (in `beforeAll`): a fresh app with its own database, the
 * ministry admin signed in and, with `withOpenCall`, a published call open now. The file closes
 * `t` in `afterAll`.
 */
export async function proposalsTestApp(options: { withOpenCall?: boolean } = {}) {
  const t = await createTestApp();
  const admin = (await t.signedIn('ministry_admin')).agent;
  const call = options.withOpenCall ? await openCall(admin) : undefined;
  return { t, admin, call };
}

/** One agency with its coordinator and an operator, both signed in. */
export async function agencyTeam(t: TestApp, type: 'kota' | 'kabupaten' | 'provinsi' | 'swasta' = 'kota') {
  const agency = await buildAgency(t.db, { type });
  const operator = await t.signedIn('agency_operator', { agencyId: agency.id });
  const coordinator = await t.signedIn('agency_admin', { agencyId: agency.id });
  return { agency, operator: operator.agent, operatorUser: operator.user, coordinator: coordinator.agent, coordinatorUser: coordinator.user };
}

export async function openCall(admin: Agent, overrides: Record<string, unknown> = {}) {
  return publishedCompetition(admin, overrides);
}

/** Answers that complete the fixture form (questions 1, 2, 4, 5 are required). */
export function completeAnswers(competition: any) {
  const q = competition.questions;
  return [
    { questionId: q[0].id, value: 'Layanan kesehatan keliling yang menjangkau warga di pulau-pulau kecil.' },
    { questionId: q[1].id, value: 'Warga pulau kecil harus menyeberang dua jam untuk berobat; angka kunjungan puskesmas rendah.' },
    { questionId: q[3].id, value: 'Pelayanan publik' },
    { questionId: q[4].id, value: [3, 10] },
  ];
}

export async function startProposal(t: TestApp, operator: Agent, competition: any, agencyId: string, group = 0) {
  const innovation = await buildInnovation(t.db, { agencyId, startDate: '2021-03-01' });
  const response = await operator.post('/api/proposals', {
    competitionId: competition.id,
    groupId: competition.groups[group].id,
    categoryId: competition.categories[0].id,
    innovationId: innovation.id,
  });
  if (response.statusCode !== 201) throw new Error(`start failed: ${response.body}`);
  return response.json();
}

export async function readyProposal(t: TestApp, operator: Agent, competition: any, agencyId: string, group = 0) {
  const p = await startProposal(t, operator, competition, agencyId, group);
  const saved = await operator.patch(`/api/proposals/${p.id}`, { baseVersion: p.version, answers: completeAnswers(competition) });
  if (saved.statusCode !== 200) throw new Error(`save failed: ${saved.body}`);
  const ready = await operator.post(`/api/proposals/${p.id}/ready`);
  if (ready.statusCode !== 200) throw new Error(`ready failed: ${ready.body}`);
  return ready.json();
}
