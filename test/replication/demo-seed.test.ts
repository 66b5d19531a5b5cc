import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/server/audit/audit-log.js';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.js';
import { seedDemo } from '../../src/server/seed/demo.js';
import { storageFor } from '../../src/server/storage/index.js';
import type { Agent } from '../helpers/agent.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { ok } from './fixtures.js';

/** The replication demo: hub.jatim@simpul.test and mentor@simpul.test have real work on first start. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemo(t.db, { storage: storageFor(t.deps.config) })).toBe(true);
  // The whole demo (catalog, competitions, proposals, evaluation, replication) through the services: slow on a saturated machine.
}, 300_000);
afterAll(() => t.close());

async function demoAgent(email: string): Promise<Agent> {
  const agent = t.agent();
  const response = await agent.signIn(email, DEMO_PASSWORD);
  expect(response.statusCode, response.body).toBe(200);
  return agent;
}

it('has cases in every state, created through the audited services', async () => {
  const states = await t.db.selectFrom('replication_cases').select('state').execute();
  // mentor_assigned is passed through on the way to agreed (the timeline shows it); every resting state is present.
  expect(new Set(states.map((s) => s.state))).toEqual(new Set(['requested', 'accepted', 'declined', 'agreed', 'in_progress', 'completed', 'stopped']));
  expect((await verifyAuditChain(t.db)).ok).toBe(true);
  // The two completed cases are in the catalog's register with the adopter's new record, and so is
  // the Pontianak replication the KIPP 2026 replikasi group's demo entry is built on.
  expect(await t.db.selectFrom('innovation_replications').select('id').execute()).toHaveLength(3);
  expect(await seedDemo(t.db)).toBe(false);
});

it('gives every demo case with an agreement its agreement document, a PDF the parties can download', async () => {
  const agreed = await t.db.selectFrom('replication_cases').select('id').where('agreement_number', 'is not', null).execute();
  expect(agreed.length).toBeGreaterThanOrEqual(4);
  const files = await t.db.selectFrom('replication_files').select(['case_id', 'id', 'content_type']).where('kind', '=', 'agreement').execute();
  expect(new Set(files.map((f) => f.case_id))).toEqual(new Set(agreed.map((c) => c.id)));
  expect(files.every((f) => f.content_type === 'application/pdf')).toBe(true);
  // Through the users' path: the upload is on the case's timeline and audited.
  const events = await t.db.selectFrom('replication_case_events').select('case_id').where('action', '=', 'agreement_file').execute();
  expect(events).toHaveLength(files.length);
  const hub = await demoAgent('hub.jatim@simpul.test');
  const download = await hub.get(`/api/replications/${files[0]!.case_id}/files/${files[0]!.id}`);
  expect(download.statusCode).toBe(200);
  expect(download.headers['content-type']).toContain('application/pdf');
  expect(download.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

it('gives the Jawa Timur hub coordinator a case to assign and a hub page with figures', async () => {
  const hub = await demoAgent('hub.jatim@simpul.test');
  const list = ok<{ items: { state: string; can?: unknown }[]; total: number }>(await hub.get('/api/replications'));
  expect(list.items.map((c) => c.state)).toContain('accepted');
  const jatim = await t.db.selectFrom('hubs').select('id').where('province_code', '=', '35').executeTakeFirstOrThrow();
  const page = ok<{ members: unknown[]; activities: unknown[]; replications: unknown[]; can: { manage: boolean } }>(await hub.get(`/api/hubs/${jatim.id}`));
  expect(page.members.length).toBeGreaterThanOrEqual(3);
  expect(page.activities).toHaveLength(3);
  expect(page.replications).toHaveLength(2);
  expect(page.can.manage).toBe(true);
});

it('gives the demo mentor an overdue milestone and a log entry owed', async () => {
  const mentor = await demoAgent('mentor@simpul.test');
  const home = ok<{ cases: unknown[]; milestones: { overdue: boolean }[]; logsOwed: unknown[] }>(await mentor.get('/api/replications/mentor-home'));
  expect(home.cases.length).toBeGreaterThanOrEqual(3);
  expect(home.milestones.some((m) => m.overdue)).toBe(true);
  expect(home.logsOwed).toHaveLength(1);
});

it('leaves a request waiting for Kota Surabaya', async () => {
  const surabaya = await demoAgent('admin.surabaya@simpul.test');
  const list = ok<{ items: { id: string; state: string }[] }>(await surabaya.get('/api/replications?state=requested'));
  expect(list.items).toHaveLength(1);
  const view = ok<{ can: { accept: boolean } }>(await surabaya.get(`/api/replications/${list.items[0]!.id}`));
  expect(view.can.accept).toBe(true);
});

it("rings the demo bells only through the real paths: the campaign's reminder and the replication request reach Surabaya's staff", async () => {
  type Bell = { unread: number; items: { kind: string; title: string; body: string; link: string | null }[] };
  const operator = ok<Bell>(await (await demoAgent('operator.surabaya@simpul.test')).get('/api/notifications?pageSize=100'));
  const reminder = operator.items.find((i) => i.kind === 'campaign.reminder')!;
  expect(reminder.body).toMatch(/^\d+ data inovasi Anda belum dikonfirmasi\. Batas waktu (Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \p{L}+ \d{4} \d{2}\.\d{2} WIB\.$/u);
  expect(reminder.link).toMatch(/^\/pemutakhiran\/[0-9a-f-]{36}$/);
  const waiting = ok<{ items: { id: string }[] }>(await (await demoAgent('admin.surabaya@simpul.test')).get('/api/replications?state=requested')).items[0]!;
  for (const email of ['admin.surabaya@simpul.test', 'operator.surabaya@simpul.test']) {
    const bell = ok<Bell>(await (await demoAgent(email)).get('/api/notifications?pageSize=100'));
    expect(
      bell.items.filter((i) => i.kind === 'campaign.reminder'),
      email,
    ).toHaveLength(1);
    expect(bell.items.filter((i) => i.kind === 'replication.request').map((i) => i.link)).toContain(`/replikasi/${waiting.id}`);
  }
  // Each request went to its origin agency's staff once, with the adopter's name.
  const requests = await t.db.selectFrom('notifications').select(['body']).where('kind', '=', 'replication.request').execute();
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.every((r) => /^.+ ingin mereplikasi inovasi ".+"\.$/.test(r.body))).toBe(true);
  // No made-up notifications: a citizen's bell is quiet, and no seeder writes the two kinds outside their services.
  expect(ok<Bell>(await (await demoAgent('warga@simpul.test')).get('/api/notifications')).unread).toBe(0);
  const audited = await t.db.selectFrom('audit_log').select('action').where('action', 'in', ['campaign.reminders', 'replication.request']).execute();
  expect(audited.filter((a) => a.action === 'campaign.reminders')).toHaveLength(1);
  expect(audited.filter((a) => a.action === 'replication.request').length).toBeGreaterThan(0);
});

it('gives Kota Surabaya an open match proposal, and shows a past forum whose interests became cases and an upcoming hub workshop (matchmaking, events)', async () => {
  const surabaya = await demoAgent('operator.surabaya@simpul.test');
  const proposals = ok<{ items: { state: string; can: { answerAsAdopter: boolean } }[] }>(await surabaya.get('/api/matchmaking/proposals?status=open'));
  expect(proposals.items).toHaveLength(1);
  expect(proposals.items[0]!.can.answerAsAdopter).toBe(true);
  const todo = ok<{ items: { id: string; count: number }[] }>(await surabaya.get('/api/me/todo'));
  expect(todo.items).toContainEqual(expect.objectContaining({ id: 'matchmaking.as-adopter', count: 1 }));
  const past = ok<{ items: { id: string; kind: string }[] }>(await t.agent().get('/api/events?when=past'));
  expect(past.items.map((e) => e.kind)).toEqual(['exhibition']);
  const interests = await t.db.selectFrom('event_interests').select('case_id').where('event_id', '=', past.items[0]!.id).execute();
  expect(interests).toHaveLength(2);
  expect(interests.every((i) => i.case_id !== null)).toBe(true);
  const upcoming = ok<{ items: { id: string; hub: { name: string } | null; registered: number }[] }>(await t.agent().get('/api/events'));
  expect(upcoming.items).toEqual([expect.objectContaining({ registered: 2, hub: expect.objectContaining({ name: expect.any(String) }) })]);
  const workshop = ok<{ myRegistration: string | null }>(await surabaya.get(`/api/events/${upcoming.items[0]!.id}`));
  // Left unregistered for the browser test (events.e2e.ts), which registers this account.
  expect(workshop.myRegistration).toBeNull();
});

it('shows the events demo: a past forum with showcased records, a handout, registrations and interests; the hub coordinator manages its workshop', async () => {
  const visitor = t.agent();
  type Ev = { id: string; title: string; registered: number; showcased: unknown[]; materials: { kind: string; url: string }[]; can: { manage: boolean } };
  const past = ok<{ items: { id: string; title: string }[] }>(await visitor.get('/api/events?when=past')).items;
  const forum = ok<Ev>(await visitor.get(`/api/events/${past.find((e) => e.title.startsWith('Forum Pelayanan Publik'))!.id}`));
  expect(forum.showcased).toHaveLength(3);
  expect(forum.registered).toBe(3);
  const handout = forum.materials.find((m) => m.kind === 'document')!;
  const file = await visitor.get(handout.url);
  expect(file.headers['content-type']).toBe('application/pdf');
  expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  const hub = await demoAgent('hub.jatim@simpul.test');
  const upcoming = ok<{ items: { id: string; title: string }[] }>(await hub.get('/api/events?province=35')).items;
  const workshop = ok<Ev>(await hub.get(`/api/events/${upcoming.find((e) => e.title.startsWith('Lokakarya'))!.id}`));
  expect(workshop.can.manage).toBe(true);
  expect(ok<{ items: unknown[] }>(await hub.get(`/api/events/${workshop.id}/registrations`)).items).toHaveLength(2);
  const ministry = await demoAgent('admin@simpul.test');
  expect(ok<{ items: { caseId: string | null }[] }>(await ministry.get(`/api/events/${forum.id}/interests`)).items.filter((i) => i.caseId)).toHaveLength(2);
});
