import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationKind, NotificationParams } from '../../src/common/notifications.js';
import { runDailyDigest, wibDate } from '../../src/server/modules/notifications/digest.js';
import { notify } from '../../src/server/modules/notifications/service.js';
import { buildUser } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PUBLIC_URL = 'https://simpul.example.go.id';

async function send<K extends NotificationKind>(userIds: string[], kind: K, params: NotificationParams[K], link: string | null = null) {
  await t.db.transaction().execute((trx) => notify(trx, { recipients: userIds.map((userId) => ({ userId })), kind, params, link, publicUrl: PUBLIC_URL }));
}
const digestMails = (to: string) =>
  t.db
    .selectFrom('outbox')
    .selectAll()
    .where('recipient', '=', to)
    .where((eb) => eb.or([eb('subject', 'like', 'Ringkasan harian%'), eb('subject', 'like', 'Simpul daily digest%')]))
    .orderBy('id')
    .execute();

describe('daily digest', () => {
  it('batches each account’s waiting entries into one e-mail in its language; once per account and day', async () => {
    const ani = await buildUser(t.db, { role: 'agency_admin', name: 'Ani' });
    const ben = await buildUser(t.db, { role: 'agency_admin', name: 'Ben' });
    await t.db.updateTable('users').set({ language: 'en' }).where('id', '=', ben.id).execute();
    // Both defaults are the digest.
    await send([ani.id, ben.id], 'campaign.reminder', { campaign: 'Pemutakhiran 2026', closesAt: '2026-12-31T16:59:00Z', passed: false, pending: 2 }, '/inovasi');
    await send([ani.id], 'incentive.published', { year: 2026, title: 'TOP 45' }, '/hasil/2026');
    await send([ani.id], 'index.window', { year: 2027, opens: '1 Mar', closes: '30 Apr' });

    const now = new Date();
    const first = await runDailyDigest(t.db, { publicUrl: PUBLIC_URL, now });
    expect(first).toMatchObject({ date: wibDate(now), accounts: 2, entries: 4, emails: 2 });

    const [toAni] = await digestMails(ani.email);
    expect(toAni!.subject).toBe(`Ringkasan harian Simpul ${wibDate(now)}: 3 notifikasi`);
    expect(toAni!.body).toContain('Halo Ani,');
    // In the order they came, each with its link.
    const order = ['Pengingat: Pemutakhiran 2026', 'Insentif 2026 diumumkan', 'Pengisian indeks 2027 dibuka'].map((s) => toAni!.body.indexOf(s));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]!))).toBe(true);
    expect(toAni!.body).toContain(`${PUBLIC_URL}/hasil/2026`);
    const [toBen] = await digestMails(ben.email);
    expect(toBen!.subject).toBe(`Simpul daily digest ${wibDate(now)}: 1 notifications`);
    expect(toBen!.body).toContain('Reminder: Pemutakhiran 2026');

    // Entries arriving after today's digest wait for tomorrow; running again today sends nothing.
    await send([ani.id], 'incentive.published', { year: 2027, title: 'TOP 99' });
    expect(await runDailyDigest(t.db, { publicUrl: PUBLIC_URL, now: new Date(now.getTime() + 60_000) })).toMatchObject({ accounts: 0, emails: 0 });
    expect(await digestMails(ani.email)).toHaveLength(1);
    const tomorrow = new Date(now.getTime() + 24 * 60 * 60_000);
    expect(await runDailyDigest(t.db, { publicUrl: PUBLIC_URL, now: tomorrow })).toMatchObject({ date: wibDate(tomorrow), accounts: 1, entries: 1, emails: 1 });
    expect(await digestMails(ani.email)).toHaveLength(2);

    const digests = await t.db.selectFrom('notification_digests').select(['user_id', 'digest_date', 'entries']).where('user_id', '=', ani.id).orderBy('id').execute();
    expect(digests.map((d) => d.entries)).toEqual([3, 1]);
    const pending = await t.db.selectFrom('notification_digest_entries').select('id').where('user_id', 'in', [ani.id, ben.id]).where('digest_id', 'is', null).execute();
    expect(pending).toEqual([]);
  });

  it('two runs at once (two processes) still send one digest per account, and work in batches', async () => {
    const users = await Promise.all(Array.from({ length: 7 }, (_, i) => buildUser(t.db, { role: 'evaluator', name: `Penilai ${i}` })));
    await send(
      users.map((u) => u.id),
      'replication.milestone_due',
      { innovation: 'Si Cantik', milestone: 'Uji coba', due: '10 Jan 2027' },
    );
    await send([users[0]!.id], 'replication.milestone_due', { innovation: 'Si Cantik', milestone: 'Evaluasi', due: '20 Jan 2027' });
    const now = new Date();
    const [a, b] = await Promise.all([runDailyDigest(t.db, { publicUrl: PUBLIC_URL, now, batch: 3 }), runDailyDigest(t.db, { publicUrl: PUBLIC_URL, now, batch: 2 })]);
    expect(a.accounts + b.accounts).toBe(7);
    expect(a.entries + b.entries).toBe(8);
    for (const u of users) expect(await digestMails(u.email)).toHaveLength(1);
    expect((await digestMails(users[0]!.email))[0]!.subject).toContain(': 2 notifikasi');
  });

  it('a deactivated account’s waiting entries are closed without an e-mail', async () => {
    const u = await buildUser(t.db, { role: 'mentor' });
    await send([u.id], 'index.window', { year: 2027, opens: '1 Mar', closes: '30 Apr' });
    await t.db.updateTable('users').set({ active: false }).where('id', '=', u.id).execute();
    const result = await runDailyDigest(t.db, { publicUrl: PUBLIC_URL, now: new Date(Date.now() + 2 * 24 * 60 * 60_000) });
    expect(result).toMatchObject({ accounts: 1, entries: 1, emails: 0 });
    expect(await digestMails(u.email)).toHaveLength(0);
  });
});
