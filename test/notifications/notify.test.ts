import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationKind, NotificationParams } from '../../src/common/notifications.js';
import { notify, type Recipient } from '../../src/server/modules/notifications/service.js';
import { buildUser } from '../helpers/factories.js';
import { refusedWithoutWrites } from '../helpers/refusals.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PUBLIC_URL = 'https://simpul.example.go.id';

async function send<K extends NotificationKind>(kind: K, recipients: Recipient[], params: NotificationParams[K], link: string | null = '/katalog/abc') {
  return t.db.transaction().execute((trx) => notify(trx, { recipients, kind, params, link, publicUrl: PUBLIC_URL }));
}

const inbox = (userId: string) => t.db.selectFrom('notifications').selectAll().where('user_id', '=', userId).orderBy('id').execute();
const mails = (to: string) => t.db.selectFrom('outbox').selectAll().where('recipient', '=', to).orderBy('id').execute();
const waiting = (userId: string) => t.db.selectFrom('notification_digest_entries').selectAll().where('user_id', '=', userId).execute();

describe('notify(trx, …): one path for every module', () => {
  it('writes the in-app entry and the e-mail in each recipient’s own language, with the link made absolute', async () => {
    const ani = await buildUser(t.db, { role: 'agency_admin', name: 'Ani' });
    const ben = await buildUser(t.db, { role: 'agency_admin', name: 'Ben' });
    await t.db.updateTable('users').set({ language: 'en' }).where('id', '=', ben.id).execute();

    const result = await send('replication.request', [{ userId: ani.id }, { userId: ben.id }, { userId: ani.id }], { innovation: 'Si Cantik', requester: 'Kabupaten Banyuwangi' });
    expect(result).toEqual({ inApp: 2, emails: 2, digest: 0 });

    expect(await inbox(ani.id)).toEqual([
      expect.objectContaining({
        kind: 'replication.request',
        title: 'Permintaan replikasi baru',
        body: 'Kabupaten Banyuwangi ingin mereplikasi inovasi "Si Cantik".',
        link: '/katalog/abc',
        read_at: null,
      }),
    ]);
    expect(await inbox(ben.id)).toEqual([
      expect.objectContaining({ title: 'New replication request', body: 'Kabupaten Banyuwangi would like to replicate the innovation "Si Cantik".' }),
    ]);
    const [mailAni] = await mails(ani.email);
    expect(mailAni).toMatchObject({ subject: 'Permintaan replikasi baru · Simpul', sent_at: null, attempts: 0 });
    expect(mailAni!.body).toContain(`Buka: ${PUBLIC_URL}/katalog/abc`);
    const [mailBen] = await mails(ben.email);
    expect(mailBen!.body).toContain(`Open: ${PUBLIC_URL}/katalog/abc`);
  });

  it('follows each account’s preference for the kind: at once, into the digest, or no e-mail — the in-app entry always', async () => {
    const now = await buildUser(t.db, { role: 'evaluator' });
    const later = await buildUser(t.db, { role: 'evaluator' });
    const never = await buildUser(t.db, { role: 'evaluator' });
    const untouched = await buildUser(t.db, { role: 'evaluator' });
    await t.db
      .insertInto('notification_preferences')
      .values([
        { user_id: now.id, kind: 'campaign.reminder', email: 'immediate' },
        { user_id: later.id, kind: 'campaign.reminder', email: 'digest' },
        { user_id: never.id, kind: 'campaign.reminder', email: 'off' },
        // A preference for another kind does not apply.
        { user_id: untouched.id, kind: 'replication.request', email: 'off' },
      ])
      .execute();
    const result = await send(
      'campaign.reminder',
      [now, later, never, untouched].map((u) => ({ userId: u.id })),
      { campaign: 'Pemutakhiran 2026', closesAt: '2026-12-31T16:59:00Z', passed: false, pending: 3 },
    );
    // campaign.reminder defaults to the digest: `untouched` gets it there.
    expect(result).toEqual({ inApp: 4, emails: 1, digest: 2 });
    for (const u of [now, later, never, untouched]) expect(await inbox(u.id)).toHaveLength(1);
    expect(await mails(now.email)).toHaveLength(1);
    expect([await mails(later.email), await mails(never.email), await mails(untouched.email)]).toEqual([[], [], []]);
    expect(await waiting(later.id)).toEqual([expect.objectContaining({ kind: 'campaign.reminder', title: 'Pengingat: Pemutakhiran 2026', digest_id: null })]);
    expect(await waiting(untouched.id)).toHaveLength(1);
    expect(await waiting(never.id)).toHaveLength(0);
  });

  it('sends to bare addresses (no account) by e-mail only, once per address, in the language given', async () => {
    const result = await send(
      'index.window',
      [{ email: 'calon@pemda.test' }, { email: 'CALON@pemda.test' }, { email: 'guest@pemda.test', language: 'en' }],
      { year: 2027, opens: '1 Mar 2027', closes: '30 Apr 2027' },
      null,
    );
    expect(result).toEqual({ inApp: 0, emails: 2, digest: 0 });
    expect((await mails('calon@pemda.test'))[0]).toMatchObject({
      subject: 'Pengisian indeks 2027 dibuka · Simpul',
      body: 'Pengisian indeks inovasi 2027 dibuka 1 Mar 2027 sampai 30 Apr 2027.',
    });
    expect((await mails('guest@pemda.test'))[0]!.subject).toBe('Index 2027 submissions open · Simpul');
  });

  it('skips deactivated accounts, and e-mails account kinds (invitation) at once whatever is stored, without an in-app entry', async () => {
    const gone = await buildUser(t.db, { role: 'mentor', active: false });
    expect(await send('incentive.published', [{ userId: gone.id }], { year: 2026, title: 'TOP 45' })).toEqual({ inApp: 0, emails: 0, digest: 0 });
    const invited = await buildUser(t.db, { role: 'mentor', password: null });
    await t.db.insertInto('notification_preferences').values({ user_id: invited.id, kind: 'account.invitation', email: 'off' }).execute();
    expect(await send('account.invitation', [{ userId: invited.id }], { name: 'Mentor', role: 'mentor', inviteUrl: `${PUBLIC_URL}/undangan?token=x`, validDays: 7 }, null)).toEqual(
      {
        inApp: 0,
        emails: 1,
        digest: 0,
      },
    );
    expect((await mails(invited.email))[0]!.subject).toBe('Undangan Simpul / Simpul invitation');
  });

  it('writes nothing when the caller’s transaction rolls back', async () => {
    const u = await buildUser(t.db, { role: 'citizen' });
    const before = await databaseFingerprint(t.db);
    await expect(
      t.db.transaction().execute(async (trx) => {
        await notify(trx, { recipients: [{ userId: u.id }], kind: 'incentive.published', params: { year: 2026, title: 'TOP 45' }, publicUrl: PUBLIC_URL });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });
});

describe('the notification centre: /api/notifications', () => {
  it('lists own entries newest first, paged, with the unread count; marks one and then all read', async () => {
    const { agent, user } = await t.signedIn('agency_operator');
    for (let i = 1; i <= 3; i++) await send('incentive.published', [{ userId: user.id }], { year: 2020 + i, title: `Pengumuman ${i}` }, `/hasil/${i}`);
    const page1 = await agent.get('/api/notifications?pageSize=2');
    expect(page1.statusCode).toBe(200);
    const body = page1.json();
    expect(body).toMatchObject({ total: 3, unread: 3 });
    expect(body.items.map((i: { title: string }) => i.title)).toEqual(['Insentif 2023 diumumkan', 'Insentif 2022 diumumkan']);
    expect(body.items[0]).toMatchObject({ kind: 'incentive.published', link: '/hasil/3', readAt: null });
    expect((await agent.get('/api/notifications?page=2&pageSize=2')).json().items).toHaveLength(1);

    const read = await agent.post(`/api/notifications/${body.items[0].id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: body.items[0].id, unread: 2 });
    expect(read.json().readAt).not.toBeNull();
    // Reading again keeps the first reading time.
    expect((await agent.post(`/api/notifications/${body.items[0].id}/read`)).json().readAt).toBe(read.json().readAt);
    expect((await agent.get('/api/notifications?unread=true')).json()).toMatchObject({ total: 2, unread: 2 });

    const all = await agent.post('/api/notifications/read-all');
    expect(all.json()).toEqual({ updated: 2, unread: 0 });
    expect((await agent.get('/api/notifications')).json()).toMatchObject({ total: 3, unread: 0 });
  });

  it('another account’s entry is not found (404), and nothing is written', async () => {
    const owner = await buildUser(t.db, { role: 'citizen' });
    await send('incentive.published', [{ userId: owner.id }], { year: 2026, title: 'TOP 45' });
    const [entry] = await inbox(owner.id);
    const { agent } = await t.signedIn('ministry_admin');
    await refusedWithoutWrites(t.db, () => agent.post(`/api/notifications/${entry!.id}/read`), 404, 'NOT_FOUND');
    await refusedWithoutWrites(t.db, () => agent.post('/api/notifications/999999999/read'), 404, 'NOT_FOUND');
    await refusedWithoutWrites(t.db, () => agent.post('/api/notifications/abc/read'), 400, 'VALIDATION_FAILED');
    expect((await agent.get('/api/notifications')).json()).toEqual({ items: [], total: 0, unread: 0 });
    // Read-all touches only the caller's own.
    await agent.post('/api/notifications/read-all');
    expect((await inbox(owner.id))[0]!.read_at).toBeNull();
  });

  it('refuses anonymous visitors', async () => {
    const anonymous = await t.agent().prime();
    expect((await anonymous.get('/api/notifications')).statusCode).toBe(401);
    expect((await anonymous.get('/api/notifications/preferences')).statusCode).toBe(401);
    expect((await anonymous.post('/api/notifications/read-all')).statusCode).toBe(401);
  });
});

describe('e-mail preferences: /api/notifications/preferences', () => {
  const PATH = '/api/notifications/preferences';

  it('shows every configurable kind with its default, saves changes with an audit entry, and notify follows them', async () => {
    const { agent, user } = await t.signedIn('agency_admin');
    const shown = (await agent.get(PATH)).json().items as { kind: string; email: string }[];
    expect(shown.map((i) => i.kind)).not.toContain('account.invitation');
    expect(shown).toContainEqual({ kind: 'proposal.receipt', email: 'immediate' });
    expect(shown).toContainEqual({ kind: 'campaign.reminder', email: 'digest' });

    const saved = await agent.request('PUT', PATH, {
      body: {
        items: [
          { kind: 'proposal.receipt', email: 'digest' },
          { kind: 'campaign.reminder', email: 'digest' },
          { kind: 'incentive.published', email: 'off' },
        ],
      },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().items).toContainEqual({ kind: 'proposal.receipt', email: 'digest' });
    expect(saved.json().items).toContainEqual({ kind: 'incentive.published', email: 'off' });
    const audit = await t.db.selectFrom('audit_log').select(['before', 'after']).where('action', '=', 'notification.preferences_change').where('entity_id', '=', user.id).execute();
    // Only what changed is recorded (campaign.reminder was already on the digest).
    expect(audit).toEqual([
      { before: { 'proposal.receipt': 'immediate', 'incentive.published': 'digest' }, after: { 'proposal.receipt': 'digest', 'incentive.published': 'off' } },
    ]);

    expect(await send('incentive.published', [{ userId: user.id }], { year: 2026, title: 'TOP 45' })).toEqual({ inApp: 1, emails: 0, digest: 0 });

    // Saving the same again writes nothing.
    const before = await databaseFingerprint(t.db);
    expect((await agent.request('PUT', PATH, { body: { items: [{ kind: 'incentive.published', email: 'off' }] } })).statusCode).toBe(200);
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it('refuses a fixed kind, an unknown kind or choice, and a kind listed twice, in both languages, writing nothing', async () => {
    const { agent, user } = await t.signedIn('citizen');
    const en = t.agent('en');
    await en.signIn(user.email, 'Uji-Coba-Sandi-2026');
    const put = (a: typeof agent, items: unknown) => () => a.request('PUT', PATH, { body: { items } });
    const fixedId = await refusedWithoutWrites(
      t.db,
      put(agent, [
        { kind: 'proposal.receipt', email: 'off' },
        { kind: 'account.invitation', email: 'off' },
      ]),
      400,
      'NOTIFICATION_KIND_FIXED',
    );
    const fixedEn = await refusedWithoutWrites(t.db, put(en, [{ kind: 'account.password_reset', email: 'digest' }]), 400, 'NOTIFICATION_KIND_FIXED');
    expect(fixedId.message).toContain('tidak dapat diubah');
    expect(fixedEn.message).toContain('cannot be changed');
    await refusedWithoutWrites(t.db, put(agent, [{ kind: 'proposal.unknown', email: 'off' }]), 400, 'VALIDATION_FAILED');
    await refusedWithoutWrites(t.db, put(agent, [{ kind: 'proposal.receipt', email: 'weekly' }]), 400, 'VALIDATION_FAILED');
    await refusedWithoutWrites(t.db, put(agent, []), 400, 'VALIDATION_FAILED');
    await refusedWithoutWrites(
      t.db,
      put(agent, [
        { kind: 'proposal.receipt', email: 'off' },
        { kind: 'proposal.receipt', email: 'digest' },
      ]),
      400,
      'VALIDATION_FAILED',
    );
  });
});
