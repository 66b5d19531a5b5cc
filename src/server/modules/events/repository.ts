import { sql } from 'kysely';
import type { DbOrTrx, Trx } from '../../db/types.js';
import { EVENT_DAYS_SHOWN } from '../../../common/event-calendar.js';
import { hubsView } from '../replication/read-model.js';

/** The only place that builds queries on the event tables. */

const summary = (db: DbOrTrx) =>
  db
    .selectFrom('events as e')
    .leftJoin(hubsView(db, 'h'), 'h.id', 'e.hub_id')
    .select([
      'e.id',
      'e.title',
      'e.kind',
      'e.mode',
      'e.location',
      'e.online_url',
      'e.description',
      'e.starts_at',
      'e.ends_at',
      'e.time_zone',
      'e.capacity',
      'e.registered_count',
      'e.agenda',
      'e.hub_id',
      'h.name as hub_name',
      'h.province_code as hub_province',
      'e.created_by',
      'e.updated_at',
      'e.cancelled_at',
    ]);

export type EventRow = Awaited<ReturnType<ReturnType<typeof summary>['executeTakeFirstOrThrow']>>;

export interface EventFilter {
  kind?: EventRow['kind'];
  mode?: EventRow['mode'];
  /** The hub's province; 'national' for events without a hub. */
  province?: string;
  /** Only the events on at some moment in [from, to) (the calendar's month). */
  range?: { from: Date; to: Date };
}

/**
 * One page of events (`limit` rows from `offset`, ordered by start, then id so pages never
 * overlap). A range is read through the index on `starts_at`: an event on in the range started
 * before its end and, as the calendar draws at most EVENT_DAYS_SHOWN days of an event, no
 * earlier than that many days before its start.
 */
export function listEventRows(db: DbOrTrx, when: 'upcoming' | 'past' | 'all', now: Date, filter: EventFilter = {}, page = { limit: 500, offset: 0 }): Promise<EventRow[]> {
  let q = summary(db);
  if (when === 'upcoming') q = q.where('e.ends_at', '>=', now);
  if (when === 'past') q = q.where('e.ends_at', '<', now);
  if (filter.kind) q = q.where('e.kind', '=', filter.kind);
  if (filter.mode) q = q.where('e.mode', '=', filter.mode);
  if (filter.province === 'national') q = q.where('e.hub_id', 'is', null);
  else if (filter.province) q = q.where('h.province_code', '=', filter.province);
  if (filter.range)
    q = q
      .where('e.starts_at', '>=', new Date(filter.range.from.getTime() - EVENT_DAYS_SHOWN * 86_400_000))
      .where('e.starts_at', '<', filter.range.to)
      .where('e.ends_at', '>', filter.range.from);
  const order = when === 'past' ? 'desc' : 'asc';
  return q.orderBy('e.starts_at', order).orderBy('e.id', order).limit(page.limit).offset(page.offset).execute();
}

export function findEventRow(db: DbOrTrx, id: string): Promise<EventRow | undefined> {
  return summary(db).where('e.id', '=', id).executeTakeFirst();
}

