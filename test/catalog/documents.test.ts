import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { postFile } from '../helpers/multipart.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { innovationBody } from './catalog-helpers.js';

/** Supporting documents (issue #3 point 1): type by content, size limit, storage, safe download headers. */
let t: TestApp;
let operator: Agent;
let otherOperator: Agent;
let innovationId: string;
const dataDir = path.resolve('.tmp', `catalog-documents-${process.pid}`);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function upload(agent: Agent, id: string, filename: string, bytes: Buffer, field = 'file') {
  return postFile(agent, `/api/innovations/${id}/documents`, filename, bytes, { contentType: 'application/pdf', field });
}

beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: dataDir, UPLOAD_LIMIT_BYTES: '4096' });
  const op = await t.signedIn('agency_operator');
  operator = op.agent;
  otherOperator = (await t.signedIn('agency_operator')).agent;
  const created = await operator.post('/api/innovations', await innovationBody(t.db));
  innovationId = created.json().innovation.id;
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('uploading', () => {
  it('stores a PDF under DATA_DIR/files and lists it on the innovation', async () => {
    const response = await upload(operator, innovationId, '../../laporan akhir.pdf', PDF);
    expect(response.statusCode, response.body).toBe(201);
    const [doc] = response.json().documents;
    expect(doc).toMatchObject({ filename: 'laporan akhir.pdf', contentType: 'application/pdf', sizeBytes: PDF.length });
    const row = await t.db.selectFrom('innovation_documents').select(['storage_key', 'sha256']).where('id', '=', doc.id).executeTakeFirstOrThrow();
    expect(fs.readFileSync(path.join(dataDir, 'files', ...row.storage_key.split('/')))).toEqual(PDF);
    const history = (await operator.get(`/api/innovations/${innovationId}/versions`)).json().items;
    expect(history[0]).toMatchObject({ action: 'document_add', changes: [{ field: 'documents', before: [], after: ['laporan akhir.pdf'] }] });
  });

  it('decides the type from the content: a PNG named .pdf is stored as a PNG', async () => {
    const response = await upload(operator, innovationId, 'foto.pdf', PNG);
    expect(response.statusCode).toBe(201);
    expect(response.json().documents.at(-1)).toMatchObject({ filename: 'foto.png', contentType: 'image/png' });
  });

  it('refuses a file that claims to be a PDF but is not, writing nothing', async () => {
    const before = await databaseFingerprint(t.db);
    const files = fs.readdirSync(path.join(dataDir, 'files', 'innovation-documents')).length;
    const response = await upload(operator, innovationId, 'bukan.pdf', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain("'file'");
    expect(await databaseFingerprint(t.db)).toEqual(before);
    expect(fs.readdirSync(path.join(dataDir, 'files', 'innovation-documents')).length).toBe(files);
  });

  it('refuses a file over UPLOAD_LIMIT_BYTES with 413', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(5000, 0x20)]);
    const response = await upload(operator, innovationId, 'besar.pdf', big);
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('FILE_TOO_LARGE');
  });

  it('refuses a request without the file field, and non-multipart requests', async () => {
    expect((await upload(operator, innovationId, 'x.pdf', PDF, 'lampiran')).statusCode).toBe(400);
    expect((await operator.post(`/api/innovations/${innovationId}/documents`, { file: 'x' })).statusCode).toBe(400);
  });

  it('refuses another agency’s operator', async () => {
    expect((await upload(otherOperator, innovationId, 'x.pdf', PDF)).statusCode).toBe(404);
  });
});

describe('downloading', () => {
  it('serves files as attachments with nosniff and never an executable type; drafts stay private', async () => {
    const view = (await operator.get(`/api/innovations/${innovationId}`)).json();
    const pdf = view.documents.find((d: { contentType: string }) => d.contentType === 'application/pdf');
    const url = `/api/innovations/${innovationId}/documents/${pdf.id}`;
    const own = await operator.get(url);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.headers['content-disposition']).toMatch(/^attachment; filename="laporan akhir.pdf"/);
    expect(own.headers['x-content-type-options']).toBe('nosniff');
    expect(own.rawPayload).toEqual(PDF);
    expect((await t.agent().get(url)).statusCode).toBe(404);
  });

  it('removes a document and its bytes', async () => {
    const view = (await operator.get(`/api/innovations/${innovationId}`)).json();
    const png = view.documents.find((d: { contentType: string }) => d.contentType === 'image/png');
    const row = await t.db.selectFrom('innovation_documents').select('storage_key').where('id', '=', png.id).executeTakeFirstOrThrow();
    const response = await operator.delete(`/api/innovations/${innovationId}/documents/${png.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().documents.map((d: { id: string }) => d.id)).not.toContain(png.id);
    expect(fs.existsSync(path.join(dataDir, 'files', ...row.storage_key.split('/')))).toBe(false);
  });
});
