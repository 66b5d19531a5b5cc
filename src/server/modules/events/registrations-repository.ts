import type { DbOrTrx, Trx } from '../../db/types.js';

/** Queries on `event_registrations` beyond taking a seat (repository.ts): the organiser's list, cancelling, the waiting line. */

export function registrationList(db: DbOrTrx, eventId: string) {
  return db
    .selectFrom('event_registrations as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .leftJoin('agencies as a', 'a.id', 'u.agency_id')
    .select(['r.user_id', 'u.name', 'u.email', 'a.name as agency_name', 'r.status', 'r.attended', 'r.created_at'])
    .where('r.event_id', '=', eventId)
    .orderBy('r.status')
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
}

/** Everyone on the event's list (seat or waiting), to tell them about a change. */
export async function registrantIds(db: DbOrTrx, eventId: string): Promise<string[]> {
  return (await db.selectFrom('event_registrations').select('user_id').where('event_id', '=', eventId).execute()).map((r) => r.user_id);
}

/** Removes the caller's registration; returns what it was (null when there was none). */
export async function removeRegistration(trx: Trx, eventId: string, userId: string): Promise<'registered' | 'waitlisted' | null> {
  const row = await trx.deleteFrom('event_registrations').where('event_id', '=', eventId).where('user_id', '=', userId).returning('status').executeTakeFirst();
  return row?.status ?? null;
}

export async function releaseSeat(trx: Trx, eventId: string): Promise<void> {
  await trx
    .updateTable('events')
    .set((eb) => ({ registered_count: eb('registered_count', '-', 1) }))
    .where('id', '=', eventId)
    .where('registered_count', '>', 0)
    .execute();
}

/**
 * Moves the first person in line to a seat, if a seat is free: the seat is taken with the same
 * conditional UPDATE as a registration (never past the capacity). Returns the promoted user, or
 * null when nobody waits or no seat is free. Call under the event's lock.
 */
export async function promoteNext(trx: Trx, eventId: string): Promise<string | null> {
  const next = await trx
    .selectFrom('event_registrations')
    .select(['id', 'user_id'])
    .where('event_id', '=', eventId)
    .where('status', '=', 'waitlisted')
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
  if (!next) return null;
  const seat = await trx
    .updateTable('events')
    .set((eb) => ({ registered_count: eb('registered_count', '+', 1) }))
    .where('id', '=', eventId)
    .whereRef('registered_count', '<', 'capacity')
    .returning('id')
    .executeTakeFirst();
  if (!seat) return null;
  await trx.updateTable('event_registrations').set({ status: 'registered' }).where('id', '=', next.id).execute();
  return next.user_id;
}
