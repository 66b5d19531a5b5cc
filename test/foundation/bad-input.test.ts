import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: '4096' });
  admin = (await t.signedIn('ministry_admin')).agent;
});
afterAll(() => t.close());

async function expectRefusedWithoutWrites(send: () => Promise<{ statusCode: number; json(): any }>, status: number, code: string) {
  const before = await databaseFingerprint(t.db);
  const response = await send();
  expect(response.statusCode).toBe(status);
  const body = response.json();
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  expect(await databaseFingerprint(t.db)).toEqual(before);
  return body;
}

describe('bad input gets a 4xx in the error shape and writes nothing', () => {
  it('malformed JSON', async () => {
    await expectRefusedWithoutWrites(
      () => admin.request('POST', '/api/agencies', { rawBody: '{"name": "Dinas', headers: { 'content-type': 'application/json' } }),
      400,
      'MALFORMED_JSON',
    );
  });

  it('unknown fields', async () => {
    const body = await expectRefusedWithoutWrites(() => admin.post('/api/agencies', { name: 'Dinas Uji', type: 'lembaga', isAdmin: true }), 400, 'VALIDATION_FAILED');
    expect(body.error.message).toContain('isAdmin');
  });

  it('wrong types, named by field, in Indonesian by default and English on request', async () => {
    const body = await expectRefusedWithoutWrites(() => admin.post('/api/agencies', { name: 42, type: 'lembaga' }), 400, 'VALIDATION_FAILED');
    // Named as people call the field, not by its API key.
    expect(body.error.message).toBe('Data tidak valid: Nama harus berupa teks.');
    expect(body.error.details.fields).toEqual([expect.objectContaining({ field: 'name' })]);
    const en = await admin.request('POST', '/api/agencies', { body: { name: 'Dinas', type: 'planet' }, headers: { 'accept-language': 'en' } });
    expect(en.json().error.message).toMatch(/^Invalid data: Type must be one of/);
  });

  it('oversized bodies', async () => {
    await expectRefusedWithoutWrites(() => admin.post('/api/agencies', { name: 'x'.repeat(10_000), type: 'lembaga' }), 413, 'BODY_TOO_LARGE');
  });

  it('a missing CSRF token', async () => {
    await expectRefusedWithoutWrites(() => admin.post('/api/agencies', { name: 'Dinas Tanpa Token', type: 'lembaga' }, { csrf: false }), 403, 'CSRF_TOKEN_INVALID');
  });

  it('bad credentials and expired sessions', async () => {
    const guest = await t.agent().prime();
    await expectRefusedWithoutWrites(() => guest.post('/api/auth/login', { email: 'x@uji.test' }), 400, 'VALIDATION_FAILED');
    const stale = t.agent();
    await expectRefusedWithoutWrites(
      () =>
        stale.request('POST', '/api/agencies', {
          body: { name: 'Dinas Sesi Lama', type: 'lembaga' },
          headers: { cookie: 'simpul_session=expired-or-made-up', 'x-csrf-token': 'x' },
        }),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('an unknown API path is a 404 in the same shape', async () => {
    const response = await admin.get('/api/tidak-ada');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('HTTP conventions', () => {
  it('health reports status, database kind and version', async () => {
    const response = await t.agent().get('/api/health');
    expect(response.json()).toEqual({ status: 'ok', database: t.handle.kind, version: 'test' });
  });

  it('serves an OpenAPI document generated from the route schemas', async () => {
    const doc = (await t.agent().get('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/auth/login', '/api/users', '/api/agencies/{id}']));
    expect(doc.paths['/api/agencies'].post.requestBody).toBeDefined();
  });

  it('echoes a request id and sets security headers', async () => {
    const response = await t.agent().get('/api/health', { 'x-request-id': 'trace-abc-12345' });
    expect(response.headers['x-request-id']).toBe('trace-abc-12345');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBeTruthy();
  });
});
