import type { z } from 'zod';
import { type attendanceBody, type EventInput, EVENTS_PAGE_SIZE, type EventSummary, type EventView } from '../../../common/events.js';
import { appendAudit } from '../../audit/audit-log.js';
import { errors } from '../../http/errors.js';
import type { RequestContext } from '../../http/request-context.js';
import { getInnovation } from '../catalog/innovation-service.js';
import { searchItemsByIds } from '../catalog/search-service.js';
import { fieldError, viewerOf } from '../replication/context.js';
import { type EventViewer, mayCreateFor, mayManageEvent } from './policy.js';
import {
  type EventFilter,
  type EventRow,
  findEventRow,
  insertEvent,
  insertShowcases,
  insertVideos,
  listEventRows,
  materialsOf,
  register,
  registrationCounts,
  setAttendance,
  showcasesOf,
  waitlistPosition,
} from './repository.js';
import { type EventsContext, notifyRegistration } from './notices.js';

/** Knowledge-sharing events: created by the ministry or a hub, public to read, registration for signed-in users. */

export const EVENT = { id: 'Acara', en: 'Event' };

/** The list's filters, range and page as the route parsed them. */
export type EventsListQuery = Omit<EventFilter, 'range'> & { from?: string; to?: string; page: number };

export async function eventViewer(ctx: RequestContext): Promise<EventViewer | null> {
  if (!ctx.user) return null;
  const v = await viewerOf(ctx);
  return { user: ctx.user, hubIds: v.hubs.map((h) => h.id) };
}

function toSummary(r: EventRow): EventSummary {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    mode: r.mode,
    location: r.location,
    startsAt: new Date(r.starts_at).toISOString(),
    endsAt: new Date(r.ends_at).toISOString(),
    timeZone: r.time_zone,
    capacity: r.capacity,
    registered: r.registered_count,
    hub: r.hub_id ? { id: r.hub_id, name: r.hub_name ?? '', provinceCode: r.hub_province ?? '' } : null,
    cancelled: r.cancelled_at !== null,
  };
}

/** One page of events (EVENTS_PAGE_SIZE a page); one row more is read to know whether a next page exists. */
export async function listEvents(ctx: RequestContext, when: 'upcoming' | 'past' | 'all', query: EventsListQuery) {
  const { from, to, page, ...filter } = query;
  const range = from && to ? { from: new Date(from), to: new Date(to) } : undefined;
  const rows = await listEventRows(ctx.db, when, ctx.now, { ...filter, range }, { limit: EVENTS_PAGE_SIZE + 1, offset: (page - 1) * EVENTS_PAGE_SIZE });
  return { items: rows.slice(0, EVENTS_PAGE_SIZE).map(toSummary), nextPage: rows.length > EVENTS_PAGE_SIZE ? page + 1 : null };
}

export async function findEvent(ctx: RequestContext, id: string): Promise<EventRow> {
  const row = await findEventRow(ctx.db, id);
  if (!row) throw errors.notFound(EVENT);
  return row;
}

export async function getEvent(ctx: RequestContext, id: string): Promise<EventView> {
  const row = await findEvent(ctx, id);
  const [showcased, materials, counts, viewer, position] = await Promise.all([
    showcasesOf(ctx.db, id),
    materialsOf(ctx.db, id),
    registrationCounts(ctx.db, id, ctx.user?.id ?? null),
    eventViewer(ctx),
    ctx.user ? waitlistPosition(ctx.db, id, ctx.user.id) : null,
  ]);
  // The showcased records' agency and summary come from the catalog's own cards (its tables are its own).
  const cards = new Map(
    (
      await searchItemsByIds(
        ctx.db,
        showcased.map((s) => s.innovation_id),
      )
    ).map((c) => [c.id, c]),
  );
  return {
    ...toSummary(row),
    description: row.description,
    onlineUrl: row.online_url,
    agenda: row.agenda,
    waitlisted: counts.waitlisted,
    showcased: showcased.map((s) => ({
      innovationId: s.innovation_id,
      title: s.title,
      agency: cards.get(s.innovation_id)?.agencyName ?? '',
      summary: cards.get(s.innovation_id)?.summary ?? '',
    })),
    materials: materials.map((m) => ({
      id: m.id,
      kind: m.kind,
      title: m.title,
      url: m.kind === 'document' ? `/api/events/${id}/materials/${m.id}/file` : m.url,
      filename: m.filename,
      sizeBytes: m.size_bytes,
    })),
    myRegistration: counts.mine,
    myPosition: position,
    can: { manage: mayManageEvent(viewer, row) },
  };
}

