import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemoNotifications } from '../../src/server/modules/notifications/demo.js';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.js';
import { seedDemoFoundation } from '../../src/server/seed/demo-foundation.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoFoundation(t.db);
  await seedDemoNotifications(t.db, { publicUrl: 'http://localhost:3000' });
});
afterAll(() => t.close());

it('the demo accounts find unread notifications behind the bell on first start', async () => {
  const operator = t.agent();
  expect((await operator.signIn('operator.surabaya@simpul.test', DEMO_PASSWORD)).statusCode).toBe(200);
  const list = (await operator.get('/api/notifications')).json();
  expect(list.unread).toBe(1);
  expect(list.items.map((i: { kind: string }) => i.kind).sort()).toEqual(['campaign.reminder']);

  const admin = t.agent();
  await admin.signIn('admin.surabaya@simpul.test', DEMO_PASSWORD);
  expect((await admin.get('/api/notifications')).json()).toMatchObject({ unread: 2, total: 2 });

  // No made-up announcements to everyone: the index and incentive demos notify through their real paths.
  const citizen = t.agent();
  await citizen.signIn('warga@simpul.test', DEMO_PASSWORD);
  expect((await citizen.get('/api/notifications')).json().unread).toBe(0);
  // The digest kinds wait for the daily digest instead of filling the outbox.
  expect(await t.db.selectFrom('notification_digest_entries').select('id').execute()).not.toHaveLength(0);
});
