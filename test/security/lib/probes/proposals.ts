import type { TestApp } from '../../../helpers/test-app.js';
import { completeAnswers, openCall, startProposal } from '../../../proposals/setup.js';
import type { Outcome, Who } from '../matrix.js';
import { multipart, ownStaff, ownStaffOrMinistry, type ProbeRecord, type ProbeRoute, type RecordProbe, signedInOnce, STAFF, type Where } from './probe.js';

/**
 * proposals policy (src/server/modules/proposals/policy.ts): an agency's proposal belongs to its
 * operators and coordinator; the coordinator alone returns, submits and withdraws; the ministry
 * reads what was submitted; everyone else — another agency, a citizen — is told it does not exist.
 */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const pdf = () => ({ filename: 'dokumen-pendukung.pdf', contentType: 'application/pdf', bytes: PDF });

function ok(response: { statusCode: number; body: string }, status: number, what: string) {
  if (response.statusCode !== status) throw new Error(`probe could not ${what}: ${response.statusCode} ${response.body}`);
}

/** A complete draft of `agencyId` in a call open now, with one supporting document attached. */
async function completeDraft(t: TestApp, agencyId: string): Promise<{ id: string; refs: Record<string, string> }> {
  const competition = await openCall(await signedInOnce(t, 'ministry_admin'));
  const operator = await signedInOnce(t, 'agency_operator', agencyId);
  const started = await startProposal(t, operator, competition, agencyId);
  ok(await operator.patch(`/api/proposals/${started.id}`, { baseVersion: started.version, answers: completeAnswers(competition) }), 200, 'fill in a proposal');
  const attached = await operator.request('POST', `/api/proposals/${started.id}/attachments`, multipart(pdf()));
  ok(attached, 201, 'attach a document');
  const current = await operator.get(`/api/proposals/${started.id}`);
  return { id: started.id, refs: { attachmentId: attached.json().id, version: String(current.json().version) } };
}

const proposal = (r: ProbeRecord) => `/api/proposals/${r.id}`;
const attachment = (r: ProbeRecord) => `${proposal(r)}/attachments/${r.refs.attachmentId}`;
/** Only the own agency's coordinator (return, submit, withdraw). */
const ownCoordinator =
  (outcome: Outcome) =>
  (who: Who, where: Where): Outcome =>
    who === 'agency_admin' && where === 'own' ? outcome : 'hidden';
/** Own agency's staff reach the record, but its state refuses the action (409). */
const ownStaffRefused = (who: Who, where: Where): Outcome => (STAFF.includes(who) && where === 'own' ? 'refused' : 'hidden');

const save = (r: ProbeRecord) => ({ url: proposal(r), body: { baseVersion: Number(r.refs.version), title: 'Judul proposal diperbarui matriks' } });
const readRoutes = (expect: ProbeRoute['expect']): ProbeRoute[] => [
  { method: 'GET', url: '/api/proposals/:proposalId', request: (r) => ({ url: proposal(r) }), expect },
  { method: 'GET', url: '/api/proposals/:proposalId/attachments/:attachmentId', request: (r) => ({ url: attachment(r) }), expect },
];

