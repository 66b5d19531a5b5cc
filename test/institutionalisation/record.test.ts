import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/server/audit/audit-log.js';
import { institutionalisationFactsOf } from '../../src/server/modules/institutionalisation/read-model.js';
import { insertPublished } from '../catalog/catalog-helpers.js';
import type { Agent } from '../helpers/agent.js';
import { buildAgency } from '../helpers/factories.js';
import { postFile } from '../helpers/multipart.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { ok } from '../replication/fixtures.js';

let t: TestApp;
let innovationId: string;
let operator: Agent;
let other: Agent;
let ministry: Agent;
const url = () => `/api/innovations/${innovationId}/institutionalisation`;
const dataDir = path.resolve('.tmp', `inst-documents-${process.pid}`);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const upload = (agent: Agent, to: string, filename: string, bytes: Buffer) => postFile(agent, to, filename, bytes, { contentType: 'application/pdf' });
const storedFiles = () => (fs.existsSync(path.join(dataDir, 'files', 'inst-documents')) ? fs.readdirSync(path.join(dataDir, 'files', 'inst-documents')) : []);

beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: dataDir, UPLOAD_LIMIT_BYTES: '4096' });
  const agency = await buildAgency(t.db, { type: 'kabupaten', regionCode: '35.10' });
  innovationId = await insertPublished(t.db, agency.id, { title: 'Layanan Akta Kelahiran Keliling', startDate: '2022-01-10' });
  operator = (await t.signedIn('agency_operator', { agencyId: agency.id })).agent;
  other = (await t.signedIn('agency_admin')).agent;
  ministry = (await t.signedIn('ministry_admin')).agent;
}, 120_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('derives the stage from a Perbup and budget lines, stores it, audits each change and offers the facts to other modules', async () => {
  ok(await operator.post(`${url()}/legal-bases`, { kind: 'perkada', number: '12', issuedOn: '2023-05-02', title: 'Layanan akta keliling' }), 201);
  for (const fiscalYear of [2024, 2025, 2026]) {
    ok(await operator.post(`${url()}/budget-lines`, { fiscalYear, source: 'apbd', amount: 250_000_000, programme: 'Program Pelayanan Administrasi Kependudukan' }), 201);
  }
  ok(await operator.post(`${url()}/plans`, { plan: 'renstra', year: 2025, document: 'Renstra Disdukcapil 2025–2029' }), 201);
  const view = ok<{ maturity: { stage: string; reason: { id: string } }; budgetLines: unknown[]; can: { edit: boolean } }>(
    await operator.post(`${url()}/targets`, { indicator: 'Akta terbit', unit: 'akta', baseline: 100, year: 2025, target: 500, realisation: 620 }),
    201,
  );
  expect(view.maturity).toEqual({ stage: 'institutionalised', reason: expect.objectContaining({ id: 'terlembaga: ada Perbup No. 12/2023 dan anggaran 2024–2026' }) });
  expect(view.budgetLines).toHaveLength(3);
  expect(view.can.edit).toBe(true);
  // The public sees the stage and its reason; the ministry reads the whole record, read-only.
  expect(ok<{ stage: string }>(await t.agent().get(`/api/innovations/${innovationId}/maturity`)).stage).toBe('institutionalised');
  expect(ok<{ can: { edit: boolean } }>(await ministry.get(url())).can.edit).toBe(false);
  const stored = await t.db.selectFrom('innovation_maturity').select('fact_stage').where('innovation_id', '=', innovationId).executeTakeFirstOrThrow();
  expect(stored.fact_stage).toBe('institutionalised');
  const facts = (await institutionalisationFactsOf(t.db, [innovationId])).get(innovationId)!;
  expect(facts.regulations).toEqual([{ kind: 'perkada', number: '12', issuedOn: '2023-05-02' }]);
  expect(facts.budgets.map((b) => b.fiscalYear)).toEqual([2024, 2025, 2026]);
  const audits = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', innovationId).where('action', 'like', 'institutionalisation.%').execute();
  expect(audits).toHaveLength(6);
  expect((await verifyAuditChain(t.db)).ok).toBe(true);

  // Removing the regulation brings it back to implemented (the budget remains).
  const basis = ok<{ legalBases: { id: string }[] }>(await operator.get(url())).legalBases[0]!;
  const after = ok<{ maturity: { stage: string } }>(await operator.delete(`${url()}/legal-bases/${basis.id}`));
  expect(after.maturity.stage).toBe('implemented');
});

