import type { RequestContext } from '../../http/request-context.js';
import { calendar } from './domain/ics.js';
import { listEventRows } from './repository.js';
import { findEvent } from './service.js';

/** iCalendar files: one per event, and a feed of every event (past ones too, so subscribed calendars keep them). */
const toCalendarEvent = (publicUrl: string) => (r: Awaited<ReturnType<typeof findEvent>>) => ({
  uid: `${r.id}@simpul`,
  title: r.title,
  description: r.description,
  location: r.mode === 'online' ? r.online_url : r.location,
  url: `${publicUrl.replace(/\/$/, '')}/acara/${r.id}`,
  startsAt: new Date(r.starts_at),
  endsAt: new Date(r.ends_at),
  updatedAt: new Date(r.updated_at),
});

export async function eventIcs(ctx: RequestContext, id: string, publicUrl: string): Promise<string> {
  return calendar([toCalendarEvent(publicUrl)(await findEvent(ctx, id))], 'Acara Simpul');
}

export async function eventsFeedIcs(ctx: RequestContext, publicUrl: string): Promise<string> {
  return calendar((await listEventRows(ctx.db, 'all', ctx.now)).map(toCalendarEvent(publicUrl)), 'Acara berbagi pengetahuan Simpul');
}
