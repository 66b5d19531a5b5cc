import { type SheetSpec, workbookBuffer } from '../../exports/xlsx.js';
import { mentorActivitySheet } from './activity-service.js';
import type { HubSummary, MentorActivity, MentorView } from './network-schemas.js';

/**
 * The hubs as one sheet, the columns of the public hubs table and the network page: the public
 * `/jipp` download and the ministry's network workbook write the same rows.
 */
export function hubsSheet(hubs: readonly HubSummary[]): SheetSpec {
  return {
    name: 'Hub JIPP',
    columns: [
      { header: 'Hub', key: 'name', width: 34 },
      { header: 'Kode provinsi', key: 'code', width: 10 },
      { header: 'Tahun penetapan', key: 'year', width: 10 },
      { header: 'Status', key: 'status', width: 10 },
      { header: 'Nomor keputusan', key: 'decree', width: 30 },
      { header: 'Tanggal keputusan', key: 'decreeDate', width: 14 },
      { header: 'Awal periode', key: 'start', width: 14 },
      { header: 'Akhir periode', key: 'end', width: 14 },
      { header: 'Koordinator', key: 'coordinators', width: 40 },
      { header: 'Pendamping', key: 'mentors', width: 10 },
      { header: 'Kasus berjalan', key: 'open', width: 10 },
      { header: 'Replikasi selesai', key: 'completed', width: 10 },
    ],
    rows: hubs.map((h) => ({
      name: h.name,
      code: h.province.code,
      year: h.yearDesignated,
      status: h.status,
      decree: h.decreeNumber ?? 'belum tercatat',
      decreeDate: h.decreeDate ?? '',
      start: h.periodStart ?? '',
      end: h.periodEnd ?? '',
      coordinators: h.coordinators.map((c) => c.name).join(', '),
      mentors: h.mentorCount,
      open: h.openCases,
      completed: h.completedReplications,
    })),
  };
}

/** The ministry's network workbook: the hubs with their decrees, the mentors, and mentor activity of the year. */
export async function networkWorkbook(hubs: readonly HubSummary[], mentors: readonly MentorView[], activity: MentorActivity): Promise<Buffer> {
  const mentorSheet = {
    name: 'Pendamping',
    columns: [
      { header: 'Pendamping', key: 'name', width: 30 },
      { header: 'Perguruan tinggi', key: 'university', width: 34 },
      { header: 'Hub', key: 'hub', width: 28 },
      { header: 'Nomor keputusan', key: 'decree', width: 28 },
      { header: 'Tanggal keputusan', key: 'decreeDate', width: 14 },
      { header: 'Kasus aktif', key: 'active', width: 10 },
      { header: 'Batas kasus', key: 'cap', width: 10 },
      { header: 'Aktif', key: 'enabled', width: 8 },
    ],
    rows: mentors.map((m) => ({
      name: m.user.name,
      university: m.university.name,
      hub: m.hub?.name ?? '',
      decree: m.decreeNumber,
      decreeDate: m.decreeDate,
      active: m.activeCases,
      cap: m.maxActiveCases,
      enabled: m.active ? 'ya' : 'tidak',
    })),
  };
  return workbookBuffer([hubsSheet(hubs), mentorSheet, { name: `Aktivitas pendamping ${activity.year}`, ...mentorActivitySheet(activity) }]);
}

/** The public hubs workbook (`GET /api/hubs.xlsx`): the hubs sheet only. */
export function hubsWorkbook(hubs: readonly HubSummary[]): Promise<Buffer> {
  return workbookBuffer([hubsSheet(hubs)]);
}
