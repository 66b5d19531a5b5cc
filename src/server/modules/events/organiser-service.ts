import type { EventUpdateInput, EventView } from '../../../common/events.js';
import { appendAudit } from '../../audit/audit-log.js';
import { workbookBuffer } from '../../exports/xlsx.js';
import { errors } from '../../http/errors.js';
import { getInnovation } from '../catalog/innovation-service.js';
import { fieldError } from '../replication/context.js';
import { type EventsContext, notifyChanged, notifyPromoted } from './notices.js';
import { mayManageEvent } from './policy.js';
import { cancelEventRow, interestRows, lockEvent, replaceShowcases, updateEventRow } from './repository.js';
import { promoteNext, registrantIds, registrationList, releaseSeat, removeRegistration } from './registrations-repository.js';
import { EVENT, eventCancelled, eventOver, eventViewer, findEvent, getEvent } from './service.js';

/**
 * The organiser's side of an event (the ministry, or the hub coordinator of its hub): edit,
 * cancel, the registration list with the waiting line, interests. And the registrant's own
 * "Batal": a freed seat goes to the first in line at once, in the same transaction.
 */

async function managed(ctx: EventsContext, id: string) {
  const event = await findEvent(ctx, id);
  if (!mayManageEvent(await eventViewer(ctx), event)) throw errors.forbidden();
  return event;
}

/** Fills free seats from the waiting line (after a cancellation or a larger capacity); returns who moved up. */
async function fillSeats(trx: Parameters<typeof promoteNext>[0], eventId: string): Promise<string[]> {
  const promoted: string[] = [];
  for (let next = await promoteNext(trx, eventId); next; next = await promoteNext(trx, eventId)) promoted.push(next);
  return promoted;
}

export async function showcaseRecords(ctx: EventsContext, ids: readonly string[]) {
  const showcased: { innovationId: string; title: string }[] = [];
  for (const [i, id] of [...new Set(ids)].entries()) {
    const record = await getInnovation({ db: ctx.db, actor: ctx.actor, user: ctx.user }, id).catch(() => null);
    if (!record || record.workflowState !== 'published')
      throw fieldError(`showcased[${i}]`, { id: 'bukan inovasi yang terbit di katalog', en: 'is not a published catalog innovation' });
    showcased.push({ innovationId: record.id, title: record.title });
  }
  return showcased;
}

/** Edits an event; registrants are told. A capacity under the seats already taken is refused; a larger one moves people up. */
export async function updateEvent(ctx: EventsContext, id: string, input: EventUpdateInput): Promise<EventView> {
  const before = await managed(ctx, id);
  if (before.cancelled_at) throw eventCancelled();
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (endsAt <= startsAt) throw fieldError('endsAt', { id: 'harus sesudah waktu mulai', en: 'must be after the start' }, 'EVENT_ENDS_BEFORE_START');
  if (input.mode !== 'online' && !input.location) throw fieldError('location', { id: 'wajib diisi untuk acara tatap muka', en: 'is required for an on-site event' });
  if (input.mode !== 'onsite' && !input.onlineUrl) throw fieldError('onlineUrl', { id: 'wajib diisi untuk acara daring', en: 'is required for an online event' });
  const showcased = await showcaseRecords(ctx, input.showcased);
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await lockEvent(trx, id);
    if (!locked) throw errors.notFound(EVENT);
    if (input.capacity < locked.registered_count)
      throw fieldError(
        'capacity',
        { id: `tidak boleh di bawah ${locked.registered_count} kursi yang sudah terisi`, en: `cannot be below the ${locked.registered_count} seats already taken` },
        'CAPACITY_BELOW_REGISTERED',
      );
    await updateEventRow(trx, id, {
      title: input.title,
      kind: input.kind,
      mode: input.mode,
      location: input.location ?? null,
      online_url: input.onlineUrl ?? null,
      description: input.description,
      starts_at: startsAt,
      ends_at: endsAt,
      time_zone: input.timeZone,
      capacity: input.capacity,
      agenda: JSON.stringify(input.agenda),
      updated_at: ctx.now,
    });
    await replaceShowcases(trx, id, showcased);
    const promoted = await fillSeats(trx, id);
    const after = { ...before, title: input.title, starts_at: startsAt, time_zone: input.timeZone };
    const everyone = await registrantIds(trx, id);
    await notifyChanged(trx, ctx, after, everyone, false);
    await notifyPromoted(trx, ctx, after, promoted);
    await appendAudit(trx, ctx.actor, { action: 'event.update', entityType: 'event', entityId: id, after: { ...input, promoted } });
  });
  return getEvent(ctx, id);
}

