import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPublished } from '../catalog/catalog-helpers.js';
import type { Agent } from '../helpers/agent.js';
import { postFile } from '../helpers/multipart.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { buildNetwork, caseInProgress, type Network, ok, REQUEST } from './fixtures.js';

/** Files of a case (issue #14): the signed agreement and log photos, typed by content, limited, stored, served only to those who see the case. */
let t: TestApp;
let n: Network;
let caseId: string;
let logId: string;
const dataDir = path.resolve('.tmp', `replication-files-${process.pid}`);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const upload = (agent: Agent, url: string, filename: string, bytes: Buffer) => postFile(agent, url, filename, bytes, { contentType: 'image/png' });

beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: dataDir, UPLOAD_LIMIT_BYTES: '4096' });
  n = await buildNetwork(t, { mentorCap: 5 });
  caseId = await caseInProgress(n);
  const view = ok<{ logs: { id: string }[] }>(
    await n.mentor.post(`/api/replications/${caseId}/logs`, { heldOn: '2026-02-03', mode: 'visit', notes: 'Kunjungan ke puskesmas percontohan.' }),
  );
  logId = view.logs[0]!.id;
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Files {
  files: { id: string; kind: string; logId: string | null; filename: string; contentType: string; sizeBytes: number }[];
}

describe('case files', () => {
  it('stores the signed agreement and a log photo, typed by content, shown on the case and in its timeline', async () => {
    const agreement = await upload(n.adopterOperator, `/api/replications/${caseId}/agreement/files`, '../PKS ditandatangani.pdf', PDF);
    expect(agreement.statusCode, agreement.body).toBe(201);
    const photo = await upload(n.mentor, `/api/replications/${caseId}/logs/${logId}/photos`, 'kunjungan.jpg', PNG);
    expect(photo.statusCode, photo.body).toBe(201);
    const view = photo.json() as Files & { timeline: { action: string }[] };
    expect(view.files).toEqual([
      expect.objectContaining({ kind: 'agreement', logId: null, filename: 'PKS ditandatangani.pdf', contentType: 'application/pdf', sizeBytes: PDF.length }),
      expect.objectContaining({ kind: 'log_photo', logId, filename: 'kunjungan.png', contentType: 'image/png' }),
    ]);
    expect(view.timeline.map((e) => e.action)).toEqual(expect.arrayContaining(['agreement_file', 'log_photo']));
    const row = await t.db.selectFrom('replication_files').select('storage_key').where('id', '=', view.files[1]!.id).executeTakeFirstOrThrow();
    expect(fs.readFileSync(path.join(dataDir, 'files', ...row.storage_key.split('/')))).toEqual(PNG);
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', caseId).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['replication.agreement_file', 'replication.log_photo']));

    // Who sees the case downloads with safe headers; anyone else is told it does not exist.
    const image = await n.originAdmin.get(`/api/replications/${caseId}/files/${view.files[1]!.id}`);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['content-disposition']).toMatch(/^inline; filename="kunjungan.png"/);
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    expect(image.rawPayload).toEqual(PNG);
    const pdf = await n.hub.get(`/api/replications/${caseId}/files/${view.files[0]!.id}`);
    expect(pdf.headers['content-disposition']).toMatch(/^attachment;/);
    const stranger = (await t.signedIn('agency_operator')).agent;
    expect((await stranger.get(`/api/replications/${caseId}/files/${view.files[0]!.id}`)).statusCode).toBe(404);
    expect((await t.agent().get(`/api/replications/${caseId}/files/${view.files[0]!.id}`)).statusCode).toBe(401);
  });

  it('refuses the wrong type, an oversized file, a log of another case, the wrong role and a case without agreement, writing nothing', async () => {
    const before = await databaseFingerprint(t.db);
    const html = await upload(n.mentor, `/api/replications/${caseId}/logs/${logId}/photos`, 'foto.png', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(html.statusCode).toBe(400);
    expect(html.json().error.message).toContain('PNG/JPEG/WebP');
    const pdfPhoto = await upload(n.mentor, `/api/replications/${caseId}/logs/${logId}/photos`, 'foto.pdf', PDF);
    expect(pdfPhoto.statusCode).toBe(400);
    const big = await upload(n.adopterOperator, `/api/replications/${caseId}/agreement/files`, 'besar.pdf', Buffer.concat([PDF, Buffer.alloc(5000, 32)]));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('FILE_TOO_LARGE');
    expect((await upload(n.mentor, `/api/replications/${caseId}/agreement/files`, 'pks.pdf', PDF)).statusCode).toBe(403);
    expect((await upload(n.mentor, `/api/replications/${caseId}/logs/00000000-0000-4000-8000-000000000000/photos`, 'a.png', PNG)).statusCode).toBe(404);

    // A second case, accepted but without an agreement yet: nothing to attach to; its path does not serve the first case's files.
    const other = await insertPublished(t.db, n.origin.id, { title: 'Inovasi Kedua Uji' });
    const second = ok<{ id: string }>(await n.adopterOperator.post('/api/replications', { sourceInnovationId: other, ...REQUEST }), 201);
    ok(await n.originAdmin.post(`/api/replications/${second.id}/accept`, {}));
    const afterSecond = await databaseFingerprint(t.db);
    const missing = await upload(n.adopterOperator, `/api/replications/${second.id}/agreement/files`, 'pks.pdf', PDF);
    expect(missing.statusCode).toBe(409);
    expect(missing.json().error.code).toBe('AGREEMENT_MISSING');
    const first = ok<Files>(await n.adopterOperator.get(`/api/replications/${caseId}`));
    expect((await n.adopterOperator.get(`/api/replications/${second.id}/files/${first.files[0]!.id}`)).statusCode).toBe(404);
    expect(await databaseFingerprint(t.db)).toEqual(afterSecond);
    expect(before).not.toEqual(afterSecond);
    const stored = fs.readdirSync(path.join(dataDir, 'files', 'replication-files'));
    expect(stored).toHaveLength(2);
  });
});