it('refuses bad input with clear errors and writes nothing; another agency gets 404, the ministry may not edit', async () => {
  const before = await databaseFingerprint(t.db);
  const future = await operator.post(`${url()}/legal-bases`, { kind: 'perda', number: '1', issuedOn: '2099-01-01' });
  expect(future.statusCode).toBe(400);
  expect(future.json().error.code).toBe('LEGAL_BASIS_DATE_IN_FUTURE');
  for (const amount of [-5, 0, 10 ** 15]) {
    const bad = await operator.post(`${url()}/budget-lines`, { fiscalYear: 2025, source: 'apbd', amount, programme: 'Program Uji' });
    expect(bad.json().error.code).toBe('BUDGET_AMOUNT_INVALID');
  }
  const negative = await operator.post(`${url()}/targets`, { indicator: 'Akta terbit', year: 2026, target: -1 });
  expect(negative.json().error.code).toBe('TARGET_NEGATIVE');
  expect((await other.get(url())).statusCode).toBe(404);
  expect((await other.post(`${url()}/plans`, { plan: 'rkpd', year: 2026, document: 'RKPD 2026' })).statusCode).toBe(404);
  expect((await ministry.post(`${url()}/plans`, { plan: 'rkpd', year: 2026, document: 'RKPD 2026' })).statusCode).toBe(403);
  expect(await databaseFingerprint(t.db)).toEqual(before);
});

it('keeps the regulation and plan documents as real files: sniffed, size-limited, replaced, served with safe headers only to those who may read the record', async () => {
  const basis = ok<{ legalBases: { id: string }[] }>(await operator.post(`${url()}/legal-bases`, { kind: 'perda', number: '7', issuedOn: '2024-01-05' }), 201).legalBases.at(-1)!;
  // A plan needs no text reference any more: the document alone is enough.
  const plan = ok<{ plans: { id: string; document: string | null }[] }>(await operator.post(`${url()}/plans`, { plan: 'rkpd', year: 2026 }), 201).plans.find(
    (p) => p.document === null,
  )!;
  const doc = (section: string, id: string) => `${url()}/${section}/${id}/document`;

  const before = await databaseFingerprint(t.db);
  const html = await upload(operator, doc('legal-bases', basis.id), 'perda.pdf', Buffer.from('<html><script>alert(1)</script></html>'));
  expect(html.statusCode).toBe(400);
  expect(html.json().error.message).toContain("'file'");
  const big = await upload(operator, doc('legal-bases', basis.id), 'besar.pdf', Buffer.concat([PDF, Buffer.alloc(5000, 32)]));
  expect(big.statusCode).toBe(413);
  expect((await upload(other, doc('legal-bases', basis.id), 'perda.pdf', PDF)).statusCode).toBe(404);
  expect((await upload(ministry, doc('legal-bases', basis.id), 'perda.pdf', PDF)).statusCode).toBe(403);
  expect((await upload(operator, doc('plans', basis.id), 'perda.pdf', PDF)).statusCode).toBe(404); // an id of another section
  expect(await databaseFingerprint(t.db)).toEqual(before);
  expect(storedFiles()).toEqual([]);

  const first = ok<{ legalBases: { id: string; document: { name: string; type: string } | null }[] }>(
    await upload(operator, doc('legal-bases', basis.id), '../Perda 7 2024.PDF', PDF),
    201,
  );
  expect(first.legalBases.find((b) => b.id === basis.id)!.document).toEqual({ name: 'Perda 7 2024.pdf', size: PDF.length, type: 'application/pdf' });
  const scan = ok<{ plans: { id: string; file: { name: string; type: string } | null }[] }>(await upload(operator, doc('plans', plan.id), 'rkpd.jpg', PNG), 201);
  expect(scan.plans.find((p) => p.id === plan.id)!.file).toMatchObject({ name: 'rkpd.png', type: 'image/png' });
  // Replacing the regulation's document removes the old bytes.
  ok(await upload(operator, doc('legal-bases', basis.id), 'perda-final.pdf', PDF), 201);
  expect(storedFiles()).toHaveLength(2);

  const download = await ministry.get(doc('legal-bases', basis.id));
  expect(download.statusCode).toBe(200);
  expect(download.headers['content-type']).toBe('application/pdf');
  expect(download.headers['x-content-type-options']).toBe('nosniff');
  expect(download.headers['content-disposition']).toContain('attachment; filename="perda-final.pdf"');
  expect(download.rawPayload.equals(PDF)).toBe(true);
  expect((await operator.get(doc('plans', plan.id))).rawPayload.equals(PNG)).toBe(true);
  expect((await other.get(doc('legal-bases', basis.id))).statusCode).toBe(404);
  expect((await t.agent().get(doc('legal-bases', basis.id))).statusCode).toBe(401);

  // Removing the entry removes its file; the audit chain holds the uploads.
  ok(await operator.delete(`${url()}/legal-bases/${basis.id}`));
  expect(storedFiles()).toHaveLength(1);
  expect((await ministry.get(doc('legal-bases', basis.id))).statusCode).toBe(404);
  const audits = await t.db.selectFrom('audit_log').select('action').where('action', '=', 'institutionalisation.document').execute();
  expect(audits).toHaveLength(3);
  expect((await verifyAuditChain(t.db)).ok).toBe(true);
});
