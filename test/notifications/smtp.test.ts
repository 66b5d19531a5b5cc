import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config.js';
import { notify } from '../../src/server/modules/notifications/service.js';
import { CLAIM_LEASE_MS, dispatchOutbox, drainOutbox, enqueueEmails, retryDelayMs } from '../../src/server/notifications/outbox.js';
import { smtpTransport } from '../../src/server/notifications/smtp-transport.js';
import { buildUser } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { SmtpSink } from './smtp-sink.js';

let t: TestApp;
let sink: SmtpSink;
let transport: ReturnType<typeof smtpTransport>;
const FROM = 'Simpul Uji <noreply@simpul.test>';
const PUBLIC_URL = 'https://simpul.example.go.id';

beforeAll(async () => {
  t = await createTestApp();
  sink = await new SmtpSink().start();
  transport = smtpTransport(sink.url, FROM);
});
afterAll(async () => {
  transport.close();
  await sink.stop();
  await t.close();
});

const row = (to: string) => t.db.selectFrom('outbox').selectAll().where('recipient', '=', to).executeTakeFirstOrThrow();

describe('SMTP transport (a real SMTP server on loopback)', () => {
  it('delivers the message with its recipient, subject and body in the recipient’s language, and marks it sent', async () => {
    const ani = await buildUser(t.db, { role: 'agency_admin', name: 'Ani Wijaya' });
    const ben = await buildUser(t.db, { role: 'agency_admin', name: 'Ben Hart' });
    await t.db.updateTable('users').set({ language: 'en' }).where('id', '=', ben.id).execute();
    await t.db.transaction().execute((trx) =>
      notify(trx, {
        recipients: [{ userId: ani.id }, { userId: ben.id }],
        kind: 'campaign.reminder',
        params: { campaign: 'Pemutakhiran Data 2026', closesAt: '2026-12-31T16:59:00Z', passed: false, pending: 4 },
        link: '/inovasi',
        publicUrl: PUBLIC_URL,
      }),
    );
    // campaign.reminder defaults to the digest: make this one immediate for both by preference first.
    expect(await t.db.selectFrom('outbox').select('id').where('recipient', 'in', [ani.email, ben.email]).execute()).toHaveLength(0);
    await t.db
      .insertInto('notification_preferences')
      .values([ani, ben].map((u) => ({ user_id: u.id, kind: 'campaign.reminder', email: 'immediate' as const })))
      .execute();
    await t.db.transaction().execute((trx) =>
      notify(trx, {
        recipients: [{ userId: ani.id }, { userId: ben.id }],
        kind: 'campaign.reminder',
        params: { campaign: 'Pemutakhiran Data 2026', closesAt: '2026-12-31T16:59:00Z', passed: false, pending: 4 },
        link: '/inovasi',
        publicUrl: PUBLIC_URL,
      }),
    );

    const result = await dispatchOutbox(t.db, transport);
    expect(result).toEqual({ sent: 2, failed: 0, deferred: 0 });
    const toAni = sink.received.find((m) => m.envelopeTo.includes(ani.email))!;
    expect(toAni).toMatchObject({ to: ani.email, subject: 'Pengingat: Pemutakhiran Data 2026 · Simpul' });
    expect(toAni.from).toContain('noreply@simpul.test');
    expect(toAni.text).toBe(`4 data inovasi Anda belum dikonfirmasi. Batas waktu Kamis, 31 Desember 2026 23.59 WIB.\n\nBuka: ${PUBLIC_URL}/inovasi`);
    const toBen = sink.received.find((m) => m.envelopeTo.includes(ben.email))!;
    expect(toBen.subject).toBe('Reminder: Pemutakhiran Data 2026 · Simpul');
    expect(toBen.text).toContain('4 of your innovation records are not confirmed yet. Deadline Thursday, 31 December 2026 23:59 WIB.');
    expect(await row(ani.email)).toMatchObject({ attempts: 1, last_error: null });
    expect((await row(ani.email)).sent_at).not.toBeNull();
    // Sent once: another pass finds nothing.
    expect(await dispatchOutbox(t.db, transport)).toEqual({ sent: 0, failed: 0, deferred: 0 });
    expect(sink.received.filter((m) => m.envelopeTo.includes(ani.email))).toHaveLength(1);
  });

  it('an invitation created through the API arrives with its link, in Indonesian (the default language)', async () => {
    const { agent } = await t.signedIn('ministry_admin');
    const created = await agent.post('/api/users', { email: 'undangan.smtp@uji.test', name: 'Sari Undangan', role: 'evaluator' });
    expect(created.statusCode).toBe(201);
    await dispatchOutbox(t.db, transport);
    const mail = sink.received.find((m) => m.envelopeTo.includes('undangan.smtp@uji.test'))!;
    expect(mail.subject).toBe('Undangan Simpul / Simpul invitation');
    expect(mail.text).toContain('Halo Sari Undangan,');
    expect(mail.text).toContain(created.json().inviteUrl);
  });

  it('server down: the message stays queued with its error, waits its backoff, and is delivered when the server is back', async () => {
    await sink.stop();
    await t.db.transaction().execute((trx) => enqueueEmails(trx, [{ to: 'tertunda@uji.test', subject: 'Uji antrean', body: 'Pesan yang harus sampai.' }]));
    const t0 = new Date();

    expect(await dispatchOutbox(t.db, transport, { now: t0 })).toEqual({ sent: 0, failed: 1, deferred: 0 });
    let queued = await row('tertunda@uji.test');
    expect(queued).toMatchObject({ sent_at: null, attempts: 1 });
    expect(queued.last_error).toMatch(/ECONNREFUSED|connect/i);
    expect(new Date(queued.next_attempt_at).getTime()).toBe(t0.getTime() + retryDelayMs(1));

    // Not retried before its time.
    expect(await dispatchOutbox(t.db, transport, { now: new Date(t0.getTime() + retryDelayMs(1) - 1000) })).toEqual({ sent: 0, failed: 0, deferred: 0 });
    // Still down at the second try: the wait doubles.
    const t1 = new Date(t0.getTime() + retryDelayMs(1));
    expect(await dispatchOutbox(t.db, transport, { now: t1 })).toEqual({ sent: 0, failed: 1, deferred: 0 });
    queued = await row('tertunda@uji.test');
    expect(queued.attempts).toBe(2);
    expect(new Date(queued.next_attempt_at).getTime()).toBe(t1.getTime() + 2 * retryDelayMs(1));

    await sink.start();
    const t2 = new Date(t1.getTime() + retryDelayMs(2));
    expect(await dispatchOutbox(t.db, transport, { now: t2 })).toEqual({ sent: 1, failed: 0, deferred: 0 });
    queued = await row('tertunda@uji.test');
    expect(queued).toMatchObject({ attempts: 3, last_error: null });
    expect(queued.sent_at).not.toBeNull();
    expect(sink.received.filter((m) => m.envelopeTo.includes('tertunda@uji.test'))).toEqual([
      expect.objectContaining({ subject: 'Uji antrean', text: 'Pesan yang harus sampai.' }),
    ]);
  });

  it('server down: after the first refused connection the rest of the batch is given back untried, not counted as attempts', async () => {
    await sink.stop();
    await t.db.transaction().execute((trx) =>
      enqueueEmails(
        trx,
        [1, 2, 3].map((i) => ({ to: `antre.${i}@uji.test`, subject: `Antre ${i}`, body: 'x' })),
      ),
    );
    const t0 = new Date(Date.now() + 24 * 60 * 60_000);
    expect(await dispatchOutbox(t.db, transport, { now: t0 })).toEqual({ sent: 0, failed: 1, deferred: 2 });
    const rows = await t.db.selectFrom('outbox').select(['recipient', 'attempts', 'next_attempt_at', 'last_error']).where('recipient', 'like', 'antre.%').orderBy('id').execute();
    expect(rows.map((r) => [r.attempts, new Date(r.next_attempt_at).getTime() - t0.getTime(), r.last_error === null])).toEqual([
      [1, retryDelayMs(1), false],
      [0, 30_000, true],
      [0, 30_000, true],
    ]);
    await sink.start();
    expect(await dispatchOutbox(t.db, transport, { now: new Date(t0.getTime() + retryDelayMs(1)) })).toEqual({ sent: 3, failed: 0, deferred: 0 });
  });

  it('backoff doubles from 30 seconds and stops growing at 6 hours; messages are never given up', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(40)).toBe(6 * 60 * 60_000);
    expect(retryDelayMs(40)).toBeGreaterThan(CLAIM_LEASE_MS);
  });

  it('two dispatchers at once send each message exactly once', async () => {
    const emails = Array.from({ length: 24 }, (_, i) => ({ to: `serentak.${i}@uji.test`, subject: `Serentak ${i}`, body: 'x' }));
    await t.db.transaction().execute((trx) => enqueueEmails(trx, emails));
    const second = smtpTransport(sink.url, FROM);
    const [a, b] = await Promise.all([dispatchOutbox(t.db, transport, { batch: 10 }), dispatchOutbox(t.db, second, { batch: 10 })]);
    const rest = await dispatchOutbox(t.db, transport);
    second.close();
    expect(a.sent + b.sent + rest.sent).toBe(24);
    const got = sink.received.filter((m) => m.subject.startsWith('Serentak ')).map((m) => m.subject);
    expect(got).toHaveLength(24);
    expect(new Set(got).size).toBe(24);
  });

  it('the server’s drain sends full batches back to back until the queue is empty', async () => {
    await t.db.transaction().execute((trx) =>
      enqueueEmails(
        trx,
        Array.from({ length: 7 }, (_, i) => ({ to: `kuras.${i}@uji.test`, subject: `Kuras ${i}`, body: 'x' })),
      ),
    );
    expect(await drainOutbox(t.db, transport, 3)).toEqual({ sent: 7, failed: 0, deferred: 0 });
    expect(sink.received.filter((m) => m.subject.startsWith('Kuras '))).toHaveLength(7);
  });

  it('SMTP_URL must be an smtp:// or smtps:// address; without it the log transport stays the default', () => {
    expect(() => readConfig({ SMTP_URL: 'http://mail.example.go.id' })).toThrow(/SMTP_URL/);
    expect(readConfig({ SMTP_URL: 'smtps://user:pass@mail.example.go.id:465' }).SMTP_URL).toBe('smtps://user:pass@mail.example.go.id:465');
    expect(readConfig({}).SMTP_URL).toBeUndefined();
  });
});
