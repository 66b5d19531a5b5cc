import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { COMPRESSION_THRESHOLD_BYTES, isCompressibleType, registerCompression } from '../../src/server/http/compression.js';
import type { Agent } from '../helpers/agent.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { innovationBody, insertPublished } from '../catalog/catalog-helpers.js';

/** `/api` answers are compressed on request (src/server/http/compression.ts); the web build is not recompressed. */
let t: TestApp;
let operator: Agent;
let ministry: Agent;

const BROWSER = 'gzip, deflate, br';

function decoded(response: LightMyRequestResponse): Buffer {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(response.rawPayload);
  if (encoding === 'gzip') return zlib.gunzipSync(response.rawPayload);
  expect(encoding).toBeUndefined();
  return response.rawPayload;
}

function expectSecurityHeaders(response: LightMyRequestResponse): void {
  expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['x-request-id']).toBeTruthy();
}

beforeAll(async () => {
  t = await createTestApp();
  const op = await t.signedIn('agency_operator');
  operator = op.agent;
  ministry = (await t.signedIn('ministry_admin')).agent;
  // Enough accounts and innovations that the lists are well over the threshold.
  for (let i = 0; i < 12; i++) await t.signedIn('agency_admin');
  for (let i = 0; i < 15; i++) {
    await insertPublished(t.db, op.user.agency_id!, {
      title: `Inovasi Kompresi Nomor ${i} untuk Pelayanan Terpadu`,
      summary: `Ringkasan panjang inovasi kompresi ${i}: warga mendapat layanan lebih cepat dan tercatat.`,
    });
  }
});
afterAll(() => t.close());

describe('compressing API answers', () => {
  it('compresses a catalog search page with brotli for a browser and it decompresses to the same JSON', async () => {
    const plain = await t.agent().get('/api/innovations?q=kompresi');
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
    expect(plain.json().items).toHaveLength(15);

    const compressed = await t.agent().get('/api/innovations?q=kompresi', { 'accept-encoding': BROWSER });
    expect(compressed.statusCode).toBe(200);
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers['content-type']).toMatch(/^application\/json/);
    expect(String(compressed.headers.vary)).toMatch(/accept-encoding/i);
    expect(Number(compressed.headers['content-length'] ?? compressed.rawPayload.length)).toBe(compressed.rawPayload.length);
    expect(compressed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(JSON.parse(decoded(compressed).toString('utf8'))).toEqual(plain.json());
    expectSecurityHeaders(compressed);
    expect(compressed.headers['cache-control']).toBe('no-store');
  });

  it('uses gzip when that is all the client takes, and an admin list comes back the same', async () => {
    const plain = await ministry.get('/api/users?pageSize=25');
    expect(plain.statusCode).toBe(200);
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
    const gzip = await ministry.get('/api/users?pageSize=25', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(decoded(gzip).toString('utf8'))).toEqual(plain.json());
  });

  it('sends the answer as it is when the client asks for no encoding, or only for identity', async () => {
    for (const headers of [{} as Record<string, string>, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0, gzip;q=0, identity' }]) {
      const response = await t.agent().get('/api/innovations?q=kompresi', headers);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.json().items).toHaveLength(15);
      // The representation still depends on accept-encoding, so caches must key on it.
      expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    }
  });

  it('leaves answers under the threshold alone', async () => {
    const response = await t.agent().get('/api/auth/me', { 'accept-encoding': BROWSER });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.length).toBeLessThan(COMPRESSION_THRESHOLD_BYTES);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.json()).toHaveProperty('csrfToken');
  });

  it('never compresses answers under /api/auth (they carry the CSRF token: BREACH), whatever their size', async () => {
    // A bare server with the same registration, so the answers can be made larger than the real ones.
    const app = Fastify();
    await registerCompression(app);
    const large = { csrfToken: 'k'.repeat(43), filler: 'isi '.repeat(1000) };
    app.get('/api/auth/probe', async () => large);
    app.get('/api/probe', async () => large);
    const secret = await app.inject({ url: '/api/auth/probe', headers: { 'accept-encoding': BROWSER } });
    const other = await app.inject({ url: '/api/probe', headers: { 'accept-encoding': BROWSER } });
    await app.close();
    expect(secret.headers['content-encoding']).toBeUndefined();
    expect(secret.json()).toEqual(large);
    expect(other.headers['content-encoding']).toBe('br');
  });

  it('keeps the error shape and the CSRF check on a state change, and compresses its large answer', async () => {
    const body = await innovationBody(t.db, { title: 'Inovasi Kompresi Lewat Formulir' });
    const refused = await operator.post('/api/innovations', body, { csrf: false, headers: { 'accept-encoding': BROWSER } });
    expect(refused.statusCode).toBe(403);
    expect(JSON.parse(decoded(refused).toString('utf8')).error.code).toBe('CSRF_TOKEN_INVALID');
    expectSecurityHeaders(refused);

    const created = await operator.post('/api/innovations', body, { headers: { 'accept-encoding': BROWSER } });
    expect(created.statusCode).toBe(201);
    expect(created.headers['content-encoding']).toBe('br');
    expect(JSON.parse(decoded(created).toString('utf8')).innovation.title).toBe('Inovasi Kompresi Lewat Formulir');
  });

  it('keeps a large validation refusal in the error shape when compressed', async () => {
    // Every field of a registration wrong at once: one problem per field.
    const wrong = Object.fromEntries(
      Object.entries(await innovationBody(t.db)).map(([key, value]) => [key, typeof value === 'number' ? -1 : typeof value === 'string' ? '' : 'x']),
    );
    const plain = await operator.post('/api/innovations', wrong);
    expect(plain.statusCode).toBe(400);
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
    const response = await operator.post('/api/innovations', wrong, { headers: { 'accept-encoding': BROWSER } });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-encoding']).toBe('br');
    expect(JSON.parse(decoded(response).toString('utf8'))).toEqual(plain.json());
    expect(plain.json().error.code).toBe('VALIDATION_FAILED');
    expectSecurityHeaders(response);
  });

  it('streams a CSV export compressed, byte for byte the same once decompressed', async () => {
    const plain = await t.agent().get('/api/innovations/export?format=csv&q=kompresi');
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-type']).toMatch(/^text\/csv/);
    const compressed = await t.agent().get('/api/innovations/export?format=csv&q=kompresi', { 'accept-encoding': BROWSER });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers['content-disposition']).toBe(plain.headers['content-disposition']);
    expect(compressed.headers['content-security-policy']).toBe(plain.headers['content-security-policy']);
    expect(decoded(compressed).equals(plain.rawPayload)).toBe(true);
  });

  it('does not compress an XLSX export (already a zip)', async () => {
    const response = await t.agent().get('/api/innovations/export?format=xlsx&q=kompresi', { 'accept-encoding': BROWSER });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('treats only text and JSON as compressible', () => {
    for (const type of ['application/json; charset=utf-8', 'application/problem+json', 'text/csv; charset=utf-8', 'text/markdown; charset=utf-8']) {
      expect(isCompressibleType(type), type).toBe(true);
    }
    for (const type of [
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/octet-stream',
      'image/png',
      'image/jpeg',
      'text/event-stream',
      'application/jsonp',
    ]) {
      expect(isCompressibleType(type), type).toBe(false);
    }
  });
});

