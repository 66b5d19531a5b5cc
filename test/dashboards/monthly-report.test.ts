import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previousMonthWib, queueMonthlyReport } from '../../src/server/modules/dashboards/monthly-report.js';
import { dispatchOutbox } from '../../src/server/notifications/outbox.js';
import { smtpTransport } from '../../src/server/notifications/smtp-transport.js';
import { insertPublished } from '../catalog/catalog-helpers.js';
import { buildAgency, buildUser } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { SmtpSink } from '../notifications/smtp-sink.js';

/**
 * The ministry's monthly summary report (issue #19 point 4): once per month, to the ministry's
 * admins only, in each one's language, through the notification path and a real SMTP server.
 */
let t: TestApp;
let sink: SmtpSink;
let transport: ReturnType<typeof smtpTransport>;
const PUBLIC_URL = 'https://simpul.example.go.id';
// 2 December 2026, 10:00 WIB: the November report is due.
const DECEMBER = new Date('2026-12-02T03:00:00Z');

beforeAll(async () => {
  t = await createTestApp();
  sink = await new SmtpSink().start();
  transport = smtpTransport(sink.url, 'Simpul Uji <noreply@simpul.test>');
});
afterAll(async () => {
  transport.close();
  await sink.stop();
  await t.close();
});

describe('the monthly summary report', () => {
  it('names the previous month in Indonesian western time', () => {
    expect(previousMonthWib(DECEMBER)).toBe('2026-11');
    // 1 January 2027, 00:30 WIB is still 31 December in UTC: the report is December's.
    expect(previousMonthWib(new Date('2026-12-31T17:30:00Z'))).toBe('2026-12');
    expect(previousMonthWib(new Date('2026-12-31T16:30:00Z'))).toBe('2026-11');
  });

  it('goes once a month to the ministry admins, in their language, with the figures and the PDF/XLSX links', async () => {
    const sari = await buildUser(t.db, { role: 'ministry_admin', name: 'Sari Sekretariat' });
    const tom = await buildUser(t.db, { role: 'ministry_admin', name: 'Tom Secretariat' });
    await t.db.updateTable('users').set({ language: 'en' }).where('id', '=', tom.id).execute();
    const gone = await buildUser(t.db, { role: 'ministry_admin', name: 'Nonaktif' });
    await t.db.updateTable('users').set({ active: false }).where('id', '=', gone.id).execute();
    const agencyAdmin = await buildUser(t.db, { role: 'agency_admin', name: 'Admin Instansi' });
    const ministryAdmins = (await t.db.selectFrom('users').select('id').where('role', '=', 'ministry_admin').where('active', '=', true).execute()).length;

    expect(await queueMonthlyReport(t.db, DECEMBER, { publicUrl: PUBLIC_URL })).toBe(ministryAdmins);
    await dispatchOutbox(t.db, transport);
    const toSari = sink.received.filter((m) => m.envelopeTo.includes(sari.email));
    expect(toSari).toHaveLength(1);
    expect(toSari[0]!.subject).toBe('Laporan ringkas November 2026 · Simpul');
    expect(toSari[0]!.text).toContain('Halo Sari Sekretariat,');
    expect(toSari[0]!.text).toMatch(/\d+ inovasi terbit dari \d+ provinsi/);
    expect(toSari[0]!.text).toContain(`PDF: ${PUBLIC_URL}/api/dashboard/monthly/2026-11/export?format=pdf`);
    expect(toSari[0]!.text).toContain(`XLSX: ${PUBLIC_URL}/api/dashboard/monthly/2026-11/export?format=xlsx`);
    const toTom = sink.received.find((m) => m.envelopeTo.includes(tom.email))!;
    expect(toTom.subject).toBe('Summary report November 2026 · Simpul');
    expect(toTom.text).toMatch(/published innovations from \d+ provinces/);
    expect(sink.received.some((m) => m.envelopeTo.includes(agencyAdmin.email) || m.envelopeTo.includes(gone.email))).toBe(false);
    // The in-app entry links to the statistics page; the report is audited.
    const entry = await t.db.selectFrom('notifications').select(['title', 'link']).where('user_id', '=', sari.id).where('kind', '=', 'dashboard.monthly').executeTakeFirstOrThrow();
    expect(entry).toEqual({ title: 'Laporan ringkas November 2026', link: '/statistik' });
    expect(await t.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'dashboard.monthly_report').execute()).toEqual([{ entity_id: '2026-11' }]);

    // A second run in the same month sends nothing, later in the month too.
    expect(await queueMonthlyReport(t.db, new Date('2026-12-20T03:00:00Z'), { publicUrl: PUBLIC_URL })).toBe(0);
    await dispatchOutbox(t.db, transport);
    expect(sink.received.filter((m) => m.envelopeTo.includes(sari.email))).toHaveLength(1);
  });

  it('sends the next month’s report once even when two runs race', async () => {
    const january = new Date('2027-01-02T03:00:00Z');
    const [a, b] = await Promise.all([queueMonthlyReport(t.db, january), queueMonthlyReport(t.db, january)]);
    const ministryAdmins = (await t.db.selectFrom('users').select('id').where('role', '=', 'ministry_admin').where('active', '=', true).execute()).length;
    expect(a + b).toBe(ministryAdmins);
    expect(Math.min(a, b)).toBe(0);
    expect(await t.db.selectFrom('dashboard_monthly_reports').select(['month', 'recipients']).orderBy('month').execute()).toEqual([
      { month: '2026-11', recipients: ministryAdmins },
      { month: '2026-12', recipients: ministryAdmins },
    ]);
  });

  it("downloads the figures as they were when the report was sent, not today's", async () => {
    const provinceCells = async (url: string) => {
      const res = await t.agent('id').get(url);
      expect(res.statusCode, res.body).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = wb.getWorksheet('Inovasi per provinsi')!;
      return {
        disposition: res.headers['content-disposition'],
        east: sheet
          .getRows(2, 38)!
          .find((r) => r.getCell(1).value === '35')!
          .getCell(3).value,
      };
    };
    const sent = await provinceCells('/api/dashboard/monthly/2026-11/export?format=xlsx');
    expect(sent.disposition).toContain('laporan-bulanan-2026-11.xlsx');
    // A record published after sending shows on today's dashboard, not in the sent report.
    const agency = await buildAgency(t.db, { type: 'kota', regionCode: '35.78', name: 'Pemerintah Kota Surabaya Laporan' });
    await insertPublished(t.db, agency.id, { title: 'Inovasi terbit sesudah laporan', startDate: '2020-01-01' });
    const today = await provinceCells('/api/dashboard/national/export?format=xlsx');
    expect(today.east).toBe(Number(sent.east) + 1);
    expect((await provinceCells('/api/dashboard/monthly/2026-11/export?format=xlsx')).east).toBe(sent.east);
    const pdf = await t.agent('en').get('/api/dashboard/monthly/2026-11/export?format=pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A month never sent, or malformed: a clear 404 / 400.
    const missing = await t.agent('id').get('/api/dashboard/monthly/2025-03/export');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toContain('Laporan bulanan 2025-03 tidak ditemukan');
    expect((await t.agent('id').get('/api/dashboard/monthly/2025-13/export')).statusCode).toBe(400);
  });

  it('still downloads a report stored in an older shape, with what was added since read as empty', async () => {
    // A copy stored before the view gained its sections, special calls and categories' English names.
    const older = {
      filters: { year: null, province: null },
      generatedAt: '2026-08-01T00:00:00.000Z',
      innovations: {
        total: 7,
        byProvince: [{ key: '35', name: 'Jawa Timur', count: 7 }],
        byCategory: [{ key: 'digital', count: 7, name: { id: 'Digital' } }],
        bySdg: [],
        byStartYear: [],
      },
      kipp: [],
    };
    await t.db
      .insertInto('dashboard_monthly_reports')
      .values({ month: '2026-07', recipients: 1, figures: JSON.stringify(older), sent_at: new Date('2026-08-01T00:00:00Z') })
      .execute();
    const res = await t.agent('id').get('/api/dashboard/monthly/2026-07/export?format=xlsx');
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const east = wb
      .getWorksheet('Inovasi per provinsi')!
      .getRows(2, 38)!
      .find((r) => r.getCell(1).value === '35')!;
    expect(east.getCell(3).value).toBe(7);
    expect((await t.agent('en').get('/api/dashboard/monthly/2026-07/export?format=pdf')).statusCode).toBe(200);
  });
});