export const draftProposal: RecordProbe = {
  record: 'a complete draft proposal with one document (proposals policy)',
  create: completeDraft,
  routes: [
    // A draft belongs to its agency's staff; another agency, a citizen and even the ministry do not see it.
    ...readRoutes(ownStaff),
    { method: 'PATCH', url: '/api/proposals/:proposalId', request: save, expect: ownStaff, fresh: true },
    { method: 'POST', url: '/api/proposals/:proposalId/attachments', request: (r) => ({ url: `${proposal(r)}/attachments`, upload: pdf() }), expect: ownStaff },
    { method: 'DELETE', url: '/api/proposals/:proposalId/attachments/:attachmentId', request: (r) => ({ url: attachment(r) }), expect: ownStaff, fresh: true },
    { method: 'POST', url: '/api/proposals/:proposalId/ready', request: (r) => ({ url: `${proposal(r)}/ready` }), expect: ownStaff, fresh: true },
    // Nothing to reopen or return: a draft is not waiting for the coordinator.
    { method: 'POST', url: '/api/proposals/:proposalId/reopen', request: (r) => ({ url: `${proposal(r)}/reopen` }), expect: ownStaffRefused },
    {
      method: 'POST',
      url: '/api/proposals/:proposalId/return',
      request: (r) => ({ url: `${proposal(r)}/return`, body: { comment: 'Lengkapi data indikator.' } }),
      expect: ownCoordinator('refused'),
    },
    // The coordinator may submit straight from draft.
    { method: 'POST', url: '/api/proposals/:proposalId/submit', request: (r) => ({ url: `${proposal(r)}/submit` }), expect: ownCoordinator('allow'), fresh: true },
    {
      method: 'POST',
      url: '/api/proposals/:proposalId/withdraw',
      request: (r) => ({ url: `${proposal(r)}/withdraw`, body: { reason: 'Salah memilih kategori' } }),
      expect: ownCoordinator('refused'),
    },
    // No receipt before submission, and no administrative check of a draft: the secretariat does not see it.
    { method: 'GET', url: '/api/proposals/:proposalId/receipt', request: (r) => ({ url: `${proposal(r)}/receipt` }), expect: () => 'hidden' },
    {
      method: 'POST',
      url: '/api/admin-checks/:proposalId/decision',
      request: (r) => ({ url: `/api/admin-checks/${r.id}/decision`, body: { decision: 'passed' } }),
      expect: () => 'hidden',
    },
  ],
};

export const submittedProposal: RecordProbe = {
  record: 'a submitted proposal (proposals policy, administrative check)',
  create: async (t, agencyId) => {
    const draft = await completeDraft(t, agencyId);
    ok(await (await signedInOnce(t, 'agency_admin', agencyId)).post(`/api/proposals/${draft.id}/submit`), 200, 'submit a proposal');
    return draft;
  },
  routes: [
    // Once submitted, the ministry reads it too, wherever it comes from.
    ...readRoutes(ownStaffOrMinistry),
    { method: 'GET', url: '/api/proposals/:proposalId/receipt', request: (r) => ({ url: `${proposal(r)}/receipt` }), expect: ownStaffOrMinistry },
    { method: 'GET', url: '/api/proposals/:proposalId/receipt.pdf', request: (r) => ({ url: `${proposal(r)}/receipt.pdf` }), expect: ownStaffOrMinistry },
    // Frozen: the drafters still reach it, but nothing changes.
    { method: 'PATCH', url: '/api/proposals/:proposalId', request: save, expect: ownStaffRefused },
    { method: 'DELETE', url: '/api/proposals/:proposalId/attachments/:attachmentId', request: (r) => ({ url: attachment(r) }), expect: ownStaffRefused },
    // Submitting again answers with the same receipt (idempotent), for the own coordinator only.
    { method: 'POST', url: '/api/proposals/:proposalId/submit', request: (r) => ({ url: `${proposal(r)}/submit` }), expect: ownCoordinator('allow') },
    {
      method: 'POST',
      url: '/api/proposals/:proposalId/withdraw',
      request: (r) => ({ url: `${proposal(r)}/withdraw`, body: { reason: 'Salah memilih kategori' } }),
      expect: ownCoordinator('allow'),
      fresh: true,
    },
    // The secretariat's check: the ministry decides for a proposal of any agency.
    {
      method: 'POST',
      url: '/api/admin-checks/:proposalId/decision',
      request: (r) => ({ url: `/api/admin-checks/${r.id}/decision`, body: { decision: 'passed' } }),
      expect: (who) => (who === 'ministry_admin' ? 'allow' : 'hidden'),
    },
  ],
};
