import { randomUUID } from 'node:crypto';
import { insertPublished } from '../../../catalog/catalog-helpers.js';
import { buildAgency } from '../../../helpers/factories.js';
import type { TestApp } from '../../../helpers/test-app.js';
import type { Outcome, Who } from '../matrix.js';
import { ownStaffOrMinistry, type ProbeRecord, type RecordProbe, signedInOnce, STAFF, type Where } from './probe.js';

/**
 * replication policy (src/server/modules/replication/policy.ts): a case belongs to its two
 * parties' staff (adopter and origin agency), its mentor, the coordinators of the hub of either
 * province and the ministry; anyone else is told it does not exist. The probe's own agency is the
 * adopter in one record and the origin in the other, so each party's rights show.
 */
const REQUEST = { problem: 'Antrean layanan panjang setiap pagi.', context: 'Kabupaten dengan banyak kantor layanan.', leadName: 'Kepala Bagian Organisasi' };

async function request(t: TestApp, originAgencyId: string, adopterAgencyId: string): Promise<{ id: string }> {
  const source = await insertPublished(t.db, originAgencyId, { title: `Inovasi Matriks Replikasi ${randomUUID().slice(0, 8)}` });
  const adopter = await signedInOnce(t, 'agency_operator', adopterAgencyId);
  const created = await adopter.post('/api/replications', { sourceInnovationId: source, ...REQUEST });
  if (created.statusCode !== 201) throw new Error(`probe could not request a replication: ${created.body}`);
  return { id: created.json().id as string };
}

const url = (r: ProbeRecord, tail = '') => `/api/replications/${r.id}${tail}`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
/** The signed agreement's upload: either party (or the ministry) reaches the case, but a request has no agreement yet (409). */
const agreementUpload = {
  method: 'POST' as const,
  url: '/api/replications/:caseId/agreement/files',
  request: (r: ProbeRecord) => ({ url: url(r, '/agreement/files'), upload: { filename: 'pks.pdf', contentType: 'application/pdf', bytes: PDF } }),
};
/** Own agency's staff reach the case, but may not take this party's decision (403); the rest do not see it. */
const ownStaffForbidden = (who: Who, where: Where): Outcome => (STAFF.includes(who) && where === 'own' ? 'forbidden' : 'hidden');
/** The right party or the ministry reach it, but a requested case cannot take the action yet (409). */
const ownStaffOrMinistryRefused = (who: Who, where: Where): Outcome => (who === 'ministry_admin' || (STAFF.includes(who) && where === 'own') ? 'refused' : 'hidden');
const ownStaffAllowed = (who: Who, where: Where): Outcome => (STAFF.includes(who) && where === 'own' ? 'allow' : 'hidden');

export const adopterCase: RecordProbe = {
  record: 'a replication request made by the own agency (replication policy, adopter side)',
  create: async (t, agencyId) => request(t, (await buildAgency(t.db, { type: 'kota', regionCode: '73.71' })).id, agencyId),
  routes: [
    { method: 'GET', url: '/api/replications/:caseId', request: (r) => ({ url: url(r) }), expect: ownStaffOrMinistry },
    // Only the origin agency accepts: the adopter sees the case but may not.
    { method: 'POST', url: '/api/replications/:caseId/accept', request: (r) => ({ url: url(r, '/accept'), body: {} }), expect: ownStaffForbidden },
    // A mentor comes after the origin accepted; a log after that.
    {
      method: 'POST',
      url: '/api/replications/:caseId/mentor',
      request: (r) => ({ url: url(r, '/mentor'), body: { mentorId: randomUUID() } }),
      expect: (who) => (who === 'ministry_admin' ? 'refused' : 'hidden'),
    },
    {
      method: 'POST',
      url: '/api/replications/:caseId/logs',
      request: (r) => ({ url: url(r, '/logs'), body: { heldOn: '2026-01-05', mode: 'visit', notes: 'Kunjungan matriks.' } }),
      expect: ownStaffOrMinistryRefused,
    },
    { ...agreementUpload, expect: ownStaffOrMinistryRefused },
    // The adopter (or the ministry) may withdraw its request.
    {
      method: 'POST',
      url: '/api/replications/:caseId/stop',
      request: (r) => ({ url: url(r, '/stop'), body: { reason: 'Ditarik oleh pemohon.' } }),
      expect: ownStaffOrMinistry,
      fresh: true,
    },
  ],
};

export const originCase: RecordProbe = {
  record: "a replication request for the own agency's innovation (replication policy, origin side)",
  create: async (t, agencyId) => request(t, agencyId, (await buildAgency(t.db, { type: 'kabupaten', regionCode: '73.02' })).id),
  routes: [
    { method: 'GET', url: '/api/replications/:caseId', request: (r) => ({ url: url(r) }), expect: ownStaffOrMinistry },
    { method: 'POST', url: '/api/replications/:caseId/accept', request: (r) => ({ url: url(r, '/accept'), body: {} }), expect: ownStaffAllowed, fresh: true },
    { ...agreementUpload, expect: ownStaffOrMinistryRefused },
    {
      method: 'POST',
      url: '/api/replications/:caseId/decline',
      request: (r) => ({ url: url(r, '/decline'), body: { reason: 'Belum siap berbagi.' } }),
      expect: ownStaffAllowed,
      fresh: true,
    },
    // Stopping is the adopter's (or the ministry's): the origin sees the case but may not.
    {
      method: 'POST',
      url: '/api/replications/:caseId/stop',
      request: (r) => ({ url: url(r, '/stop'), body: { reason: 'Dihentikan oleh asal.' } }),
      expect: (who, where) => (who === 'ministry_admin' ? 'allow' : ownStaffForbidden(who, where)),
      fresh: true,
    },
  ],
};
