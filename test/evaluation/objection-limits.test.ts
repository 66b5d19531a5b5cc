import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { parseTrustProxy } from '../../src/server/http/trust-proxy.js';
import { OBJECTIONS_PER_ADDRESS, OBJECTIONS_PER_EMAIL_PER_SELECTION } from '../../src/server/modules/evaluation/objection-limits.js';
import { createTestApp, databaseFingerprint, type FingerprintOptions, type TestApp } from '../helpers/test-app.js';
import { buildEvaluationWorld, createRound, type EvaluationWorld } from './fixtures.js';

/**
 * Abuse protection of public objections: per client address (as TRUST_PROXY lets the app believe
 * it) and per e-mail address per selection, counted in the database; exact repeats refused. A
 * refused request answers 429/409 and writes nothing at all: no objection, no audit entry, and
 * not even a counter.
 */
let t: TestApp;
/** Built like production: X-Forwarded-For believed only from a proxy on loopback. */
let app: FastifyInstance;
let world: EvaluationWorld;
let roundId: string;
let csrf: string;

/** Everything, counters included (the default fingerprint skips the throttle table). */
const EVERYTHING: FingerprintOptions = { skipColumns: { sessions: ['last_seen_at'] } };

beforeAll(async () => {
  t = await createTestApp();
  app = await buildApp(t.deps, { trustProxy: parseTrustProxy(t.deps.config.TRUST_PROXY) });
  await app.ready();
  const admin = (await t.signedIn('ministry_admin')).agent;
  world = await buildEvaluationWorld(t.db, [{ regionCode: '35.78' }, { regionCode: '33.74', category: 1 }]);
  roundId = (await createRound(admin, world.competitionId)).id;
  csrf = (await app.inject({ method: 'GET', url: '/api/auth/me' })).json().csrfToken;
});
afterAll(async () => {
  await app?.close();
  await t.close();
});

