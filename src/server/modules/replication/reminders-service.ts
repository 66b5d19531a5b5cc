import { todayWib } from '../../../common/replication.js';
import { appendAudit, SYSTEM_ACTOR } from '../../audit/audit-log.js';
import type { Db } from '../../db/types.js';
import { notify } from '../notifications/service.js';
import { claimMilestonesToRemind, markReminded } from './cases-repository.js';

/**
 * Milestone reminders through the notification path (in-app, and e-mail by each recipient's preference): once when a milestone of a case in progress falls
 * due within 7 days, once when it is overdue. Recipients: the assigned mentor and the adopter's
 * requester. Rows are claimed with `for update skip locked`, so several processes running this
 * send each reminder once; the marks are written in the same transaction as the e-mails.
 */
export async function queueMilestoneReminders(db: Db, now = new Date(), options: { publicUrl?: string } = {}): Promise<number> {
  const today = todayWib(now);
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  return db.transaction().execute(async (trx) => {
    const rows = await claimMilestonesToRemind(trx, today, soon);
    let queued = 0;
    for (const r of rows) {
      const overdue = r.kind === 'overdue';
      const recipients = [...new Set([r.mentor_user_id, r.requester_user_id].filter((id): id is string => !!id))].map((userId) => ({ userId }));
      // One notification path: in-app for both, e-mail now or in the digest as each person chose.
      const sent = await notify(trx, {
        recipients,
        kind: 'replication.milestone_due',
        params: { innovation: r.source_title, milestone: r.title, due: overdue ? `${r.due_on} (terlambat / overdue)` : r.due_on },
        link: `/replikasi/${r.case_id}`,
        publicUrl: options.publicUrl,
      });
      queued += sent.inApp;
      await markReminded(trx, r.id, r.kind, now);
    }
    if (rows.length > 0) {
      await appendAudit(trx, SYSTEM_ACTOR, {
        action: 'replication.reminders',
        entityType: 'replication_milestone',
        entityId: null,
        after: { milestones: rows.map((r) => ({ id: r.id, kind: r.kind })), emails: queued },
      });
    }
    return queued;
  });
}