/** Cancels an event: it stays listed as cancelled, takes no registrations, and every registrant is told. */
export async function cancelEvent(ctx: EventsContext, id: string): Promise<EventView> {
  const event = await managed(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await lockEvent(trx, id);
    if (!locked) throw errors.notFound(EVENT);
    if (locked.cancelled_at) throw eventCancelled();
    if (new Date(locked.ends_at) <= ctx.now) throw eventOver();
    await cancelEventRow(trx, id, ctx.now);
    await notifyChanged(trx, ctx, event, await registrantIds(trx, id), true);
    await appendAudit(trx, ctx.actor, { action: 'event.cancel', entityType: 'event', entityId: id, before: { cancelled: false }, after: { cancelled: true } });
  });
  return getEvent(ctx, id);
}

/** "Batal": the caller leaves the event; a freed seat goes to the first in line, who is told. */
export async function cancelRegistration(ctx: EventsContext, id: string): Promise<EventView> {
  if (!ctx.user) throw errors.unauthenticated();
  const user = ctx.user;
  const event = await findEvent(ctx, id);
  if (new Date(event.ends_at) <= ctx.now) throw eventOver();
  await ctx.db.transaction().execute(async (trx) => {
    await lockEvent(trx, id);
    const was = await removeRegistration(trx, id, user.id);
    if (!was) throw errors.conflict('NOT_REGISTERED', { id: 'Anda belum terdaftar di acara ini.', en: 'You are not registered for this event.' });
    let promoted: string[] = [];
    if (was === 'registered') {
      await releaseSeat(trx, id);
      if (!event.cancelled_at) promoted = await fillSeats(trx, id);
    }
    await notifyPromoted(trx, ctx, event, promoted);
    await appendAudit(trx, ctx.actor, { action: 'event.unregister', entityType: 'event', entityId: id, before: { userId: user.id, status: was }, after: { promoted } });
  });
  return getEvent(ctx, id);
}

export async function listRegistrations(ctx: EventsContext, id: string) {
  await managed(ctx, id);
  let line = 0;
  return {
    items: (await registrationList(ctx.db, id)).map((r) => ({
      userId: r.user_id,
      name: r.name,
      email: r.email,
      agency: r.agency_name,
      status: r.status,
      attended: r.attended,
      position: r.status === 'waitlisted' ? ++line : null,
      registeredAt: new Date(r.created_at).toISOString(),
    })),
  };
}

export async function listInterests(ctx: EventsContext, id: string) {
  await managed(ctx, id);
  return {
    items: (await interestRows(ctx.db, id)).map((r) => ({
      id: r.id,
      innovationId: r.innovation_id,
      innovation: r.title,
      agency: r.agency_name,
      name: r.user_name,
      caseId: r.case_id,
      createdAt: new Date(r.created_at).toISOString(),
    })),
  };
}

/** The registration list as a workbook (organiser). */
export async function registrationsWorkbook(ctx: EventsContext, id: string): Promise<Buffer> {
  const { items } = await listRegistrations(ctx, id);
  return workbookBuffer([
    {
      name: 'Pendaftar',
      columns: [
        { header: 'Nama', key: 'name', width: 30 },
        { header: 'E-mail', key: 'email', width: 30 },
        { header: 'Instansi', key: 'agency', width: 35 },
        { header: 'Status', key: 'status', width: 16 },
        { header: 'Nomor tunggu', key: 'position', width: 14 },
        { header: 'Hadir', key: 'attended', width: 8 },
        { header: 'Waktu daftar', key: 'at', width: 22 },
      ],
      rows: items.map((r) => ({
        name: r.name,
        email: r.email,
        agency: r.agency ?? '',
        status: r.status === 'registered' ? 'terdaftar' : 'daftar tunggu',
        position: r.position ?? '',
        attended: r.attended ? 'ya' : 'tidak',
        at: new Date(r.registeredAt),
      })),
    },
  ]);
}