/** A selection in its objection period, written straight into the tables (the path to it is tested elsewhere). */
async function publishedSelection(): Promise<string> {
  const selection = await t.db
    .insertInto('evaluation_selections')
    .values({
      round_id: roundId,
      name: 'Top uji',
      award_level: 'top_99',
      size: 2,
      rules: JSON.stringify({}),
      basis: 'mean',
      status: 'published',
      published_at: new Date(),
      objection_ends_at: new Date(Date.now() + 48 * 3_600_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto('evaluation_decisions')
    .values(world.proposals.map((p, i) => ({ selection_id: selection.id, proposal_id: p.id, rank: i + 1, score: 90 - i, selected: true, computed_reason: 'plain_cut' as const })))
    .execute();
  return selection.id;
}

let serial = 0;
function objection(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    proposalId: world.proposals[0]!.id,
    name: 'Warga Peduli',
    email: `warga.${serial}@contoh.id`,
    reason: `Alasan sanggahan nomor ${serial} yang cukup panjang.`,
    ...overrides,
  };
}

function file(selectionId: string, body: unknown, from: { remote: string; forwardedFor?: string; language?: string }) {
  return app.inject({
    method: 'POST',
    url: `/api/evaluation/selections/${selectionId}/objections`,
    remoteAddress: from.remote,
    headers: {
      'content-type': 'application/json',
      'accept-language': from.language ?? 'id',
      'x-csrf-token': csrf,
      cookie: `simpul_csrf=${csrf}`,
      ...(from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {}),
    },
    payload: JSON.stringify(body),
  });
}

const objectionCount = async (selectionId: string) =>
  Number(
    (
      await t.db
        .selectFrom('evaluation_objections')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('selection_id', '=', selectionId)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('per client address', () => {
  it(`takes ${OBJECTIONS_PER_ADDRESS.max} an hour from one address, then answers 429 with retry-after and writes nothing; another address is unaffected`, async () => {
    const selectionId = await publishedSelection();
    const from = { remote: '203.0.113.10' };
    for (let i = 0; i < OBJECTIONS_PER_ADDRESS.max; i++) expect((await file(selectionId, objection(), from)).statusCode).toBe(201);

    const before = await databaseFingerprint(t.db, EVERYTHING);
    const refused = await file(selectionId, objection(), from);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('OBJECTION_RATE_LIMITED');
    expect(refused.json().error.message).toMatch(/Terlalu banyak sanggahan dikirim dari alamat jaringan ini .* Coba lagi dalam \d+ menit/);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(3_500);
    expect(retryAfter).toBeLessThanOrEqual(3_600);
    expect(refused.json().error.details).toEqual({ retryAfterSeconds: retryAfter });
    const english = await file(selectionId, objection(), { ...from, language: 'en' });
    expect(english.statusCode).toBe(429);
    expect(english.json().error.message).toMatch(/Too many objections were sent from this network address .* Try again in \d+ minutes/);
    // Nothing written: no objection, no audit entry, not even a counter.
    expect(await databaseFingerprint(t.db, EVERYTHING)).toEqual(before);

    expect((await file(selectionId, objection(), { remote: '203.0.113.11' })).statusCode).toBe(201);
    expect(await objectionCount(selectionId)).toBe(OBJECTIONS_PER_ADDRESS.max + 1);
  });

  it('opens a new window once the hour has passed', async () => {
    const selectionId = await publishedSelection();
    const from = { remote: '203.0.113.20' };
    for (let i = 0; i < OBJECTIONS_PER_ADDRESS.max; i++) expect((await file(selectionId, objection(), from)).statusCode).toBe(201);
    expect((await file(selectionId, objection(), from)).statusCode).toBe(429);
    // The clock is moved for the test: the window opened just over an hour ago.
    await t.db
      .updateTable('login_throttle')
      .set({ window_started_at: new Date(Date.now() - OBJECTIONS_PER_ADDRESS.windowMs - 60_000) })
      .where('key', '=', 'objection-ip:203.0.113.20')
      .execute();
    expect((await file(selectionId, objection(), from)).statusCode).toBe(201);
  });

  it('counts only objections actually filed: refused requests do not use up the allowance', async () => {
    const selectionId = await publishedSelection();
    const from = { remote: '203.0.113.30' };
    for (let i = 0; i < OBJECTIONS_PER_ADDRESS.max - 1; i++) expect((await file(selectionId, objection(), from)).statusCode).toBe(201);
    for (let i = 0; i < 5; i++) {
      const bad = await file(selectionId, objection({ proposalId: world.proposals[0]!.innovationId }), from);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details.field).toBe('proposalId');
    }
    expect((await file(selectionId, objection(), from)).statusCode).toBe(201);
    expect((await file(selectionId, objection(), from)).statusCode).toBe(429);
  });

  it('believes X-Forwarded-For only from the trusted proxy: a spoofed header does not escape the limit', async () => {
    const selectionId = await publishedSelection();
    // Through the proxy on loopback: the forwarded client address is counted, so two clients behind it are apart.
    for (let i = 0; i < OBJECTIONS_PER_ADDRESS.max; i++) expect((await file(selectionId, objection(), { remote: '127.0.0.1', forwardedFor: '198.51.100.7' })).statusCode).toBe(201);
    expect((await file(selectionId, objection(), { remote: '127.0.0.1', forwardedFor: '198.51.100.7' })).statusCode).toBe(429);
    expect((await file(selectionId, objection(), { remote: '127.0.0.1', forwardedFor: '198.51.100.8' })).statusCode).toBe(201);
    // A client reaching the app directly is counted by its own address, whatever it claims.
    const direct = '203.0.113.40';
    for (let i = 0; i < OBJECTIONS_PER_ADDRESS.max; i++) expect((await file(selectionId, objection(), { remote: direct, forwardedFor: `192.0.2.${i + 1}` })).statusCode).toBe(201);
    expect((await file(selectionId, objection(), { remote: direct, forwardedFor: '192.0.2.200' })).statusCode).toBe(429);
  });

  it('holds the limit under concurrent filings (the count is taken inside the filing transaction)', async () => {
    const selectionId = await publishedSelection();
    const extra = 3;
    const responses = await Promise.all(Array.from({ length: OBJECTIONS_PER_ADDRESS.max + extra }, () => file(selectionId, objection(), { remote: '203.0.113.50' })));
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(OBJECTIONS_PER_ADDRESS.max);
    expect(codes.filter((c) => c === 429)).toHaveLength(extra);
    expect(await objectionCount(selectionId)).toBe(OBJECTIONS_PER_ADDRESS.max);
  });
});

describe('per e-mail address per selection', () => {
  it(`takes ${OBJECTIONS_PER_EMAIL_PER_SELECTION.max} from one e-mail (in any case, from any address) per selection, then 429; other selections are unaffected`, async () => {
    const selectionId = await publishedSelection();
    const other = await publishedSelection();
    const emails = ['sama@contoh.id', 'Sama@Contoh.id', 'SAMA@contoh.ID'];
    for (let i = 0; i < OBJECTIONS_PER_EMAIL_PER_SELECTION.max; i++) {
      expect((await file(selectionId, objection({ email: emails[i % emails.length] }), { remote: `203.0.113.${60 + i}` })).statusCode).toBe(201);
    }
    const before = await databaseFingerprint(t.db, EVERYTHING);
    const refused = await file(selectionId, objection({ email: 'sama@contoh.id' }), { remote: '203.0.113.69', language: 'en' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toMatch(/This e-mail address has already sent 3 objections to this selection/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(23 * 3_600);
    expect(await databaseFingerprint(t.db, EVERYTHING)).toEqual(before);
    expect((await file(other, objection({ email: 'sama@contoh.id' }), { remote: '203.0.113.69' })).statusCode).toBe(201);
  });

  it('keeps no e-mail address in clear in the counters', async () => {
    const keys = (await t.db.selectFrom('login_throttle').select('key').where('key', 'like', 'objection-email:%').execute()).map((r) => r.key);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatch(/^objection-email:[0-9a-f-]{36}:[0-9a-f]{64}$/);
  });
});

describe('exact repeats', () => {
  it('refuses the same e-mail, proposal and reason again with a friendly 409, writing nothing', async () => {
    const selectionId = await publishedSelection();
    const first = objection({ email: 'ulang@contoh.id' });
    expect((await file(selectionId, first, { remote: '203.0.113.80' })).statusCode).toBe(201);

    const before = await databaseFingerprint(t.db, EVERYTHING);
    const again = await file(selectionId, { ...first, email: 'Ulang@Contoh.id', name: 'Nama Lain' }, { remote: '203.0.113.81' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('OBJECTION_DUPLICATE');
    expect(again.json().error.message).toMatch(/Sanggahan yang sama .* sudah kami terima pada \d{4}-\d{2}-\d{2}\. Anda tidak perlu mengirimnya lagi/);
    const english = await file(selectionId, first, { remote: '203.0.113.81', language: 'en' });
    expect(english.json().error.message).toMatch(/We already received this same objection/);
    expect(await databaseFingerprint(t.db, EVERYTHING)).toEqual(before);

    // Not a repeat: another proposal, no proposal, or another reason.
    expect((await file(selectionId, { ...first, proposalId: world.proposals[1]!.id }, { remote: '203.0.113.82' })).statusCode).toBe(201);
    const { proposalId: _omitted, ...withoutProposal } = first;
    expect((await file(selectionId, withoutProposal, { remote: '203.0.113.82' })).statusCode).toBe(201);
    // That was the e-mail's third objection to this selection: a fourth waits for the window.
    expect((await file(selectionId, { ...first, reason: `${first.reason} Tambahan.` }, { remote: '203.0.113.82' })).statusCode).toBe(429);
    // A repeat of an objection on the selection as a whole is refused the same way.
    const general = { ...withoutProposal, email: 'umum@contoh.id' };
    expect((await file(selectionId, general, { remote: '203.0.113.83' })).statusCode).toBe(201);
    expect((await file(selectionId, general, { remote: '203.0.113.84' })).json().error.code).toBe('OBJECTION_DUPLICATE');
  });

  it('files only one of two identical objections sent at the same moment', async () => {
    const selectionId = await publishedSelection();
    const body = objection({ email: 'kembar@contoh.id' });
    const responses = await Promise.all([file(selectionId, body, { remote: '203.0.113.90' }), file(selectionId, body, { remote: '203.0.113.91' })]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await objectionCount(selectionId)).toBe(1);
  });
});
