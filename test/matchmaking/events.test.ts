import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertPublished } from '../catalog/catalog-helpers.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { buildNetwork, type Network, ok } from '../replication/fixtures.js';

/** Knowledge-sharing events: creation rules, atomic registration with a waiting list, calendar, interests becoming requests. */
let t: TestApp;
let n: Network;
let unshown: string;
beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  unshown = await insertPublished(t.db, n.origin.id, { title: 'Tidak Dipamerkan Uji' });
}, 120_000);
afterAll(() => t.close());

const EVENT = {
  title: 'Pameran Inovasi Jawa Timur',
  kind: 'exhibition',
  mode: 'onsite',
  location: 'Grand City, Surabaya',
  startsAt: '2030-03-10T09:00:00+07:00',
  endsAt: '2030-03-10T16:00:00+07:00',
  timeZone: 'WIB',
  capacity: 2,
  agenda: [{ time: '09.00', title: 'Pembukaan; sambutan, Gubernur' }],
  videos: [{ title: 'Rekaman', url: 'https://video.example/rekaman' }],
};
type EventView = { id: string; registered: number; waitlisted: number; showcased: { innovationId: string }[]; can: { manage: boolean } };

it('creates an event through the hub, refusing bad input without writing anything', async () => {
  const before = await databaseFingerprint(t.db);
  const backwards = await n.hub.post('/api/events', { ...EVENT, hubId: n.jatimHubId, endsAt: '2030-03-10T08:00:00+07:00' });
  expect(backwards.json().error.code).toBe('EVENT_ENDS_BEFORE_START');
  expect((await n.hub.post('/api/events', { ...EVENT, hubId: n.jatimHubId, showcased: ['00000000-0000-4000-8000-000000000000'] })).statusCode).toBe(400);
  expect((await n.hub.post('/api/events', EVENT)).json().error.code).toBe('HUB_NOT_YOURS');
  expect((await n.adopterOperator.post('/api/events', EVENT)).statusCode).toBe(403);
  expect(await databaseFingerprint(t.db)).toEqual(before);
  const created = ok<EventView>(await n.hub.post('/api/events', { ...EVENT, hubId: n.jatimHubId, showcased: [n.sourceId] }), 201);
  expect(created.showcased.map((s) => s.innovationId)).toEqual([n.sourceId]);
  expect(created.can.manage).toBe(true);
  expect(ok<{ items: { id: string }[] }>(await t.agent().get('/api/events')).items.map((e) => e.id)).toContain(created.id);
});

it('counts seats atomically: concurrent registrations fill the capacity, the rest wait in line; twice is refused', async () => {
  const event = ok<EventView>(await n.ministry.post('/api/events', { ...EVENT, title: 'Forum Serentak', kind: 'forum' }), 201);
  const users = await Promise.all(Array.from({ length: 6 }, () => t.signedIn('agency_operator')));
  const answers = await Promise.all(users.map((u) => u.agent.post(`/api/events/${event.id}/registrations`)));
  const statuses = answers.map((a) => ok<{ status: string }>(a, 201).status);
  expect(statuses.filter((s) => s === 'registered')).toHaveLength(2);
  expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(4);
  const again = await users[0]!.agent.post(`/api/events/${event.id}/registrations`);
  expect(again.statusCode).toBe(409);
  expect(again.json().error.code).toBe('ALREADY_REGISTERED');
  const view = ok<EventView>(await t.agent().get(`/api/events/${event.id}`));
  expect([view.registered, view.waitlisted]).toEqual([2, 4]);
});

it('serves RFC 5545 calendars: CRLF, escaped text, UTC times', async () => {
  const events = ok<{ items: { id: string }[] }>(await t.agent().get('/api/events'));
  const one = await t.agent().get(`/api/events/${events.items[0]!.id}/calendar.ics`);
  expect(one.headers['content-type']).toMatch(/^text\/calendar/);
  expect(one.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(one.body).toContain('\r\nDTSTART:20300310T020000Z\r\nDTEND:20300310T090000Z\r\n');
  expect(one.body).toContain('LOCATION:Grand City\\, Surabaya\r\n');
  expect(one.body.replace(/\r\n/g, '')).not.toContain('\n');
  const feed = await t.agent().get('/api/events/calendar.ics');
  expect(feed.body.match(/BEGIN:VEVENT/g)).toHaveLength(2);
});

it('turns "Saya tertarik mereplikasi" into a replication request and lists it for the organiser', async () => {
  const event = ok<{ items: { id: string; title: string }[] }>(await t.agent().get('/api/events')).items.find((e) => e.title === EVENT.title)!;
  const refused = await n.adopterOperator.post(`/api/events/${event.id}/interests`, { innovationId: unshown });
  expect(refused.json().error.code).toBe('NOT_SHOWCASED');
  const interest = ok<{ caseId: string }>(await n.adopterOperator.post(`/api/events/${event.id}/interests`, { innovationId: n.sourceId }), 201);
  const opened = ok<{ state: string; problem: string }>(await n.adopterOperator.get(`/api/replications/${interest.caseId}`));
  expect(opened.state).toBe('requested');
  expect(opened.problem).toContain(EVENT.title);
  expect((await n.adopterOperator.post(`/api/events/${event.id}/interests`, { innovationId: n.sourceId })).json().error.code).toBe('ALREADY_INTERESTED');
  // The organiser's workbook lists it; another hub coordinator may not read it.
  const xlsx = await n.hub.get(`/api/events/${event.id}/interests.xlsx`);
  expect(xlsx.statusCode).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  expect(sheet.getRow(2).getCell(1).value).toBe('Antrean Puskesmas Daring Uji');
  expect(sheet.getRow(2).getCell(5).value).toBe(interest.caseId);
  const stranger = (await t.signedIn('hub_coordinator')).agent;
  expect((await stranger.get(`/api/events/${event.id}/interests.xlsx`)).statusCode).toBe(403);
});
