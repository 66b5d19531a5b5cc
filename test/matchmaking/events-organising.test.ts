import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { postFile } from '../helpers/multipart.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { buildNetwork, type Network, ok } from '../replication/fixtures.js';

/**
 * Organising an event (issue #15): "Batal" frees a seat for the first in line, edits and
 * cancellation reach every registrant, interests reach the organiser — all through notify() in
 * the change's transaction — and materials are real stored files typed by their bytes.
 */
let t: TestApp;
let n: Network;
const dataDir = path.resolve('.tmp', `event-materials-${process.pid}`);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: dataDir, UPLOAD_LIMIT_BYTES: '4096' });
  n = await buildNetwork(t);
}, 120_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const EVENT = {
  title: 'Lokakarya Replikasi Uji',
  kind: 'workshop',
  mode: 'online',
  onlineUrl: 'https://ruang.example/lokakarya',
  startsAt: '2030-05-10T09:00:00+08:00',
  endsAt: '2030-05-10T12:00:00+08:00',
  timeZone: 'WITA',
  capacity: 1,
  agenda: [{ time: '09.00', title: 'Pembukaan' }],
};
type View = {
  id: string;
  registered: number;
  waitlisted: number;
  myRegistration: string | null;
  myPosition: number | null;
  cancelled: boolean;
  materials: { id: string; kind: string; url: string | null; filename: string | null }[];
};
const inbox = (userId: string, kind: string) =>
  t.db.selectFrom('notifications').select(['title', 'body', 'link']).where('user_id', '=', userId).where('kind', '=', kind).orderBy('created_at').execute();

const upload = (agent: Agent, url: string, filename: string, bytes: Buffer) => postFile(agent, url, filename, bytes, { contentType: 'application/pdf' });

