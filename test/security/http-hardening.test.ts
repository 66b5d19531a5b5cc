import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';

/**
 * Holes the fuzzer found in the foundation, pinned down: router-level errors answered outside
 * the error shape and without security headers, and database refusals of client input (a NUL
 * byte, an out-of-range number) answered as 500.
 */
let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.signedIn('ministry_admin')).agent;
});
afterAll(() => t.close());

describe('router-level refusals', () => {
  it('an over-long path parameter is a 414 in the error shape, with security headers, not echoing the path', async () => {
    const response = await admin.get(`/api/agencies/${'x'.repeat(5000)}`);
    expect(response.statusCode).toBe(414);
    expect(response.json().error.code).toBe('URL_TOO_LONG');
    expect(response.body.length).toBeLessThan(300);
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('a malformed percent-encoding in the path is a 400 BAD_URL in the language asked for', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/agencies/%E0%A4%A', headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({ code: 'BAD_URL', message: 'The address is not valid.' });
    expect(response.headers['referrer-policy']).toBeTruthy();
  });
});

describe('database refusals of client input', () => {
  it('a NUL byte in a search parameter is a 400, not a 500', async () => {
    const response = await admin.get('/api/agencies?q=a%00b');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('INVALID_CHARACTERS');
  });

  it('a NUL byte in a body field is a 400 and writes nothing', async () => {
    const before = await databaseFingerprint(t.db);
    const response = await admin.post('/api/agencies', { name: 'Dinas\u0000Uji', type: 'lembaga' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('INVALID_CHARACTERS');
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });
});
