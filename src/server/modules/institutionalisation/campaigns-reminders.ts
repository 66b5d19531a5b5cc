import { appendAudit, SYSTEM_ACTOR } from '../../audit/audit-log.js';
import type { Db } from '../../db/types.js';
import { notify } from '../notifications/service.js';
import { activeStaffOf } from '../users/contacts.js';
import { claimReminder, selectAgenciesPending, selectCampaignsDueReminder } from './campaigns-repository.js';

/** Days before the close when the first reminder goes out. */
export const REMINDER_DAYS_BEFORE = 7;

/**
 * Campaign reminders through the one notification path (in-app, and e-mail by each person's
 * preference): once 7 days before the close, once after it, to the admins and operators of every
 * agency with unanswered records, each told how many of theirs are pending. Each reminder is
 * claimed in `update_campaign_reminders` in the transaction that queues it, so several processes
 * or runs send it once. Run by the housekeeping timer in main.ts.
 */
export async function queueCampaignReminders(db: Db, now = new Date(), options: { publicUrl?: string } = {}): Promise<number> {
  const due = await selectCampaignsDueReminder(db, now, REMINDER_DAYS_BEFORE);
  let queued = 0;
  for (const c of due) {
    queued += await db.transaction().execute(async (trx) => {
      const pending = await selectAgenciesPending(trx, c.id);
      if (!(await claimReminder(trx, c.id, c.kind, pending.length))) return 0;
      const staff = await activeStaffOf(
        trx,
        pending.map((p) => p.agency_id),
      );
      let sent = 0;
      for (const p of pending) {
        const recipients = staff.filter((s) => s.agency_id === p.agency_id).map((s) => ({ userId: s.id }));
        if (!recipients.length) continue;
        // The close goes as an instant: each recipient's template writes it in their language (WIB).
        const result = await notify(trx, {
          recipients,
          kind: 'campaign.reminder',
          params: { campaign: c.title, closesAt: new Date(c.closes_at).toISOString(), passed: c.kind === 'after', pending: Number(p.pending) },
          link: `/pemutakhiran/${c.id}`,
          publicUrl: options.publicUrl,
        });
        sent += result.inApp;
      }
      await appendAudit(trx, SYSTEM_ACTOR, {
        action: 'campaign.reminders',
        entityType: 'update_campaign',
        entityId: c.id,
        after: { kind: c.kind, agencies: pending.length, notified: sent },
      });
      return sent;
    });
  }
  return queued;
}
