import type { Trx } from '../../db/types.js';
import type { RequestContext } from '../../http/request-context.js';
import { notify } from '../notifications/service.js';
import { hubCoordinatorIds } from '../replication/hubs-service.js';
import { activeUserIdsByRole } from '../users/contacts.js';
import type { EventRow } from './repository.js';

/**
 * What events tell people, always through notify() inside the caller's transaction: the
 * registrant (seat confirmed or place in line), the one promoted from the line, every registrant
 * when the event changes or is cancelled, the organisers on a new interest. The start is passed
 * as an instant with the event's zone, so each recipient reads it in their own language.
 */
export interface EventsContext extends RequestContext {
  /** Base URL for links in e-mails (config.publicUrl). */
  publicUrl?: string;
}

type EventFacts = Pick<EventRow, 'id' | 'title' | 'starts_at' | 'time_zone' | 'created_by' | 'hub_id'>;

const when = (e: Pick<EventRow, 'starts_at' | 'time_zone'>) => ({ startsAt: new Date(e.starts_at).toISOString(), zone: e.time_zone });
const link = (e: EventFacts) => `/acara/${e.id}`;

export async function notifyRegistration(trx: Trx, ctx: EventsContext, e: EventFacts, userId: string, status: 'registered' | 'waitlisted', position: number | null) {
  await notify(trx, {
    recipients: [{ userId }],
    kind: 'event.registration',
    params: { event: e.title, ...when(e), status, position },
    link: link(e),
    publicUrl: ctx.publicUrl,
  });
}

export async function notifyPromoted(trx: Trx, ctx: EventsContext, e: EventFacts, userIds: readonly string[]) {
  if (!userIds.length) return;
  await notify(trx, {
    recipients: userIds.map((userId) => ({ userId })),
    kind: 'event.promoted',
    params: { event: e.title, ...when(e) },
    link: link(e),
    publicUrl: ctx.publicUrl,
  });
}

export async function notifyChanged(trx: Trx, ctx: EventsContext, e: EventFacts, userIds: readonly string[], cancelled: boolean) {
  if (!userIds.length) return;
  await notify(trx, {
    recipients: userIds.map((userId) => ({ userId })),
    kind: 'event.changed',
    params: { event: e.title, ...when(e), cancelled },
    link: link(e),
    publicUrl: ctx.publicUrl,
  });
}

/**
 * Whoever may see an event's interests (policy `mayManageEvent`) and organises it: its creator and,
 * for a hub's event, the hub's coordinators; for the ministry's own event (no hub), the ministry's
 * admins. Deactivated accounts are skipped by notify().
 */
export async function eventOrganisers(trx: Trx, e: Pick<EventFacts, 'created_by' | 'hub_id'>): Promise<string[]> {
  const others = e.hub_id ? await hubCoordinatorIds(trx, e.hub_id) : await activeUserIdsByRole(trx, ['ministry_admin']);
  return [...new Set([...(e.created_by ? [e.created_by] : []), ...others])];
}

export async function notifyInterest(trx: Trx, ctx: EventsContext, e: EventFacts, p: { innovation: string; agency: string }) {
  const organisers = await eventOrganisers(trx, e);
  if (!organisers.length) return;
  await notify(trx, {
    recipients: organisers.map((userId) => ({ userId })),
    kind: 'event.interest',
    params: { event: e.title, ...p },
    link: `/acara/${e.id}/kelola`,
    publicUrl: ctx.publicUrl,
  });
}
