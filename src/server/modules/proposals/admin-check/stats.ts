import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { errors } from '../../../http/errors.js';
import { competitionExists } from '../../competitions/read-model.js';
import type { Counts, StatsView } from './schemas.js';
import { countBy, type CountRow } from './stats-repository.js';

/**
 * Live counts of a call for the ministry: every proposal by lifecycle stage, broken down by
 * group, category, province and participant type (stats-repository.ts), never stale.
 */
function toCounts(r: CountRow): Counts {
  return {
    registered: r.registered,
    drafting: r.drafting,
    ready: r.ready,
    returned: r.returned,
    submitted: r.submitted,
    late: r.late,
    withdrawn: r.withdrawn,
    checkPending: r.check_pending,
    checkPassed: r.check_passed,
    checkFailed: r.check_failed,
  };
}

export async function competitionStats(db: Kysely<Database>, competitionId: string, now: Date): Promise<StatsView> {
  if (!(await competitionExists(db, competitionId))) throw errors.notFound({ id: 'Kompetisi', en: 'Competition' });
  const [totals, byGroup, byCategory, byProvince, byType] = [
    await countBy(db, competitionId, 'all'),
    await countBy(db, competitionId, 'group'),
    await countBy(db, competitionId, 'category'),
    await countBy(db, competitionId, 'province'),
    await countBy(db, competitionId, 'participantType'),
  ];
  const empty: CountRow = {
    key: 'all',
    label: 'all',
    registered: 0,
    drafting: 0,
    ready: 0,
    returned: 0,
    submitted: 0,
    late: 0,
    withdrawn: 0,
    check_pending: 0,
    check_passed: 0,
    check_failed: 0,
  };
  const rows = (list: CountRow[]) => list.map((r) => ({ key: r.key ?? '-', label: r.label ?? '-', ...toCounts(r) }));
  return {
    competitionId,
    generatedAt: now.toISOString(),
    totals: toCounts(totals[0] ?? empty),
    byGroup: rows(byGroup),
    byCategory: rows(byCategory),
    byProvince: rows(byProvince),
    byParticipantType: rows(byType),
  };
}
