import { formatDateTime } from '../../../common/format.js';
import type { Trx } from '../../db/types.js';
import type { RequestContext } from '../../http/request-context.js';
import { notify } from '../notifications/service.js';
import type { EventRow } from './repository.js';

/**
 * What events tell people, always through notify() inside the caller's transaction: the
 * registrant (seat confirmed or place in line), the one promoted from the line, every registrant
 * when the event changes or is cancelled, the organiser (creator) on a new interest.
 */
export interface EventsContext extends RequestContext {
  /** Base URL for links in e-mails (config.publicUrl). */
  publicUrl?: string;
}

type EventFacts = Pick<EventRow, 'id' | 'title' | 'starts_at' | 'time_zone' | 'created_by'>;

const when = (e: Pick<EventRow, 'starts_at' | 'time_zone'>) => formatDateTime(new Date(e.starts_at), 'id', e.time_zone);
const link = (e: EventFacts) => `/acara/${e.id}`;

export async function notifyRegistration(trx: Trx, ctx: EventsContext, e: EventFacts, userId: string, status: 'registered' | 'waitlisted', position: number | null) {
  await notify(trx, {
    recipients: [{ userId }],
    kind: 'event.registration',
    params: { event: e.title, when: when(e), status, position },
    link: link(e),
    publicUrl: ctx.publicUrl,
  });
}

export async function notifyPromoted(trx: Trx, ctx: EventsContext, e: EventFacts, userIds: readonly string[]) {
  if (!userIds.length) return;
  await notify(trx, {
    recipients: userIds.map((userId) => ({ userId })),
    kind: 'event.promoted',
    params: { event: e.title, when: when(e) },
    link: link(e),
    publicUrl: ctx.publicUrl,
  });
}

export async function notifyChanged(trx: Trx, ctx: EventsContext, e: EventFacts, userIds: readonly string[], cancelled: boolean) {
  if (!userIds.length) return;
  await notify(trx, {
    recipients: userIds.map((userId) => ({ userId })),
    kind: 'event.changed',
    params: { event: e.title, when: when(e), cancelled },
    link: link(e),
    publicUrl: ctx.publicUrl,
  });
}

export async function notifyInterest(trx: Trx, ctx: EventsContext, e: EventFacts, p: { innovation: string; agency: string }) {
  if (!e.created_by) return;
  await notify(trx, {
    recipients: [{ userId: e.created_by }],
    kind: 'event.interest',
    params: { event: e.title, ...p },
    link: `/acara/${e.id}/kelola`,
    publicUrl: ctx.publicUrl,
  });
}
