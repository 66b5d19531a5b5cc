import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { errors } from '../../../http/errors.js';
import type { Counts, StatsView } from './schemas.js';

/**
 * Live counts of a call for the ministry: every proposal by lifecycle stage, broken down by
 * group, category, province and participant type. Computed from the tables on each request
 * (an index on (competition_id, status) keeps it to one pass per dimension), so they are never stale.
 */
const COUNT_COLUMNS = sql`
  count(*) filter (where p.status <> 'withdrawn')::int as registered,
  count(*) filter (where p.status = 'draft')::int as drafting,
  count(*) filter (where p.status = 'ready')::int as ready,
  count(*) filter (where p.status = 'returned')::int as returned,
  count(*) filter (where p.status = 'submitted')::int as submitted,
  count(*) filter (where p.status = 'submitted' and p.late_seconds is not null)::int as late,
  count(*) filter (where p.status = 'withdrawn')::int as withdrawn,
  count(*) filter (where p.status = 'submitted' and ac.status = 'pending')::int as check_pending,
  count(*) filter (where p.status = 'submitted' and ac.status = 'passed')::int as check_passed,
  count(*) filter (where p.status = 'submitted' and ac.status = 'failed')::int as check_failed`;

interface CountRow {
  key: string | null;
  label: string | null;
  registered: number;
  drafting: number;
  ready: number;
  returned: number;
  submitted: number;
  late: number;
  withdrawn: number;
  check_pending: number;
  check_passed: number;
  check_failed: number;
}

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

async function countBy(db: Kysely<Database>, competitionId: string, key: RawBuilder<unknown>, label: RawBuilder<unknown>, order: RawBuilder<unknown>) {
  const result = await sql<CountRow>`
    select ${key} as key, ${label} as label, ${COUNT_COLUMNS}
    from proposals p
    left join proposal_admin_checks ac on ac.proposal_id = p.id
    left join competition_groups g on g.id = p.group_id
    left join competition_categories k on k.id = p.category_id
    left join agencies a on a.id = p.agency_id
    left join regions r on r.code = split_part(a.region_code, '.', 1)
    where p.competition_id = ${competitionId}
    group by 1, 2
    order by ${order}`.execute(db);
  return result.rows;
}

export async function competitionStats(db: Kysely<Database>, competitionId: string, now: Date): Promise<StatsView> {
  const exists = await db.selectFrom('competitions').select('id').where('id', '=', competitionId).executeTakeFirst();
  if (!exists) throw errors.notFound({ id: 'Kompetisi', en: 'Competition' });
  const [totals, byGroup, byCategory, byProvince, byType] = [
    await countBy(db, competitionId, sql`'all'`, sql`'all'`, sql`1`),
    await countBy(db, competitionId, sql`g.code`, sql`g.name`, sql`min(g.position)`),
    await countBy(db, competitionId, sql`k.code`, sql`k.name`, sql`min(k.position)`),
    await countBy(db, competitionId, sql`coalesce(r.code, '-')`, sql`coalesce(r.name, 'Tanpa wilayah (masyarakat)')`, sql`1`),
    await countBy(db, competitionId, sql`p.participant_type`, sql`p.participant_type`, sql`1`),
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