/** Creates an event with its agenda, showcased catalog records and video links, in one audited transaction. */
export async function createEvent(ctx: RequestContext, input: EventInput): Promise<EventView> {
  const viewer = (await eventViewer(ctx))!;
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (endsAt <= startsAt) throw fieldError('endsAt', { id: 'harus sesudah waktu mulai', en: 'must be after the start' }, 'EVENT_ENDS_BEFORE_START');
  if (input.mode !== 'online' && !input.location) throw fieldError('location', { id: 'wajib diisi untuk acara tatap muka', en: 'is required for an on-site event' });
  if (input.mode !== 'onsite' && !input.onlineUrl) throw fieldError('onlineUrl', { id: 'wajib diisi untuk acara daring', en: 'is required for an online event' });
  if (!mayCreateFor(viewer, input.hubId ?? null)) throw fieldError('hubId', { id: 'bukan hub yang Anda koordinasikan', en: 'is not a hub you coordinate' }, 'HUB_NOT_YOURS');
  // Showcased records must be published catalog records (read through the catalog's visibility rules).
  const showcased: { innovationId: string; title: string }[] = [];
  for (const [i, id] of [...new Set(input.showcased)].entries()) {
    const record = await getInnovation({ db: ctx.db, actor: ctx.actor, user: ctx.user }, id).catch(() => null);
    if (!record || record.workflowState !== 'published')
      throw fieldError(`showcased[${i}]`, { id: 'bukan inovasi yang terbit di katalog', en: 'is not a published catalog innovation' });
    showcased.push({ innovationId: record.id, title: record.title });
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await insertEvent(trx, {
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
      hub_id: input.hubId ?? null,
      created_by: viewer.user.id,
    });
    await insertShowcases(trx, newId, showcased);
    await insertVideos(trx, newId, input.videos);
    await appendAudit(trx, ctx.actor, { action: 'event.create', entityType: 'event', entityId: newId, after: { ...input } });
    return newId;
  });
  return getEvent(ctx, id);
}

export const eventOver = () => errors.conflict('EVENT_OVER', { id: 'Acara ini sudah selesai.', en: 'This event is over.' });
export const eventCancelled = () => errors.conflict('EVENT_CANCELLED', { id: 'Acara ini dibatalkan.', en: 'This event was cancelled.' });

/** Registers the caller: a seat while any is left (counted atomically), else the waiting list; the caller is told which. */
export async function registerForEvent(ctx: EventsContext, id: string) {
  if (!ctx.user) throw errors.unauthenticated();
  const user = ctx.user;
  const event = await findEvent(ctx, id);
  if (event.cancelled_at) throw eventCancelled();
  if (new Date(event.ends_at) <= ctx.now) throw eventOver();
  return ctx.db.transaction().execute(async (trx) => {
    const result = await register(trx, id, user.id);
    if (result === 'duplicate') throw errors.conflict('ALREADY_REGISTERED', { id: 'Anda sudah terdaftar di acara ini.', en: 'You are already registered for this event.' });
    const position = result === 'waitlisted' ? await waitlistPosition(trx, id, user.id) : null;
    await appendAudit(trx, ctx.actor, { action: 'event.register', entityType: 'event', entityId: id, after: { userId: user.id, status: result } });
    await notifyRegistration(trx, ctx, event, user.id, result, position);
    return { eventId: id, status: result, position };
  });
}

export async function recordAttendance(ctx: RequestContext, id: string, input: z.infer<typeof attendanceBody>) {
  const event = await findEvent(ctx, id);
  if (!mayManageEvent(await eventViewer(ctx), event)) throw errors.forbidden();
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const n = await setAttendance(trx, id, input.userIds, input.attended);
    await appendAudit(trx, ctx.actor, { action: 'event.attendance', entityType: 'event', entityId: id, after: { ...input, updated: n } });
    return n;
  });
  return { updated };
}