it('a freed seat goes to the first in line, who is told; edits and cancellation reach every registrant', async () => {
  const event = ok<View>(await n.hub.post('/api/events', { ...EVENT, hubId: n.jatimHubId, showcased: [n.sourceId] }), 201);
  const [a, b, c] = await Promise.all([t.signedIn('agency_operator'), t.signedIn('agency_operator'), t.signedIn('agency_admin')]);
  // C reads English and shows dates in WIT: the texts follow C's language and the event's own zone.
  ok(await c.agent.patch('/api/auth/me/preferences', { language: 'en', timeZone: 'WIT' }));
  expect(ok<{ status: string }>(await a.agent.post(`/api/events/${event.id}/registrations`), 201).status).toBe('registered');
  expect(ok<{ position: number }>(await b.agent.post(`/api/events/${event.id}/registrations`), 201).position).toBe(1);
  expect(ok<{ position: number }>(await c.agent.post(`/api/events/${event.id}/registrations`), 201).position).toBe(2);
  expect((await inbox(a.user.id, 'event.registration'))[0]!.title).toBe(`Terdaftar: ${EVENT.title}`);
  expect((await inbox(b.user.id, 'event.registration'))[0]!.body).toContain('daftar tunggu nomor 1');
  expect((await inbox(b.user.id, 'event.registration'))[0]!.body).toContain('10 Mei 2030');
  expect((await inbox(b.user.id, 'event.registration'))[0]!.body).toContain('(10 Mei 2030, 09.00 WITA)');
  expect((await inbox(c.user.id, 'event.registration'))[0]!.body).toBe(
    `"${EVENT.title}" (10 May 2030, 09:00 WITA) is full; you are number 2 on the waiting list. We will tell you when a seat frees.`,
  );

  // "Batal" by the seated one: B moves up and is told, C is now first in line.
  const left = ok<View>(await a.agent.delete(`/api/events/${event.id}/registrations`));
  expect([left.registered, left.waitlisted, left.myRegistration]).toEqual([1, 1, null]);
  expect(await inbox(b.user.id, 'event.promoted')).toEqual([expect.objectContaining({ link: `/acara/${event.id}` })]);
  expect(ok<View>(await c.agent.get(`/api/events/${event.id}`)).myPosition).toBe(1);
  expect((await a.agent.delete(`/api/events/${event.id}/registrations`)).json().error.code).toBe('NOT_REGISTERED');

  // The organiser sees the list; a capacity under the seats taken is refused, nothing written.
  const list = ok<{ items: { userId: string; status: string; position: number | null }[] }>(await n.hub.get(`/api/events/${event.id}/registrations`));
  expect(list.items.map((r) => [r.userId, r.status, r.position])).toEqual([
    [b.user.id, 'registered', null],
    [c.user.id, 'waitlisted', 1],
  ]);
  expect((await b.agent.get(`/api/events/${event.id}/registrations`)).statusCode).toBe(403);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await n.hub.get(`/api/events/${event.id}/registrations.xlsx`)).rawPayload as unknown as ArrayBuffer);
  expect(book.worksheets[0]!.getRow(3).getCell(4).value).toBe('daftar tunggu');
  const edit = { ...EVENT, showcased: [n.sourceId] };
  const before = await databaseFingerprint(t.db);
  expect((await n.hub.request('PUT', `/api/events/${event.id}`, { body: { ...edit, capacity: 0 } })).statusCode).toBe(400);
  expect((await n.hub.request('PUT', `/api/events/${event.id}`, { body: { ...edit, endsAt: '2030-05-10T08:00:00+08:00' } })).json().error.code).toBe('EVENT_ENDS_BEFORE_START');
  expect(await databaseFingerprint(t.db)).toEqual(before);

  // A larger capacity moves C up; every registrant hears of the change.
  const edited = ok<View>(
    await n.hub.request('PUT', `/api/events/${event.id}`, { body: { ...edit, capacity: 2, startsAt: '2030-05-11T09:00:00+08:00', endsAt: '2030-05-11T12:00:00+08:00' } }),
  );
  expect([edited.registered, edited.waitlisted]).toEqual([2, 0]);
  expect(await inbox(c.user.id, 'event.promoted')).toHaveLength(1);
  expect((await inbox(b.user.id, 'event.changed'))[0]!.body).toContain('jadwal kini 11 Mei 2030, 09.00 WITA');
  expect((await inbox(c.user.id, 'event.changed'))[0]!.body).toContain('it is now scheduled 11 May 2030, 09:00 WITA');
  expect((await inbox(c.user.id, 'event.promoted'))[0]!.body).toBe(`A seat freed at "${EVENT.title}" (11 May 2030, 09:00 WITA); you are now registered.`);
  expect(await inbox(a.user.id, 'event.changed')).toHaveLength(0);

  const cancelled = ok<View>(await n.hub.post(`/api/events/${event.id}/cancel`));
  expect(cancelled.cancelled).toBe(true);
  expect((await inbox(b.user.id, 'event.changed')).map((x) => x.title)).toContain(`Acara dibatalkan: ${EVENT.title}`);
  expect((await inbox(c.user.id, 'event.changed')).map((x) => x.title)).toContain(`Event cancelled: ${EVENT.title}`);
  expect((await a.agent.post(`/api/events/${event.id}/registrations`)).json().error.code).toBe('EVENT_CANCELLED');
  expect(ok<{ items: { id: string; cancelled: boolean }[] }>(await t.agent().get('/api/events?province=35&kind=workshop')).items).toContainEqual(
    expect.objectContaining({ id: event.id, cancelled: true }),
  );
  expect(ok<{ items: { id: string }[] }>(await t.agent().get('/api/events?province=national')).items.map((e) => e.id)).not.toContain(event.id);
});

