import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueIndexWindowNotices } from '../../src/server/modules/innovation-index/window-notices.js';
import type { Agent } from '../helpers/agent.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The reporting window's notices on the real database: opening the window tells only the admins
 * of regional governments (province, regency, city), once per region however often it runs; the
 * closing reminders go 7 days and 1 day before the close, once each, to the regions whose report
 * is not sent yet (admins and operators).
 */
let t: TestApp;
let admin: Agent;
let cityAdmin: Agent;
let cityOperator: Agent;
let provinceAdmin: Agent;
let sentAdmin: Agent;
let ministryAgencyAdmin: Agent;
let bumdAdmin: Agent;
let modelId = '';
const DAY = 86_400_000;
const closesAt = new Date(Date.now() + 30 * DAY);

type Item = { kind: string; body: string };
const kinds = async (agent: Agent, kind: string): Promise<Item[]> => ((await agent.get('/api/notifications')).json().items as Item[]).filter((i) => i.kind === kind);

beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.signedIn('index_admin')).agent;
  const city = await buildAgency(t.db, { type: 'kota', regionCode: '35.78' });
  const province = await buildAgency(t.db, { type: 'provinsi', regionCode: '35' });
  const sent = await buildAgency(t.db, { type: 'kabupaten', regionCode: '35.10' });
  const ministry = await buildAgency(t.db, { type: 'lembaga', regionCode: null });
  const bumd = await buildAgency(t.db, { type: 'bumd', regionCode: '35.73' });
  cityAdmin = (await t.signedIn('agency_admin', { agencyId: city.id })).agent;
  cityOperator = (await t.signedIn('agency_operator', { agencyId: city.id })).agent;
  provinceAdmin = (await t.signedIn('agency_admin', { agencyId: province.id })).agent;
  sentAdmin = (await t.signedIn('agency_admin', { agencyId: sent.id })).agent;
  ministryAgencyAdmin = (await t.signedIn('agency_admin', { agencyId: ministry.id })).agent;
  bumdAdmin = (await t.signedIn('agency_admin', { agencyId: bumd.id })).agent;
  expect((await admin.post('/api/index/models', { year: 2026 })).statusCode).toBe(201);
  modelId = (await admin.post('/api/index/models/2026/publish')).json().id;
  // Regency 35.10 has already sent its report.
  await t.db.insertInto('index_reports').values({ model_id: modelId, region_code: '35.10', agency_id: sent.id, status: 'sent' }).execute();
});

afterAll(async () => {
  await t.close();
});

describe('the window-opening notice', () => {
  it('goes to the admins of regional governments only, once per region', async () => {
    const window = await admin.request('PUT', '/api/index/models/2026/window', { body: { opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: closesAt.toISOString() } });
    expect(window.statusCode).toBe(200);
    expect(await kinds(cityAdmin, 'index.window')).toHaveLength(1);
    expect(await kinds(provinceAdmin, 'index.window')).toHaveLength(1);
    expect(await kinds(sentAdmin, 'index.window')).toHaveLength(1);
    // Not the operators, not a central agency's admin, not a region-owned firm's admin.
    expect(await kinds(cityOperator, 'index.window')).toHaveLength(0);
    expect(await kinds(ministryAgencyAdmin, 'index.window')).toHaveLength(0);
    expect(await kinds(bumdAdmin, 'index.window')).toHaveLength(0);
    // Saving the window again and the housekeeping run tell nobody twice.
    await admin.request('PUT', '/api/index/models/2026/window', { body: { opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: closesAt.toISOString() } });
    expect(await queueIndexWindowNotices(t.db, new Date())).toBe(0);
    expect(await kinds(cityAdmin, 'index.window')).toHaveLength(1);
  });
});

describe('the closing reminders', () => {
  it('go 7 days and 1 day before the close, once each, to the regions that have not sent', async () => {
    // 8 days before the close: nothing is due.
    await queueIndexWindowNotices(t.db, new Date(closesAt.getTime() - 8 * DAY));
    expect(await kinds(cityAdmin, 'index.window_closing')).toHaveLength(0);
    // 6 days before: the 7-day reminder, to the city's admin and operator (report not started) and the province.
    const sixDays = new Date(closesAt.getTime() - 6 * DAY);
    expect(await queueIndexWindowNotices(t.db, sixDays)).toBeGreaterThanOrEqual(3);
    const [reminder] = await kinds(cityOperator, 'index.window_closing');
    expect(reminder?.body).toContain('belum dimulai');
    expect(await kinds(cityAdmin, 'index.window_closing')).toHaveLength(1);
    expect(await kinds(provinceAdmin, 'index.window_closing')).toHaveLength(1);
    expect(await kinds(sentAdmin, 'index.window_closing')).toHaveLength(0);
    expect(await kinds(ministryAgencyAdmin, 'index.window_closing')).toHaveLength(0);
    // Running again (another process, the next interval) sends nothing more.
    expect(await queueIndexWindowNotices(t.db, new Date(sixDays.getTime() + 3_600_000))).toBe(0);
    expect(await kinds(cityAdmin, 'index.window_closing')).toHaveLength(1);
    // The province sends meanwhile; 12 hours before the close only the city hears again.
    await t.db
      .insertInto('index_reports')
      .values({
        model_id: modelId,
        region_code: '35',
        agency_id: (await t.db.selectFrom('agencies').select('id').where('region_code', '=', '35').executeTakeFirstOrThrow()).id,
        status: 'sent',
      })
      .execute();
    const lastDay = new Date(closesAt.getTime() - 12 * 3_600_000);
    await queueIndexWindowNotices(t.db, lastDay);
    await queueIndexWindowNotices(t.db, lastDay);
    expect(await kinds(cityAdmin, 'index.window_closing')).toHaveLength(2);
    expect(await kinds(cityOperator, 'index.window_closing')).toHaveLength(2);
    expect(await kinds(provinceAdmin, 'index.window_closing')).toHaveLength(1);
    // After the close, nothing.
    expect(await queueIndexWindowNotices(t.db, new Date(closesAt.getTime() + DAY))).toBe(0);
  });
});