export async function insertEvent(
  trx: Trx,
  values: {
    title: string;
    kind: EventRow['kind'];
    mode: EventRow['mode'];
    location: string | null;
    online_url: string | null;
    description: string;
    starts_at: Date;
    ends_at: Date;
    time_zone: EventRow['time_zone'];
    capacity: number;
    agenda: string;
    hub_id: string | null;
    created_by: string;
  },
): Promise<string> {
  return (await trx.insertInto('events').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** The event row under lock, for a change that must not race with registrations or another edit. */
export function lockEvent(trx: Trx, id: string) {
  return trx.selectFrom('events').select(['id', 'capacity', 'registered_count', 'cancelled_at', 'starts_at', 'ends_at']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateEventRow(trx: Trx, id: string, values: Omit<Parameters<typeof insertEvent>[1], 'hub_id' | 'created_by'> & { updated_at: Date }): Promise<void> {
  await trx.updateTable('events').set(values).where('id', '=', id).execute();
}

export async function cancelEventRow(trx: Trx, id: string, at: Date): Promise<void> {
  await trx.updateTable('events').set({ cancelled_at: at, updated_at: at }).where('id', '=', id).execute();
}

export async function replaceShowcases(trx: Trx, eventId: string, items: readonly { innovationId: string; title: string }[]): Promise<void> {
  // Records with interests stay (the interest names them); the rest follow the new list.
  const keep = items.map((i) => i.innovationId);
  let del = trx
    .deleteFrom('event_showcases')
    .where('event_id', '=', eventId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('event_interests as i')
            .select('i.id')
            .whereRef('i.event_id', '=', 'event_showcases.event_id')
            .whereRef('i.innovation_id', '=', 'event_showcases.innovation_id'),
        ),
      ),
    );
  if (keep.length) del = del.where('innovation_id', 'not in', keep);
  await del.execute();
  if (items.length)
    await trx
      .insertInto('event_showcases')
      .values(items.map((i) => ({ event_id: eventId, innovation_id: i.innovationId, title: i.title })))
      .onConflict((oc) => oc.columns(['event_id', 'innovation_id']).doNothing())
      .execute();
}

export async function insertShowcases(trx: Trx, eventId: string, items: readonly { innovationId: string; title: string }[]): Promise<void> {
  if (items.length)
    await trx
      .insertInto('event_showcases')
      .values(items.map((i) => ({ event_id: eventId, innovation_id: i.innovationId, title: i.title })))
      .execute();
}

export async function insertVideos(trx: Trx, eventId: string, items: readonly { title: string; url: string }[]): Promise<void> {
  if (items.length)
    await trx
      .insertInto('event_materials')
      .values(items.map((i) => ({ event_id: eventId, kind: 'video' as const, title: i.title, url: i.url })))
      .execute();
}

export function showcasesOf(db: DbOrTrx, eventId: string) {
  return db.selectFrom('event_showcases as s').select(['s.innovation_id', 's.title']).where('s.event_id', '=', eventId).orderBy('s.title').execute();
}

export function materialsOf(db: DbOrTrx, eventId: string) {
  return db
    .selectFrom('event_materials')
    .select(['id', 'kind', 'title', 'url', 'filename', 'size_bytes'])
    .where('event_id', '=', eventId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function registrationCounts(db: DbOrTrx, eventId: string, userId: string | null) {
  const row = await db
    .selectFrom('event_registrations')
    .select((eb) => [
      eb.fn.countAll<string>().filterWhere('status', '=', 'waitlisted').as('waitlisted'),
      sql<string | null>`max(case when user_id = ${userId}::uuid then status end)`.as('mine'),
    ])
    .where('event_id', '=', eventId)
    .executeTakeFirstOrThrow();
  return { waitlisted: Number(row.waitlisted), mine: row.mine as 'registered' | 'waitlisted' | null };
}

/**
 * Registers a user: the registration row first (one per event and user: a second is refused by
 * the unique key, nothing else changes), then a seat is taken with ONE conditional update —
 * the count rises only while under the capacity, so concurrent registrations can never pass it;
 * without a seat the registration waits in line.
 */
export async function register(trx: Trx, eventId: string, userId: string): Promise<'registered' | 'waitlisted' | 'duplicate'> {
  const inserted = await trx
    .insertInto('event_registrations')
    .values({ event_id: eventId, user_id: userId, status: 'waitlisted' })
    .onConflict((oc) => oc.columns(['event_id', 'user_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return 'duplicate';
  const seat = await trx
    .updateTable('events')
    .set((eb) => ({ registered_count: eb('registered_count', '+', 1) }))
    .where('id', '=', eventId)
    .whereRef('registered_count', '<', 'capacity')
    .returning('registered_count')
    .executeTakeFirst();
  if (!seat) return 'waitlisted';
  await trx.updateTable('event_registrations').set({ status: 'registered' }).where('id', '=', inserted.id).execute();
  return 'registered';
}

export async function waitlistPosition(db: DbOrTrx, eventId: string, userId: string): Promise<number | null> {
  const row = await sql<{ position: string | null }>`
    select (select count(*) from event_registrations o where o.event_id = r.event_id and o.status = 'waitlisted' and (o.created_at, o.id) <= (r.created_at, r.id)) as position
      from event_registrations r where r.event_id = ${eventId}::uuid and r.user_id = ${userId}::uuid and r.status = 'waitlisted'
  `.execute(db);
  return row.rows[0]?.position ? Number(row.rows[0].position) : null;
}

export async function setAttendance(trx: Trx, eventId: string, userIds: readonly string[], attended: boolean): Promise<number> {
  const r = await trx
    .updateTable('event_registrations')
    .set({ attended })
    .where('event_id', '=', eventId)
    .where('user_id', 'in', [...userIds])
    .where('status', '=', 'registered')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export function isShowcased(db: DbOrTrx, eventId: string, innovationId: string) {
  return db.selectFrom('event_showcases').select('title').where('event_id', '=', eventId).where('innovation_id', '=', innovationId).executeTakeFirst();
}

export function findInterest(db: DbOrTrx, eventId: string, innovationId: string, agencyId: string) {
  return db
    .selectFrom('event_interests')
    .select(['id', 'case_id'])
    .where('event_id', '=', eventId)
    .where('innovation_id', '=', innovationId)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
}

export async function insertInterest(trx: Trx, values: { event_id: string; innovation_id: string; agency_id: string; user_id: string; case_id: string | null }): Promise<string> {
  return (await trx.insertInto('event_interests').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export function interestRows(db: DbOrTrx, eventId: string) {
  return db
    .selectFrom('event_interests as i')
    .innerJoin('event_showcases as s', (j) => j.onRef('s.event_id', '=', 'i.event_id').onRef('s.innovation_id', '=', 'i.innovation_id'))
    .innerJoin('agencies as a', 'a.id', 'i.agency_id')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .select(['i.id', 'i.innovation_id', 's.title', 'a.name as agency_name', 'u.name as user_name', 'u.email', 'i.case_id', 'i.created_at'])
    .where('i.event_id', '=', eventId)
    .orderBy('i.created_at')
    .execute();
}
