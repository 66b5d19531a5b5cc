import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { buildNetwork, caseInProgress, type Network, ok } from './fixtures.js';

let t: TestApp;
let n: Network;
beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t, { mentorCap: 5 });
  const caseId = await caseInProgress(n);
  for (const [heldOn, mode, by] of [
    ['2026-02-03', 'visit', n.mentor],
    ['2026-02-20', 'online', n.adopterOperator],
    ['2026-03-05', 'study_visit', n.mentor],
  ] as const) {
    ok(await by.post(`/api/replications/${caseId}/logs`, { heldOn, mode, notes: 'Pendampingan penyusunan rencana adaptasi.' }));
  }
});
afterAll(async () => t.close());

interface Activity {
  year: number;
  hubId: string | null;
  months: string[];
  totals: number[];
  items: { mentor: { id: string }; entries: number[]; visits: number[]; totalEntries: number; totalVisits: number }[];
}

describe('mentor activity per month', () => {
  it('counts log entries and visits on each mentor’s cases per month, for the ministry and the hub', async () => {
    const all = ok<Activity>(await n.ministry.get('/api/mentors/activity?year=2026'));
    expect(all.months).toHaveLength(12);
    const mine = all.items.find((i) => i.mentor.id === n.mentorId)!;
    expect(mine.entries.slice(0, 4)).toEqual([0, 2, 1, 0]);
    expect(mine.visits.slice(0, 4)).toEqual([0, 1, 1, 0]);
    expect(mine).toMatchObject({ totalEntries: 3, totalVisits: 2 });
    expect(all.totals[1]).toBeGreaterThanOrEqual(2);

    // The hub coordinator gets their own hub by default; another hub is "not found".
    const hub = ok<Activity>(await n.hub.get('/api/mentors/activity?year=2026'));
    expect(hub.hubId).toBe(n.jatimHubId);
    expect(hub.items.map((i) => i.mentor.id)).toContain(n.mentorId);
    const bali = await t.db.selectFrom('hubs').select('id').where('province_code', '=', '51').executeTakeFirstOrThrow();
    expect((await n.hub.get(`/api/mentors/activity?hubId=${bali.id}`)).statusCode).toBe(404);
    expect((await n.mentor.get('/api/mentors/activity')).statusCode).toBe(403);
    expect(ok<Activity>(await n.ministry.get('/api/mentors/activity?year=2025')).items.find((i) => i.mentor.id === n.mentorId)!.totalEntries).toBe(0);
  });

  it('exports the figures as XLSX, and the ministry’s network workbook has hubs, mentors and activity', async () => {
    const hubXlsx = await n.hub.get('/api/mentors/activity.xlsx?year=2026');
    expect(hubXlsx.statusCode).toBe(200);
    expect(hubXlsx.headers['content-type']).toContain('spreadsheetml');
    const network = await n.ministry.get('/api/network/export.xlsx?year=2026');
    expect(network.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(network.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Hub JIPP', 'Pendamping', 'Aktivitas pendamping 2026']);
    expect(wb.worksheets[0]!.rowCount).toBe(20);
    const activity = wb.worksheets[2]!;
    const header = activity.getRow(1).values as unknown[];
    const row = activity.getRows(2, activity.rowCount - 1)!.find((r) => (r.values as unknown[]).includes(wb.worksheets[1]!.getRow(2).getCell(1).value));
    expect(header).toContain('2026-02 log');
    expect(row).toBeDefined();
    expect((await n.hub.get('/api/network/export.xlsx')).statusCode).toBe(403);
  });
});
