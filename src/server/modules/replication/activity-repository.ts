import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/types.js';

/**
 * Mentor activity: mentoring log entries (and of them, visits in person: `visit`, `study_visit`)
 * on the cases each mentor is assigned to, per calendar month of the entry's date.
 */
export function mentorActivityRows(db: DbOrTrx, range: { from: string; to: string; hubId?: string }) {
  let q = db
    .selectFrom('replication_logs as l')
    .innerJoin('replication_cases as c', 'c.id', 'l.case_id')
    .innerJoin('mentors as m', 'm.id', 'c.mentor_id')
    .select([
      'm.id as mentor_id',
      sql<string>`to_char(l.held_on, 'YYYY-MM')`.as('month'),
      sql<number>`count(*)::int`.as('entries'),
      sql<number>`(count(*) filter (where l.mode in ('visit', 'study_visit')))::int`.as('visits'),
    ])
    .where(sql<boolean>`l.held_on >= ${range.from}::date`)
    .where(sql<boolean>`l.held_on <= ${range.to}::date`);
  if (range.hubId) q = q.where('m.hub_id', '=', range.hubId);
  return q.groupBy(['m.id', sql`to_char(l.held_on, 'YYYY-MM')`]).execute();
}