it("an interest reaches the event's organisers — the creator and the hub's coordinators, or the ministry's admins for its own event", async () => {
  const [organiser, colleague] = await Promise.all([t.signedIn('ministry_admin'), t.signedIn('ministry_admin')]);
  const interestsOf = (userId: string) => inbox(userId, 'event.interest');
  // A hub's event created by the ministry: its creator and the hub's coordinator are told, not every ministry admin.
  const hubEvent = ok<View>(await organiser.agent.post('/api/events', { ...EVENT, title: 'Pameran Hub Uji', capacity: 10, hubId: n.jatimHubId, showcased: [n.sourceId] }), 201);
  ok(await n.adopterOperator.post(`/api/events/${hubEvent.id}/interests`, { innovationId: n.sourceId }), 201);
  for (const userId of [organiser.user.id, n.hubUserId]) {
    expect(await interestsOf(userId)).toEqual([expect.objectContaining({ title: 'Minat replikasi: Antrean Puskesmas Daring Uji', link: `/acara/${hubEvent.id}/kelola` })]);
  }
  expect(await interestsOf(colleague.user.id)).toHaveLength(0);
  // Both may see the interests they were told of.
  for (const agent of [organiser.agent, n.hub]) expect(ok<{ items: unknown[] }>(await agent.get(`/api/events/${hubEvent.id}/interests`)).items).toHaveLength(1);

  // The ministry's own event (no hub): every ministry admin organises it; the hub coordinator neither sees nor hears.
  const national = ok<View>(await organiser.agent.post('/api/events', { ...EVENT, title: 'Pameran Nasional Uji', capacity: 10, showcased: [n.sourceId] }), 201);
  ok(await n.adopterOperator.post(`/api/events/${national.id}/interests`, { innovationId: n.sourceId }), 201);
  expect(await interestsOf(organiser.user.id)).toHaveLength(2);
  expect((await interestsOf(colleague.user.id)).map((x) => x.link)).toEqual([`/acara/${national.id}/kelola`]);
  expect(await interestsOf(n.hubUserId)).toHaveLength(1);
  expect((await n.hub.get(`/api/events/${national.id}/interests`)).statusCode).toBe(403);
  expect(ok<{ items: unknown[] }>(await colleague.agent.get(`/api/events/${national.id}/interests`)).items).toHaveLength(1);
});

it('an interest reaches the organiser; materials are stored files typed by their bytes, public to download', async () => {
  const event = ok<View>(await n.hub.post('/api/events', { ...EVENT, title: 'Pameran Uji Materi', capacity: 10, hubId: n.jatimHubId, showcased: [n.sourceId] }), 201);
  ok(await n.adopterOperator.post(`/api/events/${event.id}/interests`, { innovationId: n.sourceId }), 201);
  expect((await inbox(n.hubUserId, 'event.interest')).map((x) => x.link)).toContain(`/acara/${event.id}/kelola`);
  const interests = ok<{ items: { innovation: string; caseId: string | null }[] }>(await n.hub.get(`/api/events/${event.id}/interests`));
  expect(interests.items).toEqual([expect.objectContaining({ innovation: 'Antrean Puskesmas Daring Uji', caseId: null })]);

  const url = `/api/events/${event.id}/materials?title=${encodeURIComponent('Bahan paparan')}`;
  const before = await databaseFingerprint(t.db);
  const fake = await upload(n.hub, url, 'paparan.pdf', Buffer.from('<html><script>alert(1)</script></html>'));
  expect(fake.statusCode).toBe(400);
  expect(fake.json().error.message).toContain('PDF, PowerPoint');
  expect((await upload(n.hub, url, 'besar.pdf', Buffer.concat([PDF, Buffer.alloc(5000, 32)]))).statusCode).toBe(413);
  expect((await upload(n.adopterOperator, url, 'paparan.pdf', PDF)).statusCode).toBe(403);
  expect(await databaseFingerprint(t.db)).toEqual(before);

  const withDoc = ok<View>(await upload(n.hub, url, '../Paparan: hub.pdf', PDF), 201);
  const doc = withDoc.materials.find((m) => m.kind === 'document')!;
  expect(doc.filename).toBe('Paparan_ hub.pdf');
  const file = await t.agent().get(doc.url!);
  expect(file.statusCode).toBe(200);
  expect(file.headers['content-type']).toBe('application/pdf');
  expect(file.headers['content-disposition']).toMatch(/^attachment;/);
  expect(file.rawPayload.equals(PDF)).toBe(true);
  const withVideo = ok<View>(await n.hub.post(`/api/events/${event.id}/videos`, { title: 'Rekaman', url: 'https://video.example/r' }), 201);
  expect(withVideo.materials.map((m) => m.kind)).toEqual(['document', 'video']);
  const removed = ok<View>(await n.hub.delete(`/api/events/${event.id}/materials/${doc.id}`));
  expect(removed.materials.map((m) => m.kind)).toEqual(['video']);
  expect((await t.agent().get(doc.url!)).statusCode).toBe(404);
});
