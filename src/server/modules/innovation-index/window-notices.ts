import { appendAudit, SYSTEM_ACTOR } from '../../audit/audit-log.js';
import type { Db, Trx } from '../../db/types.js';
import { notify } from '../notifications/service.js';
import { activeStaffOf, activeUserIdsByRole } from '../users/contacts.js';
import { claimNotices, selectModelsInWindow, selectRegionalAgencies, type WindowNoticeKind } from './notices-repository.js';

/**
 * The reporting window's notices, through the one notification path (in-app, and e-mail by each
 * person's preference), each claimed per model, region and kind in `index_window_notices` in the
 * transaction that queues it, so a region hears of each once however often the job runs:
 * - `opened`: the admins of every regional-government agency (province, regency, city) — not
 *   every agency admin — when a published model's window is open (at once when the index team
 *   sets an open window, otherwise at the next housekeeping run after it opens);
 * - `closing_7` / `closing_1`: 7 days and 1 day before the close, the admins and operators of the
 *   regions whose report is not sent yet (not started, draft, or waiting for the local review).
 * Run by the housekeeping timer in main.ts (`queueIndexWindowNotices`).
 */

const DAY = 86_400_000;
const dateText = (d: Date) => d.toISOString().slice(0, 10);
const STATUS_TEXT: Record<string, string> = {
  none: 'belum dimulai / not started',
  draft: 'draf / draft',
  ready: 'menunggu tinjauan lokal / waiting for the local review',
};

interface WindowModel {
  id: string;
  year: number;
  opensAt: Date;
  closesAt: Date;
}

/** Which closing reminder is due at `now`, if any: within a day of the close, else within 7 days. */
export function closingKind(closesAt: Date, now: Date): WindowNoticeKind | null {
  const left = closesAt.getTime() - now.getTime();
  if (left <= 0) return null;
  if (left <= DAY) return 'closing_1';
  if (left <= 7 * DAY) return 'closing_7';
  return null;
}

/** Tells the regional governments' admins that the window is open (once per region). Returns the accounts told. */
export async function notifyWindowOpened(trx: Trx, model: WindowModel, options: { publicUrl?: string } = {}): Promise<number> {
  const regions = await selectRegionalAgencies(trx, model.id);
  const claimed = await claimNotices(
    trx,
    model.id,
    'opened',
    regions.map((r) => r.regionCode),
  );
  const agencyIds = regions.filter((r) => claimed.has(r.regionCode)).map((r) => r.agencyId);
  if (agencyIds.length === 0) return 0;
  const recipients = (await activeUserIdsByRole(trx, ['agency_admin'], agencyIds)).map((userId) => ({ userId }));
  const result = await notify(trx, {
    recipients,
    kind: 'index.window',
    params: { year: model.year, opens: dateText(model.opensAt), closes: dateText(model.closesAt) },
    link: '/indeks/laporan',
    publicUrl: options.publicUrl,
  });
  await appendAudit(trx, SYSTEM_ACTOR, {
    action: 'index.window.opened_notice',
    entityType: 'index_model',
    entityId: model.id,
    after: { regions: claimed.size, notified: result.inApp },
  });
  return result.inApp;
}

/** Reminds the regions that have not sent their report, 7 days and 1 day before the close (once each). */
async function remindClosing(trx: Trx, model: WindowModel, kind: WindowNoticeKind, options: { publicUrl?: string }): Promise<number> {
  const pending = await selectRegionalAgencies(trx, model.id, { unsentOnly: true });
  const claimed = await claimNotices(
    trx,
    model.id,
    kind,
    pending.map((p) => p.regionCode),
  );
  const due = pending.filter((p) => claimed.has(p.regionCode));
  if (due.length === 0) return 0;
  const staff = await activeStaffOf(
    trx,
    due.map((p) => p.agencyId),
  );
  let sent = 0;
  for (const p of due) {
    const recipients = staff.filter((s) => s.agency_id === p.agencyId).map((s) => ({ userId: s.id }));
    if (recipients.length === 0) continue;
    const result = await notify(trx, {
      recipients,
      kind: 'index.window_closing',
      params: { year: model.year, closes: dateText(model.closesAt), status: STATUS_TEXT[p.status ?? 'none'] ?? p.status ?? '' },
      link: '/indeks/laporan',
      publicUrl: options.publicUrl,
    });
    sent += result.inApp;
  }
  await appendAudit(trx, SYSTEM_ACTOR, {
    action: 'index.window.closing_notice',
    entityType: 'index_model',
    entityId: model.id,
    after: { kind, regions: due.length, notified: sent },
  });
  return sent;
}

/** The housekeeping run: every open window's opening notice and due closing reminder. Returns the accounts told. */
export async function queueIndexWindowNotices(db: Db, now = new Date(), options: { publicUrl?: string } = {}): Promise<number> {
  let told = 0;
  for (const model of await selectModelsInWindow(db, now)) {
    told += await db.transaction().execute(async (trx) => {
      let n = await notifyWindowOpened(trx, model, options);
      const kind = closingKind(model.closesAt, now);
      if (kind) n += await remindClosing(trx, model, kind, options);
      return n;
    });
  }
  return told;
}
