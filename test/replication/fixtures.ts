import { insertPublished } from '../catalog/catalog-helpers.js';
import type { Agent } from '../helpers/agent.js';
import { buildAgency } from '../helpers/factories.js';
import type { TestApp } from '../helpers/test-app.js';

/** Fails loudly when a setup step does not answer as expected. */
export function ok<T = Record<string, unknown>>(response: { statusCode: number; body: string; json(): unknown }, status = 200): T {
  if (response.statusCode !== status) throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  return response.json() as T;
}

export const REQUEST = {
  problem: 'Antrean pasien di puskesmas kami panjang sejak pagi.',
  context: 'Kabupaten dengan 45 puskesmas, sebagian di daerah terpencil.',
  leadName: 'Kepala Dinas Kesehatan',
};

export interface Network {
  jatimHubId: string;
  origin: { id: string };
  adopter: { id: string };
  sourceId: string;
  ministry: Agent;
  originAdmin: Agent;
  adopterOperator: Agent;
  hub: Agent;
  hubUserId: string;
  mentor: Agent;
  mentorId: string;
  universityId: string;
}

/** A source innovation of Kota Surabaya's stand-in, an adopter in Jawa Timur, the Jawa Timur hub with a coordinator and a mentor. */
export async function buildNetwork(t: TestApp, options: { mentorCap?: number } = {}): Promise<Network> {
  const origin = await buildAgency(t.db, { type: 'kota', regionCode: '35.78' });
  const adopter = await buildAgency(t.db, { type: 'kabupaten', regionCode: '35.10' });
  const university = await buildAgency(t.db, { type: 'perguruan_tinggi', regionCode: '35.78' });
  const sourceId = await insertPublished(t.db, origin.id, { title: 'Antrean Puskesmas Daring Uji' });
  const jatim = await t.db.selectFrom('hubs').select('id').where('province_code', '=', '35').executeTakeFirstOrThrow();
  const ministry = (await t.signedIn('ministry_admin')).agent;
  const originAdmin = (await t.signedIn('agency_admin', { agencyId: origin.id })).agent;
  const adopterOperator = (await t.signedIn('agency_operator', { agencyId: adopter.id })).agent;
  const hub = await t.signedIn('hub_coordinator');
  ok(await ministry.request('PUT', `/api/hubs/${jatim.id}/coordinators`, { body: { userIds: [hub.user.id] } }));
  const mentor = await t.signedIn('mentor', { agencyId: university.id });
  const appointed = ok<{ id: string }>(
    await ministry.post('/api/mentors', {
      userId: mentor.user.id,
      universityAgencyId: university.id,
      hubId: jatim.id,
      expertise: [],
      decreeNumber: 'KepmenPANRB 12/2025',
      decreeDate: '2025-02-01',
      maxActiveCases: options.mentorCap ?? 3,
    }),
    201,
  );
  return {
    jatimHubId: jatim.id,
    origin,
    adopter,
    sourceId,
    ministry,
    originAdmin,
    adopterOperator,
    hub: hub.agent,
    hubUserId: hub.user.id,
    mentor: mentor.agent,
    mentorId: appointed.id,
    universityId: university.id,
  };
}

/** Drives a fresh case up to `in_progress` (request, accept, mentor, agreement, default plan). */
export async function caseInProgress(n: Network, agreementDate = '2026-01-15', sourceId = n.sourceId): Promise<string> {
  const c = ok<{ id: string }>(await n.adopterOperator.post('/api/replications', { sourceInnovationId: sourceId, ...REQUEST }), 201);
  ok(await n.originAdmin.post(`/api/replications/${c.id}/accept`, {}));
  ok(await n.hub.post(`/api/replications/${c.id}/mentor`, { mentorId: n.mentorId }));
  ok(await n.adopterOperator.post(`/api/replications/${c.id}/agreement`, { number: 'PKS/001/2026', date: agreementDate }));
  ok(await n.adopterOperator.post(`/api/replications/${c.id}/start`, {}));
  return c.id;
}
