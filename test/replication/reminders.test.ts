import { afterAll, beforeAll, expect, it } from 'vitest';
import { addMonths, todayWib } from '../../src/common/replication.js';
import { queueMilestoneReminders } from '../../src/server/modules/replication/reminders-service.js';
import { insertPublished } from '../catalog/catalog-helpers.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { buildNetwork, caseInProgress, type Network } from './fixtures.js';

/** Milestone reminders go through the notification path once when due within 7 days and once when overdue. */
let t: TestApp;
let n: Network;
beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t, { mentorCap: 10 });
});
afterAll(async () => t.close());

it('notifies the mentor and the requester of a milestone due soon and of an overdue one, never twice', async () => {
  const today = todayWib();
  const inFiveDays = new Date(Date.parse(`${today}T00:00:00Z`) + 5 * 86_400_000).toISOString().slice(0, 10);
  // First milestone (+3 months) due in five days; the other case's first milestone a month overdue.
  const soon = await caseInProgress(n, addMonths(inFiveDays, -3));
  const late = await caseInProgress(n, addMonths(today, -4), await insertPublished(t.db, n.origin.id, { title: 'Inovasi Pengingat' }));
  const mentorUser = (await t.db.selectFrom('mentors').select('user_id').where('id', '=', n.mentorId).executeTakeFirstOrThrow()).user_id;
  const requester = (await t.db.selectFrom('replication_cases').select('requested_by').where('id', '=', soon).executeTakeFirstOrThrow()).requested_by;

  expect(await queueMilestoneReminders(t.db)).toBe(4);
  const notes = await t.db.selectFrom('notifications').select(['user_id', 'kind', 'body', 'link']).where('kind', '=', 'replication.milestone_due').orderBy('created_at').execute();
  expect(notes.map((m) => m.user_id).sort()).toEqual([mentorUser, mentorUser, requester, requester].sort());
  expect(notes.filter((m) => m.body.includes('terlambat'))).toHaveLength(2);
  expect(notes.every((m) => m.link?.includes('/replikasi/'))).toBe(true);
  expect(notes.some((m) => m.link?.includes(late))).toBe(true);
  // E-mail follows each person's preference: this kind goes to the daily digest by default.
  expect(await t.db.selectFrom('notification_digest_entries').select('id').execute()).toHaveLength(4);

  // Nothing new to remind: nothing notified again.
  expect(await queueMilestoneReminders(t.db)).toBe(0);
  expect(await t.db.selectFrom('notifications').select('id').where('kind', '=', 'replication.milestone_due').execute()).toHaveLength(4);
  // A week later the "soon" milestone is overdue: one overdue reminder each.
  expect(await queueMilestoneReminders(t.db, new Date(Date.now() + 7 * 86_400_000))).toBe(2);
});
