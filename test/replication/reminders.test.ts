import { afterAll, beforeAll, expect, it } from 'vitest';
import { addMonths, todayWib } from '../../src/common/replication.js';
import { queueMilestoneReminders } from '../../src/server/modules/replication/reminders-service.js';
import { insertPublished } from '../catalog/catalog-helpers.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { buildNetwork, caseInProgress, type Network } from './fixtures.js';

/** Milestone reminders go to the outbox once when due within 7 days and once when overdue. */
let t: TestApp;
let n: Network;
beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t, { mentorCap: 10 });
});
afterAll(async () => t.close());

it('queues one e-mail per recipient for a milestone due soon and one for an overdue one, never twice', async () => {
  const today = todayWib();
  const inFiveDays = new Date(Date.parse(`${today}T00:00:00Z`) + 5 * 86_400_000).toISOString().slice(0, 10);
  // First milestone (+3 months) due in five days; the other case's first milestone a month overdue.
  const soon = await caseInProgress(n, addMonths(inFiveDays, -3));
  const late = await caseInProgress(n, addMonths(today, -4), await insertPublished(t.db, n.origin.id, { title: 'Inovasi Pengingat' }));
  const mentorEmail = (await t.db.selectFrom('mentors as m').innerJoin('users as u', 'u.id', 'm.user_id').select('u.email').where('m.id', '=', n.mentorId).executeTakeFirstOrThrow()).email;
  const requester = (await t.db.selectFrom('replication_cases as c').innerJoin('users as u', 'u.id', 'c.requested_by').select('u.email').where('c.id', '=', soon).executeTakeFirstOrThrow()).email;

  expect(await queueMilestoneReminders(t.db)).toBe(4);
  const mail = await t.db.selectFrom('outbox').select(['recipient', 'subject', 'body']).orderBy('id').execute();
  expect(mail.map((m) => m.recipient).sort()).toEqual([mentorEmail, mentorEmail, requester, requester].sort());
  expect(mail.filter((m) => m.subject.includes('terlambat'))).toHaveLength(2);
  expect(mail.every((m) => m.body.includes('/replikasi/'))).toBe(true);
  expect(mail.some((m) => m.body.includes(late))).toBe(true);

  // Nothing new to remind: nothing queued again.
  expect(await queueMilestoneReminders(t.db)).toBe(0);
  expect(await t.db.selectFrom('outbox').select('id').execute()).toHaveLength(4);
  // A week later the "soon" milestone is overdue: one overdue reminder each.
  expect(await queueMilestoneReminders(t.db, new Date(Date.now() + 7 * 86_400_000))).toBe(2);
});
