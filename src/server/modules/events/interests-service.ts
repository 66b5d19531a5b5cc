import { appendAudit } from '../../audit/audit-log.js';
import { workbookBuffer } from '../../exports/xlsx.js';
import { AppError, errors } from '../../http/errors.js';
import type { RequestContext } from '../../http/request-context.js';
import { asDuplicateRequest, requestReplicationIn } from '../replication/cases-service.js';
import { type EventsContext, notifyInterest } from './notices.js';
import { fieldError } from '../replication/context.js';
import { mayManageEvent } from './policy.js';
import { findInterest, insertInterest, interestRows, isShowcased } from './repository.js';
import { eventViewer, findEvent } from './service.js';

/**
 * "Saya tertarik mereplikasi": a visitor marks a showcased innovation; the interest becomes a
 * replication request for the visitor's agency. The replication module has no draft state, so
 * the request is created through its service in this transaction (`requestReplicationIn`, state `requested`, with a
 * problem statement naming the event) — the agency can still withdraw it by stopping the case.
 * An agency that already has an open request for the record keeps it: the interest is recorded
 * without a new case.
 */
const alreadyInterested = () =>
  errors.conflict('ALREADY_INTERESTED', {
    id: 'Minat instansi Anda pada inovasi ini sudah tercatat di acara ini.',
    en: "Your agency's interest in this innovation is already recorded at this event.",
  });

export async function markInterest(ctx: EventsContext, eventId: string, innovationId: string) {
  const user = ctx.user;
  if (!user?.agencyId) throw errors.forbidden();
  const agencyId = user.agencyId;
  const event = await findEvent(ctx, eventId);
  const showcase = await isShowcased(ctx.db, eventId, innovationId);
  if (!showcase) throw fieldError('innovationId', { id: 'tidak dipamerkan di acara ini', en: 'is not showcased at this event' }, 'NOT_SHOWCASED');
  if (await findInterest(ctx.db, eventId, innovationId, agencyId)) {
    throw alreadyInterested();
  }
  const problem = `Tertarik mereplikasi "${showcase.title}" setelah melihatnya di acara "${event.title}". Masalah yang ingin diatasi akan dilengkapi.`;
  try {
    // One transaction: the replication request (requestReplicationIn, same trx), the interest, the audit, the organiser's notification.
    return await ctx.db.transaction().execute(async (trx) => {
      let caseId: string | null = null;
      try {
        caseId = await requestReplicationIn(trx, ctx, {
          sourceInnovationId: innovationId,
          problem,
          context: `Minat dicatat di acara "${event.title}" oleh ${user.name}.`,
          leadName: user.name.length >= 3 ? user.name : `${user.name} (PIC)`,
        });
      } catch (e) {
        // Refused before anything was written: the agency keeps its open request.
        if (!(e instanceof AppError && e.code === 'DUPLICATE_REQUEST')) throw e;
      }
      const id = await insertInterest(trx, { event_id: eventId, innovation_id: innovationId, agency_id: agencyId, user_id: user.id, case_id: caseId });
      await appendAudit(trx, ctx.actor, { action: 'event.interest', entityType: 'event', entityId: eventId, after: { innovationId, agencyId, caseId } });
      await notifyInterest(trx, ctx, event, { innovation: showcase.title, agency: user.agencyName ?? user.name });
      return { id, eventId, innovationId, caseId };
    });
  } catch (e) {
    if ((e as { code?: string })?.code === '23505' && String((e as { constraint?: string }).constraint ?? '').includes('event_interests')) throw alreadyInterested();
    throw asDuplicateRequest(e);
  }
}

/** The organiser's list of interests for one event, as a workbook. */
export async function interestsWorkbook(ctx: RequestContext, eventId: string): Promise<Buffer> {
  const event = await findEvent(ctx, eventId);
  if (!mayManageEvent(await eventViewer(ctx), event)) throw errors.forbidden();
  const rows = await interestRows(ctx.db, eventId);
  return workbookBuffer([
    {
      name: 'Minat replikasi',
      columns: [
        { header: 'Inovasi', key: 'title', width: 45 },
        { header: 'Instansi', key: 'agency', width: 35 },
        { header: 'Nama', key: 'name', width: 25 },
        { header: 'E-mail', key: 'email', width: 30 },
        { header: 'Permintaan replikasi', key: 'caseId', width: 38 },
        { header: 'Waktu', key: 'at', width: 22 },
      ],
      rows: rows.map((r) => ({ title: r.title, agency: r.agency_name, name: r.user_name, email: r.email, caseId: r.case_id ?? '', at: new Date(r.created_at) })),
    },
  ]);
}
