import type { TestApp } from '../../../helpers/test-app.js';
import { postFile } from '../../../helpers/multipart.js';
import type { Outcome, Who } from '../matrix.js';
import { ownStaff, type ProbeRecord, type RecordProbe, signedInOnce } from './probe.js';

/**
 * innovation-index policy (src/server/modules/innovation-index/policy.ts): a region's report, its
 * rows and evidence belong to its regional government; only that agency's staff read and fill
 * them, the index staff read a report only once it is sent, and a region's report card is public
 * only once the year's results are published (before that, the index staff only). Another
 * region's staff are told none of it exists (404).
 */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

let nextYear = 2070;
const based = new WeakMap<TestApp, Promise<void>>();

/** The seeded 2026 model once per test app: every probe year is a copy of it. */
function baseModel(t: TestApp): Promise<void> {
  let done = based.get(t);
  if (!done) {
    done = signedInOnce(t, 'index_admin').then(async (admin) => {
      const created = await admin.post('/api/index/models', { year: 2026 });
      if (created.statusCode !== 201 && created.statusCode !== 409) throw new Error(`probe could not create the 2026 model: ${created.body}`);
    });
    based.set(t, done);
  }
  return done;
}

/** A published model of a fresh year with its window open, and the agency's draft report filled by its operator: one row with a PDF. */
async function draftReport(t: TestApp, agencyId: string) {
  await baseModel(t);
  const admin = await signedInOnce(t, 'index_admin');
  const year = nextYear++;
  const steps = [
    await admin.post('/api/index/models', { year, copyFromYear: 2026 }),
    await admin.post(`/api/index/models/${year}/publish`),
    await admin.request('PUT', `/api/index/models/${year}/window`, {
      body: { opensAt: new Date(Date.now() - 86_400_000).toISOString(), closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString() },
    }),
  ];
  const failed = steps.find((s) => s.statusCode >= 300);
  if (failed) throw new Error(`probe could not open an index year: ${failed.body}`);
  const operator = await signedInOnce(t, 'agency_operator', agencyId);
  const level = await operator.request('PUT', `/api/index/${year}/report/levels`, { body: { indicatorCode: 'visi_misi', innovationId: null, level: 2 } });
  if (level.statusCode !== 200) throw new Error(`probe could not claim a level: ${level.body}`);
  const report = level.json() as { id: string; regionCode: string; rows: { id: string }[] };
  const rowId = report.rows[0]!.id;
  const file = await postFile(operator, `/api/index/${year}/report/rows/${rowId}/files?evidenceType=dokumen`, 'visi-misi.pdf', PDF, { contentType: 'application/pdf' });
  if (file.statusCode !== 200) throw new Error(`probe could not upload evidence: ${file.body}`);
  const evidenceId = (file.json() as { rows: { evidence: { id: string }[] }[] }).rows[0]!.evidence[0]!.id;
  // The index team computes the year (unpublished): the report card exists for the index staff only.
  const computed = await admin.post(`/api/index/${year}/results/compute`);
  if (computed.statusCode !== 200) throw new Error(`probe could not compute the results: ${computed.body}`);
  return { id: rowId, refs: { year: String(year), reportId: report.id, evidenceId, regionCode: report.regionCode } };
}

const indexStaff = (who: Who): boolean => who === 'index_admin' || who === 'index_verifier';
/** Unpublished results: the index staff only, wherever the region is. */
const indexStaffOnly = (who: Who): Outcome => (indexStaff(who) ? 'allow' : 'hidden');

export const indexDraftReport: RecordProbe = {
  record: "a region's draft index report, its evidence and its unpublished report card (innovation-index policy)",
  create: (t, agencyId) => draftReport(t, agencyId),
  routes: [
    {
      method: 'POST',
      url: '/api/index/:year/report/rows/:id/links',
      request: (r: ProbeRecord) => ({ url: `/api/index/${r.refs.year}/report/rows/${r.id}/links`, body: { evidenceType: 'tautan', url: 'https://jdih.example.go.id/visi-misi' } }),
      expect: ownStaff,
    },
    { method: 'GET', url: '/api/index/evidence/:id/file', request: (r: ProbeRecord) => ({ url: `/api/index/evidence/${r.refs.evidenceId}/file` }), expect: ownStaff },
    // A draft is not sent: the index staff do not see it yet.
    { method: 'GET', url: '/api/index/reports/:id', request: (r: ProbeRecord) => ({ url: `/api/index/reports/${r.refs.reportId}` }), expect: () => 'hidden' },
    {
      method: 'GET',
      url: '/api/index/:year/results/:code',
      request: (r: ProbeRecord) => ({ url: `/api/index/${r.refs.year}/results/${r.refs.regionCode}` }),
      expect: indexStaffOnly,
    },
  ],
};
