import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { logTransport } from '../../src/server/notifications/log-transport.js';
import { buildUser } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/** Issue #12.9 (tokens out of logs) and #12.11 (JSON 404 under /api, security headers on early refusals). */
let t: TestApp;
let web: FastifyInstance;
let webDir: string;
const logLines: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-web-'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Simpul</title>');
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  web = await buildApp(t.deps, { webDir, logger: { level: 'info', stream } });
  await web.ready();
});
afterAll(async () => {
  await web.close();
  await t.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

describe('unknown API addresses (#12.11)', () => {
  it('answers a JSON 404 under /api, while other paths still get the web app', async () => {
    for (const url of ['/api/tidak-ada', '/api/users/x/y/z', '/api', '/api/tidak-ada?token=x']) {
      const response = await web.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toMatch(/application\/json/);
      expect(response.json().error.code).toBe('ROUTE_NOT_FOUND');
      expect(response.headers['content-security-policy']).toBeDefined();
    }
    const page = await web.inject({ method: 'GET', url: '/katalog/apa-saja' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });
});

describe('refusals before routing carry the security headers (#12.11)', () => {
  async function rawExchange(app: FastifyInstance, request: string): Promise<string> {
    const address = app.server.address() as net.AddressInfo;
    return new Promise((resolve, reject) => {
      const socket = net.connect(address.port, '127.0.0.1', () => socket.write(request));
      let received = '';
      socket.on('data', (chunk) => (received += String(chunk)));
      socket.on('close', () => resolve(received));
      socket.on('error', (error) => (received ? resolve(received) : reject(error)));
    });
  }

  it('answers oversized headers with 431 in the API error shape and with the security headers', async () => {
    const app = await buildApp(t.deps);
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const response = await rawExchange(app, `GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'a'.repeat(40_000)}\r\n\r\n`);
      const [head, body] = response.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 431 /);
      const headers = head!.toLowerCase();
      for (const name of ['content-security-policy', 'x-content-type-options: nosniff', 'x-frame-options: deny', 'referrer-policy', 'cache-control: no-store']) {
        expect(headers).toContain(name);
      }
      expect(JSON.parse(body!).error.code).toBe('HEADERS_TOO_LARGE');

      const garbage = await rawExchange(app, 'NOT HTTP AT ALL\r\n\r\n');
      expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
      expect(garbage.toLowerCase()).toContain('content-security-policy');
    } finally {
      await app.close();
    }
  });
});

describe('tokens stay out of logs (#12.9)', () => {
  it('redacts a token in a requested URL from the request log', async () => {
    logLines.length = 0;
    await web.inject({ method: 'GET', url: '/undangan?token=RAHASIA-UNDANGAN-123&x=1' });
    await web.inject({ method: 'GET', url: '/atur-ulang-sandi?reset_token=RAHASIA-RESET-456' });
    const log = logLines.join('');
    expect(log).toContain('/undangan?token=[redacted]&x=1');
    expect(log).not.toContain('RAHASIA-UNDANGAN-123');
    expect(log).not.toContain('RAHASIA-RESET-456');
  });

  it('redacts link tokens from e-mails written to the log transport', async () => {
    logLines.length = 0;
    await logTransport(web.log).send({
      to: 'seseorang@uji.test',
      subject: 'Undangan',
      body: 'Buat kata sandi di: http://localhost:3000/undangan#token=RAHASIA-SUREL-789\nAtau: http://localhost:3000/atur-ulang-sandi#token=RAHASIA-SUREL-000',
    });
    const log = logLines.join('');
    expect(log).toContain('seseorang@uji.test');
    expect(log).toContain('/undangan#token=[redacted]');
    expect(log).not.toContain('RAHASIA-SUREL');
  });

  it('puts invitation and reset tokens in the link fragment, never in the query', async () => {
    const { agent: admin } = await t.signedIn('ministry_admin');
    const created = await admin.post('/api/users', { email: `fragmen.${Date.now()}@uji.test`, name: 'Pengguna Fragmen', role: 'panelist' });
    expect(created.json().inviteUrl).toMatch(/\/undangan#token=[A-Za-z0-9_%-]+$/);
    const owner = await buildUser(t.db);
    const guest = await t.agent().prime();
    expect((await guest.post('/api/auth/password-reset/request', { email: owner.email })).statusCode).toBe(204);
    const mails = await t.db.selectFrom('outbox').select('body').where('recipient', 'in', [created.json().user.email, owner.email]).execute();
    expect(mails).toHaveLength(2);
    for (const mail of mails) {
      expect(mail.body).toMatch(/#token=/);
      expect(mail.body).not.toMatch(/\?token=/);
    }
  });
});