describe('the web build beside compression', () => {
  let web: FastifyInstance;
  let webDir: string;
  const script = `console.log(${JSON.stringify('Simpul '.repeat(400))});\n`;
  // Marked so a test can tell the stored sibling from anything compressed on the fly.
  const brSibling = zlib.brotliCompressSync(Buffer.from(`${script}// from app.js.br\n`));
  const gzSibling = zlib.gzipSync(Buffer.from(`${script}// from app.js.gz\n`));

  beforeAll(async () => {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-web-'));
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(
      path.join(webDir, 'index.html'),
      `<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root">${'x'.repeat(2000)}</div></body></html>`,
    );
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js'), script);
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js.br'), brSibling);
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js.gz'), gzSibling);
    // Over the threshold but with no siblings (as if the build had skipped it).
    fs.writeFileSync(path.join(webDir, 'assets', 'plain.js'), script);
    web = await buildApp(t.deps, { webDir });
    await web.ready();
  });
  afterAll(async () => {
    await web.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('sends a hashed asset from its .br or .gz file, not compressed again', async () => {
    const br = await web.inject({ method: 'GET', url: '/assets/app.js', headers: { 'accept-encoding': BROWSER } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.equals(brSibling)).toBe(true);
    expect(br.headers['cache-control']).toContain('immutable');
    expectSecurityHeaders(br);

    const gz = await web.inject({ method: 'GET', url: '/assets/app.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.rawPayload.equals(gzSibling)).toBe(true);

    const raw = await web.inject({ method: 'GET', url: '/assets/app.js' });
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.body).toBe(script);
  });

  it('does not compress web files on the fly, with or without siblings', async () => {
    const plain = await web.inject({ method: 'GET', url: '/assets/plain.js', headers: { 'accept-encoding': BROWSER } });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    const page = await web.inject({ method: 'GET', url: '/katalog', headers: { 'accept-encoding': BROWSER } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-encoding']).toBeUndefined();
    expect(page.body).toContain('<div id="root">');
  });

  it('still compresses the API of the same server', async () => {
    const response = await web.inject({ method: 'GET', url: '/api/innovations?q=kompresi', headers: { 'accept-encoding': BROWSER } });
    expect(response.headers['content-encoding']).toBe('br');
  });
});
