import { randomUUID } from 'node:crypto';
import { insertPublished } from '../../../catalog/catalog-helpers.js';
import { buildAgency } from '../../../helpers/factories.js';
import type { Who } from '../matrix.js';
import { ownStaff, ownStaffOrMinistry, type ProbeRecord, type RecordProbe, signedInOnce, type Where } from './probe.js';

/**
 * matchmaking policy (src/server/modules/matchmaking/policy.ts): a proposal is seen by the
 * ministry, its proposer, the coordinators of either side's province and both agencies' staff;
 * only the adopter's staff answer an open one. The probe's own agency is the adopter.
 */
const url = (r: ProbeRecord, tail = '') => `/api/matchmaking/proposals/${r.id}${tail}`;

export const adopterProposal: RecordProbe = {
  record: 'a matchmaking proposal addressed to the own agency as adopter (matchmaking policy)',
  create: async (t, agencyId) => {
    const origin = await buildAgency(t.db, { type: 'kota', regionCode: '73.71' });
    const source = await insertPublished(t.db, origin.id, { title: `Inovasi Matriks Perjodohan ${randomUUID().slice(0, 8)}` });
    const ministry = await signedInOnce(t, 'ministry_admin');
    const created = await ministry.post('/api/matchmaking/proposals', {
      adopterAgencyId: agencyId,
      sourceInnovationId: source,
      problem: 'Antrean layanan panjang setiap pagi.',
      message: 'Kami usulkan replikasi inovasi ini.',
    });
    if (created.statusCode !== 201) throw new Error(`probe could not propose a match: ${created.body}`);
    return { id: created.json().id as string };
  },
  routes: [
    { method: 'GET', url: '/api/matchmaking/proposals/:proposalId', request: (r) => ({ url: url(r) }), expect: ownStaffOrMinistry },
    {
      method: 'POST',
      url: '/api/matchmaking/proposals/:proposalId/answer',
      request: (r) => ({ url: url(r, '/answer'), body: { accept: false, reason: 'Belum siap tahun ini.' } }),
      expect: (who: Who, where: Where) => ownStaff(who, where),
      fresh: true,
    },
  ],
};
