import { errors } from '../../http/errors.js';
import { todayWib } from '../../../common/replication.js';
import { workbookBuffer } from '../../exports/xlsx.js';
import { HUB, type NetworkContext, viewerOf } from './context.js';
import { mentorActivityRows } from './activity-repository.js';
import { listMentorRows } from './network-repository.js';
import type { MentorActivity } from './network-schemas.js';
import { canManageHub, isMinistryViewer } from './policy.js';

/**
 * Mentor activity per month of a year: the ministry sees every mentor (or one hub's), a hub
 * coordinator the mentors of a hub they coordinate (their first hub when none is named; 404 for
 * any other hub).
 */
export async function mentorActivity(ctx: NetworkContext, query: { year?: number; hubId?: string }): Promise<MentorActivity> {
  const viewer = await viewerOf(ctx);
  let hubId = query.hubId;
  if (!isMinistryViewer(viewer)) {
    hubId ??= viewer.hubs[0]?.id;
    if (!hubId || !canManageHub(viewer, hubId)) throw errors.notFound(HUB);
  }
  const year = query.year ?? Number(todayWib(ctx.now).slice(0, 4));
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const [mentors, rows] = await Promise.all([listMentorRows(ctx.db, hubId), mentorActivityRows(ctx.db, { from: `${year}-01-01`, to: `${year}-12-31`, hubId })]);
  const byMentor = new Map<string, { entries: number[]; visits: number[] }>();
  for (const r of rows) {
    const slot = byMentor.get(r.mentor_id) ?? { entries: Array<number>(12).fill(0), visits: Array<number>(12).fill(0) };
    const i = Number(r.month.slice(5, 7)) - 1;
    slot.entries[i] = r.entries;
    slot.visits[i] = r.visits;
    byMentor.set(r.mentor_id, slot);
  }
  const items = mentors
    .filter((m) => m.active || byMentor.has(m.id))
    .map((m) => {
      const a = byMentor.get(m.id) ?? { entries: Array<number>(12).fill(0), visits: Array<number>(12).fill(0) };
      return {
        mentor: { id: m.id, name: m.user_name },
        hub: m.hub_id ? { id: m.hub_id, name: m.hub_name ?? '' } : null,
        entries: a.entries,
        visits: a.visits,
        totalEntries: a.entries.reduce((s, n) => s + n, 0),
        totalVisits: a.visits.reduce((s, n) => s + n, 0),
      };
    });
  const totals = months.map((_, i) => items.reduce((s, m) => s + m.entries[i]!, 0));
  return { year, hubId: hubId ?? null, months, totals, items };
}

/** The same figures as a workbook: one row per mentor, entries and visits per month. */
export async function mentorActivityWorkbook(a: MentorActivity): Promise<Buffer> {
  return workbookBuffer([{ name: `Aktivitas pendamping ${a.year}`, ...mentorActivitySheet(a) }]);
}

export function mentorActivitySheet(a: MentorActivity) {
  const columns = [
    { header: 'Pendamping', key: 'mentor', width: 30 },
    { header: 'Hub', key: 'hub', width: 28 },
    ...a.months.flatMap((m, i) => [
      { header: `${m} log`, key: `e${i}`, width: 10 },
      { header: `${m} kunjungan`, key: `v${i}`, width: 10 },
    ]),
    { header: 'Jumlah log', key: 'entries', width: 10 },
    { header: 'Jumlah kunjungan', key: 'visits', width: 10 },
  ];
  const rows = a.items.map((m) => ({
    mentor: m.mentor.name,
    hub: m.hub?.name ?? '',
    ...Object.fromEntries(m.entries.map((n, i) => [`e${i}`, n])),
    ...Object.fromEntries(m.visits.map((n, i) => [`v${i}`, n])),
    entries: m.totalEntries,
    visits: m.totalVisits,
  }));
  return { columns, rows };
}
