import type { TestApp } from '../../../helpers/test-app.js';
import type { Outcome, Who } from '../matrix.js';
import { type ProbeRecord, type RecordProbe, signedInOnce, STAFF } from './probe.js';

/**
 * innovation-index nominations (src/server/modules/innovation-index/policy.ts
 * `assertMayReadNomination`): an award nomination is read by the index staff and by the nominated
 * region's own staff; anyone else is told it does not exist (404).
 */
let nextYear = 2090;

async function ok<R extends { statusCode: number; body: string }>(response: R, what: string): Promise<R> {
  if (response.statusCode >= 300) throw new Error(`probe could not ${what}: ${response.body}`);
  return response;
}

/** A fresh year whose only reported region is the agency's: one verified row, results published, its cluster's nominee sent. */
async function nomination(t: TestApp, agencyId: string) {
  const admin = await signedInOnce(t, 'index_admin');
  const created = await admin.post('/api/index/models', { year: 2026 });
  if (created.statusCode !== 201 && created.statusCode !== 409) throw new Error(`probe could not create the 2026 model: ${created.body}`);
  const year = nextYear++;
  await ok(await admin.post('/api/index/models', { year, copyFromYear: 2026 }), 'copy a model');
  await ok(await admin.post(`/api/index/models/${year}/publish`), 'publish a model');
  const window = { opensAt: new Date(Date.now() - 86_400_000).toISOString(), closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString() };
  await ok(await admin.request('PUT', `/api/index/models/${year}/window`, { body: window }), 'open the window');
  const operator = await signedInOnce(t, 'agency_operator', agencyId);
  const level = await ok(
    await operator.request('PUT', `/api/index/${year}/report/levels`, { body: { indicatorCode: 'visi_misi', innovationId: null, level: 3 } }),
    'claim a level',
  );
  const report = level.json() as { id: string; rows: { id: string }[] };
  const rowId = report.rows[0]!.id;
  await ok(await operator.post(`/api/index/${year}/report/rows/${rowId}/links`, { evidenceType: 'tautan', url: 'https://jdih.example.go.id/visi-misi' }), 'add evidence');
  await ok(await operator.post(`/api/index/${year}/report/ready`), 'ask for the local review');
  await ok(await (await signedInOnce(t, 'agency_admin', agencyId)).post(`/api/index/${year}/report/review`, { decision: 'send' }), 'send the report');
  const verifier = await signedInOnce(t, 'index_verifier');
  await ok(await verifier.post(`/api/index/reports/${report.id}/rows/${rowId}/decision`, { decision: 'accept' }), 'verify the row');
  await ok(await verifier.post(`/api/index/reports/${report.id}/finish`), 'finish verification');
  await ok(await admin.post(`/api/index/${year}/results/publish`), 'publish the results');
  for (const cluster of ['provinsi', 'kabupaten', 'kota']) await ok(await admin.post(`/api/index/${year}/nominees/send`, { cluster, n: 1 }), 'send the nominees');
  const list = (await admin.get(`/api/index/${year}/nominees?n=1`)).json() as { clusters: { items: { sent: { nominationId: string } | null }[] }[] };
  const sent = list.clusters.flatMap((c) => c.items).find((i) => i.sent)?.sent;
  if (!sent) throw new Error('probe sent no nominee');
  return { id: sent.nominationId };
}

const indexStaffOrOwnStaff = (who: Who, where: string): Outcome =>
  who === 'index_admin' || who === 'index_verifier' || (STAFF.includes(who) && where === 'own') ? 'allow' : 'hidden';

export const indexNomination: RecordProbe = {
  record: "a region's award nomination sent from the index results (innovation-index policy)",
  create: (t, agencyId) => nomination(t, agencyId),
  routes: [{ method: 'GET', url: '/api/index/nominations/:id', request: (r: ProbeRecord) => ({ url: `/api/index/nominations/${r.id}` }), expect: indexStaffOrOwnStaff }],
};
