import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { appendAudit, SYSTEM_ACTOR } from '../../src/server/audit/audit-log.js';
import { readConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/client.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const TOKEN = 'operator-scrape-token-0123456789';

/** The value of one sample line of the Prometheus text format, e.g. `name{a="b"} 3`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = (match[2] ?? '').split(',').filter(Boolean);
    if (wanted.every((w) => have.includes(w))) return Number(match[3]);
  }
  return undefined;
}

describe('GET /metrics (Prometheus, for operators)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ METRICS_TOKEN: TOKEN });
  });
  afterAll(() => t.close());

  const scrape = (authorization?: string) => t.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });

  it('refuses a scrape without the token or with another one (401, Bearer challenge)', async () => {
    for (const header of [undefined, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, TOKEN, 'Basic b3A6b3A=']) {
      const response = await scrape(header);
      expect(response.statusCode, String(header)).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="metrics"');
      expect(response.json().error.code).toBe('METRICS_TOKEN_REQUIRED');
      expect(response.body).not.toContain('simpul_');
    }
  });

  it('reports request latency per route pattern, method and status class', async () => {
    await t.app.inject({ method: 'GET', url: '/api/health' });
    await t.app.inject({ method: 'GET', url: '/api/health' });
    await t.app.inject({ method: 'GET', url: '/api/agencies/00000000-0000-0000-0000-000000000000' });
    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = response.body;
    const health = { route: '/api/health', method: 'GET', status_class: '2xx' };
    expect(sample(text, 'simpul_http_request_duration_seconds_count', health)).toBe(2);
    expect(sample(text, 'simpul_http_request_duration_seconds_bucket', { ...health, le: '+Inf' })).toBe(2);
    // The pattern, not the URL: the id does not become a label value.
    expect(sample(text, 'simpul_http_request_duration_seconds_count', { route: '/api/agencies/:id', method: 'GET', status_class: '4xx' })).toBe(1);
    expect(text).not.toContain('00000000-0000-0000-0000-000000000000');
  });

  it('reports the database pool of the engine in use', async () => {
    const text = (await scrape(`Bearer ${TOKEN}`)).body;
    const engine = t.deps.dbKind;
    expect(sample(text, 'simpul_db_pool_max', { engine })).toBe(engine === 'pglite' ? 1 : 5);
    const total = sample(text, 'simpul_db_pool_connections', { engine, state: 'total' });
    expect(total).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'simpul_db_pool_connections', { engine, state: 'idle' })).toBeLessThanOrEqual(total!);
    expect(sample(text, 'simpul_db_pool_connections', { engine, state: 'waiting' })).toBe(0);
  });

  it('reports the outbox backlog: waiting, given up, and the oldest waiting age', async () => {
    await t.db
      .insertInto('outbox')
      .values([
        { channel: 'email', recipient: 'a@example.test', subject: 'Tanda terima', body: 'x', created_at: sql<Date>`now() - interval '2 hours'` },
        { channel: 'email', recipient: 'b@example.test', subject: 'Tanda terima', body: 'x' },
        { channel: 'email', recipient: 'c@example.test', subject: 'Gagal', body: 'x', attempts: 5, created_at: sql<Date>`now() - interval '9 hours'` },
        { channel: 'email', recipient: 'd@example.test', subject: 'Terkirim', body: 'x', sent_at: new Date(), created_at: sql<Date>`now() - interval '5 hours'` },
      ])
      .execute();
    const text = (await scrape(`Bearer ${TOKEN}`)).body;
    const waiting = await t.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('sent_at', 'is', null)
      .where('attempts', '<', 5)
      .executeTakeFirstOrThrow();
    expect(sample(text, 'simpul_outbox_unsent')).toBe(Number(waiting.n));
    expect(sample(text, 'simpul_outbox_failed')).toBe(1);
    const oldest = sample(text, 'simpul_outbox_oldest_unsent_age_seconds')!;
    expect(oldest).toBeGreaterThanOrEqual(2 * 3600);
    expect(oldest).toBeLessThan(5 * 3600);
  });

  it('reports the audit chain length, which grows with each entry', async () => {
    const before = sample((await scrape(`Bearer ${TOKEN}`)).body, 'simpul_audit_chain_length')!;
    const count = await t.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(before).toBe(Number(count.n));
    await t.db.transaction().execute((trx) => appendAudit(trx, SYSTEM_ACTOR, { action: 'test.metrics', entityType: 'test', entityId: null }));
    expect(sample((await scrape(`Bearer ${TOKEN}`)).body, 'simpul_audit_chain_length')).toBe(before + 1);
  });
});

describe('without METRICS_TOKEN; GET /api/ready beside GET /api/health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('/metrics does not exist (404), token or not', async () => {
    for (const headers of [{}, { authorization: `Bearer ${TOKEN}` }]) {
      const response = await t.app.inject({ method: 'GET', url: '/metrics', headers });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
  });

  it('a METRICS_TOKEN shorter than 16 characters is refused at start-up', () => {
    expect(() => readConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('ready when every migration ran and the database answers; 503 while one has not run, health staying ok', async () => {
    const ready = await t.app.inject({ method: 'GET', url: '/api/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: t.deps.dbKind, version: 'test' });

    const last = await sql<{ name: string }>`select name from schema_migrations order by name desc limit 1`.execute(t.db);
    await sql`delete from schema_migrations where name = ${last.rows[0]!.name}`.execute(t.db);
    const pending = await t.app.inject({ method: 'GET', url: '/api/ready' });
    expect(pending.statusCode).toBe(503);
    expect(pending.json()).toMatchObject({ status: 'not_ready', reason: 'migrations_pending', pendingMigrations: 1 });
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});

describe('a database that does not answer', () => {
  it('is neither ready nor healthy (503)', async () => {
    // A PostgreSQL server that is not there (port 9 on loopback: nothing listens, refused at once).
    const handle = await openDatabase({ url: 'postgres://simpul:x@127.0.0.1:9/simpul', poolSize: 1 });
    const config = readConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '.tmp/test-data' });
    const app = await buildApp({ db: handle.db, dbKind: handle.kind, config, version: 'test' });
    try {
      const ready = await app.inject({ method: 'GET', url: '/api/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({ status: 'not_ready', reason: 'database_unavailable', pendingMigrations: 0, database: 'postgres', version: 'test' });
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(503);
    } finally {
      await app.close();
      await handle.close();
    }
  });
});
