import { randomUUID } from 'node:crypto';
import { insertPublished } from '../../../catalog/catalog-helpers.js';
import type { TestApp } from '../../../helpers/test-app.js';
import type { Outcome, Who } from '../matrix.js';
import { multipart, ownStaff, ownStaffOrMinistry, type ProbeRecord, type RecordProbe, signedInOnce, STAFF, type Where } from './probe.js';

/**
 * institutionalisation policy (src/server/modules/institutionalisation/policy.ts): an
 * innovation's institutionalisation record is read by its agency's staff and the ministry and
 * changed by its agency's staff only (the ministry is refused, 403); an update campaign's record
 * is confirmed by its agency's staff only; anyone else is told neither exists.
 */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const recordUrl = (r: ProbeRecord, tail = '') => `/api/innovations/${r.id}/institutionalisation${tail}`;
const ministryForbidden = (who: Who, where: Where): Outcome => (who === 'ministry_admin' ? 'forbidden' : STAFF.includes(who) && where === 'own' ? 'allow' : 'hidden');

export const institutionalisationRecord: RecordProbe = {
  record: "an innovation's institutionalisation record (institutionalisation policy)",
  create: async (t, agencyId) => {
    const id = await insertPublished(t.db, agencyId, { title: `Inovasi Matriks Pelembagaan ${randomUUID().slice(0, 8)}` });
    // A regulation with its document uploaded by the agency's own operator (the bytes are real files).
    const staff = (await t.signedIn('agency_operator', { agencyId })).agent;
    const basis = await staff.post(recordUrl({ id, agencyId, refs: {} }, '/legal-bases'), { kind: 'perda', number: '3', issuedOn: '2024-02-01' });
    const basisId = (basis.json() as { legalBases: { id: string }[] }).legalBases[0]!.id;
    const uploaded = await staff.request(
      'POST',
      recordUrl({ id, agencyId, refs: {} }, `/legal-bases/${basisId}/document`),
      multipart({ filename: 'perda.pdf', contentType: 'application/pdf', bytes: PDF }),
    );
    if (uploaded.statusCode !== 201) throw new Error(`probe could not upload a regulation: ${uploaded.body}`);
    return { id, refs: { basisId } };
  },
  routes: [
    {
      method: 'GET',
      url: '/api/innovations/:id/institutionalisation/:section/:itemId/document',
      request: (r) => ({ url: recordUrl(r, `/legal-bases/${r.refs.basisId}/document`) }),
      expect: ownStaffOrMinistry,
    },
    {
      method: 'POST',
      url: '/api/innovations/:id/institutionalisation/:section/:itemId/document',
      request: (r) => ({ url: recordUrl(r, `/legal-bases/${r.refs.basisId}/document`), upload: { filename: 'perda.pdf', contentType: 'application/pdf', bytes: PDF } }),
      expect: ministryForbidden,
    },
    { method: 'GET', url: '/api/innovations/:id/institutionalisation', request: (r) => ({ url: recordUrl(r) }), expect: ownStaffOrMinistry },
    {
      method: 'POST',
      url: '/api/innovations/:id/institutionalisation/budget-lines',
      request: (r) => ({ url: recordUrl(r, '/budget-lines'), body: { fiscalYear: 2026, source: 'apbd', amount: 100_000_000, programme: 'Program Matriks' } }),
      expect: ministryForbidden,
    },
  ],
};

let campaignYear = 2060;

/** A fresh campaign per record (one per year), asking about the probe's innovation among all published ones. */
async function campaignRecord(t: TestApp, agencyId: string) {
  const innovationId = await insertPublished(t.db, agencyId, { title: `Inovasi Matriks Kampanye ${randomUUID().slice(0, 8)}` });
  const ministry = await signedInOnce(t, 'ministry_admin');
  const now = Date.now();
  const created = await ministry.post('/api/campaigns', {
    year: campaignYear++,
    title: 'Kampanye Matriks Uji',
    opensAt: new Date(now - 86_400_000).toISOString(),
    closesAt: new Date(now + 30 * 86_400_000).toISOString(),
  });
  if (created.statusCode !== 201) throw new Error(`probe could not create a campaign: ${created.body}`);
  return { id: innovationId, refs: { campaignId: created.json().id as string } };
}

export const updateCampaignRecord: RecordProbe = {
  record: "an update campaign's record of an innovation (institutionalisation policy, campaigns)",
  create: (t, agencyId) => campaignRecord(t, agencyId),
  routes: [
    {
      method: 'POST',
      url: '/api/campaigns/:id/records/:innovationId',
      request: (r) => ({ url: `/api/campaigns/${r.refs.campaignId}/records/${r.id}`, body: { answer: 'continuing' } }),
      expect: ownStaff,
      fresh: true,
    },
  ],
};
