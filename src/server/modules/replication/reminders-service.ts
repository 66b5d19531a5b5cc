import { todayWib } from '../../../common/replication.js';
import { appendAudit, SYSTEM_ACTOR } from '../../audit/audit-log.js';
import type { Db } from '../../db/types.js';
import { enqueueEmail } from '../../notifications/outbox.js';
import { claimMilestonesToRemind, markReminded } from './cases-repository.js';

/**
 * Milestone reminders into the e-mail outbox: once when a milestone of a case in progress falls
 * due within 7 days, once when it is overdue. Recipients: the assigned mentor and the adopter's
 * requester. Rows are claimed with `for update skip locked`, so several processes running this
 * send each reminder once; the marks are written in the same transaction as the e-mails.
 */
export async function queueMilestoneReminders(db: Db, now = new Date()): Promise<number> {
  const today = todayWib(now);
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  return db.transaction().execute(async (trx) => {
    const rows = await claimMilestonesToRemind(trx, today, soon);
    let queued = 0;
    for (const r of rows) {
      const overdue = r.kind === 'overdue';
      const subject = overdue ? `[Simpul] Tonggak replikasi terlambat: ${r.title}` : `[Simpul] Tonggak replikasi jatuh tempo ${r.due_on}: ${r.title}`;
      const body = [
        `Replikasi "${r.source_title}"`,
        `Tonggak: ${r.title} — tenggat ${r.due_on}${overdue ? ' (terlambat)' : ''}.`,
        `Milestone: ${r.title} — due ${r.due_on}${overdue ? ' (overdue)' : ''}.`,
        `/replikasi/${r.case_id}`,
      ].join('\n');
      for (const to of new Set([r.mentor_email, r.requester_email].filter((e): e is string => !!e))) {
        await enqueueEmail(trx, { to, subject, body });
        queued += 1;
      }
      await markReminded(trx, r.id, r.kind, now);
    }
    if (rows.length > 0) {
      await appendAudit(trx, SYSTEM_ACTOR, { action: 'replication.reminders', entityType: 'replication_milestone', entityId: null, after: { milestones: rows.map((r) => ({ id: r.id, kind: r.kind })), emails: queued } });
    }
    return queued;
  });
}
