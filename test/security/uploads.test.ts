import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { buildAgency } from '../helpers/factories.js';
import { postFile } from '../helpers/multipart.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { innovationBody, insertPublished } from '../catalog/catalog-helpers.js';
import { openCall, startProposal } from '../proposals/setup.js';

/**
 * Uploads: a hostile file name must not steer where bytes land, and a file is judged by its
 * content, not by the type or extension the client claims. Exercised on every upload route
 * (catalog documents, proposal attachments, replication agreements; multipart field `file`) with a real data folder.
 */
let t: TestApp;
let dataDir: string;
let operator: Agent;

/**
 * Every upload route of the API (multipart field `file`) with a record of the operator's agency
 * to upload to. Add a route here when a module adds an upload.
 */
interface UploadTarget {
  name: string;
  url: string;
  /** Where the stored file can be downloaded again, from the upload's answer. */
  downloadUrl(answer: any): string;
}
const targets: UploadTarget[] = [];

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const HTML = Buffer.from('<!doctype html><html><body><script>window.__simpulXss=1</script></body></html>');

function upload(target: UploadTarget, filename: string, contentType: string, bytes: Buffer) {
  return postFile(operator, target.url, filename, bytes, { contentType });
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-upload-'));
  fs.mkdirSync(path.join(dataDir, 'data'));
  t = await createTestApp({ DATA_DIR: path.join(dataDir, 'data') });
  const agency = await buildAgency(t.db);
  operator = (await t.signedIn('agency_operator', { agencyId: agency.id })).agent;
  const created = await operator.post('/api/innovations', await innovationBody(t.db));
  expect(created.statusCode, created.body).toBe(201);
  const innovationId = created.json().innovation.id;
  targets.push({
    name: 'catalog document',
    url: `/api/innovations/${innovationId}/documents`,
    downloadUrl: (answer) => `/api/innovations/${innovationId}/documents/${answer.documents.at(-1).id}`,
  });
  const competition = await openCall((await t.signedIn('ministry_admin')).agent);
  const proposal = await startProposal(t, operator, competition, agency.id);
  targets.push({
    name: 'proposal attachment',
    url: `/api/proposals/${proposal.id}/attachments`,
    downloadUrl: (answer) => `/api/proposals/${proposal.id}/attachments/${answer.id}`,
  });
  // A replication case the operator's agency adopts, with its agreement recorded: the signed agreement's upload.
  const ministry = (await t.signedIn('ministry_admin')).agent;
  const origin = await buildAgency(t.db, { type: 'kota', regionCode: '73.71' });
  const university = await buildAgency(t.db, { type: 'perguruan_tinggi', regionCode: '73.71' });
  const source = await insertPublished(t.db, origin.id, { title: 'Inovasi Unggah Replikasi' });
  const mentorUser = await t.signedIn('mentor', { agencyId: university.id });
  const mentor = await ministry.post('/api/mentors', {
    userId: mentorUser.user.id,
    universityAgencyId: university.id,
    hubId: null,
    decreeNumber: 'Kep 1/2025',
    decreeDate: '2025-01-02',
  });
  const replication = await operator.post('/api/replications', {
    sourceInnovationId: source,
    problem: 'Antrean layanan panjang setiap pagi.',
    context: 'Kabupaten dengan banyak kantor layanan.',
    leadName: 'Kepala Bagian',
  });
  const caseId = replication.json().id as string;
  await (await t.signedIn('agency_admin', { agencyId: origin.id })).agent.post(`/api/replications/${caseId}/accept`, {});
  await ministry.post(`/api/replications/${caseId}/mentor`, { mentorId: mentor.json().id, override: true });
  expect((await operator.post(`/api/replications/${caseId}/agreement`, { number: 'PKS/9/2026', date: '2026-01-05' })).statusCode).toBe(200);
  targets.push({
    name: 'replication agreement',
    url: `/api/replications/${caseId}/agreement/files`,
    downloadUrl: (answer) => `/api/replications/${caseId}/files/${answer.files.at(-1).id}`,
  });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const NAMES = ['../../../escaped-{tag}.pdf', '..\\..\\escaped-{tag}.pdf', '/tmp/escaped-{tag}.pdf', '%2e%2e%2fescaped-{tag}.pdf', 'escaped-{tag}.pdf\u0000.png'];
const ROUTES = ['catalog document', 'proposal attachment', 'replication agreement'];
const target = (name: string) => targets.find((t) => t.name === name)!;

describe('path traversal in file names', () => {
  it.each(ROUTES.flatMap((route) => NAMES.map((name) => [route, name])))('%s: a file named %s is stored inside the data folder under a generated name', async (route, pattern) => {
    const tag = randomUUID().slice(0, 8);
    const response = await upload(target(route), pattern.replace('{tag}', tag), 'application/pdf', PDF);
    expect(response.statusCode, response.body).toBeLessThan(500);
    // Where '../' hops from the upload folder could land: the data folder's parents up to '/'.
    const parents = [os.tmpdir(), '/', path.dirname(dataDir)].flatMap((dir) => fs.readdirSync(dir).map((name) => path.join(dir, name)));
    const everywhere = [...filesUnder(dataDir), ...parents];
    // Nothing carries the client's name on disk, inside or outside the data folder.
    expect(everywhere.filter((f) => f.includes(`escaped-${tag}`))).toEqual([]);
    for (const file of filesUnder(dataDir)) expect(path.resolve(file).startsWith(path.resolve(dataDir, 'data'))).toBe(true);
  });
});

describe('content-type spoofing', () => {
  const SPOOFS: [string, string, string, Buffer][] = [
    ['an HTML page claiming to be a PDF', 'laporan.pdf', 'application/pdf', HTML],
    ['an HTML page claiming to be an image', 'foto.png', 'image/png', HTML],
    ['a script with a PDF extension', 'skrip.pdf', 'application/pdf', Buffer.from('#!/bin/sh\nrm -rf /\n')],
  ];
  it.each(ROUTES.flatMap((route) => SPOOFS.map((spoof) => [route, ...spoof] as const)))('%s: %s is refused and nothing is written', async (route, _label, name, type, bytes) => {
    const before = await databaseFingerprint(t.db);
    const filesBefore = filesUnder(dataDir).length;
    const response = await upload(target(route), name, type, bytes);
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(typeof response.json().error.code).toBe('string');
    expect(await databaseFingerprint(t.db)).toEqual(before);
    expect(filesUnder(dataDir).length).toBe(filesBefore);
  });

  it.each(ROUTES)('%s: a real PDF claimed as HTML is accepted and served back as a PDF with nosniff, never as HTML', async (route) => {
    const response = await upload(target(route), 'laporan-akhir.pdf', 'text/html', PDF);
    expect(response.statusCode, response.body).toBe(201);
    const download = await operator.get(target(route).downloadUrl(response.json()));
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toMatch(/^application\/pdf/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(String(download.headers['content-disposition'])).toMatch(/^(attachment|inline)/);
  });
});

describe('malformed multipart bodies', () => {
  const BODIES: [string, string, string][] = [
    ['no boundary', 'multipart/form-data', '{"file":"x"}'],
    ['a boundary the body never uses', 'multipart/form-data; boundary=----x', '{"file":"x"}'],
  ];
  it.each(ROUTES.flatMap((route) => BODIES.map((b) => [route, ...b] as const)))('%s: %s is a 400 in the error shape, and nothing is written', async (route, _label, type, body) => {
    const before = await databaseFingerprint(t.db);
    const response = await operator.request('POST', target(route).url, { rawBody: Buffer.from(body), headers: { 'content-type': type } });
    expect(response.statusCode, response.body).toBe(400);
    expect(typeof response.json().error.code).toBe('string');
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });
});
