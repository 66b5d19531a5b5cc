import { type RawBuilder, sql } from 'kysely';
import type { DbOrTrx } from '../../../db/types.js';
import { competitionCategoriesView, competitionGroupsView } from '../../competitions/read-model.js';

/**
 * The counting queries of stats.ts: proposals by lifecycle stage per dimension, computed from the
 * tables on each request (an index on (competition_id, status) keeps it to one pass per
 * dimension), so they are never stale.
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

export interface CountRow {
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

export type CountDimension = 'all' | 'group' | 'category' | 'province' | 'participantType';

const DIMENSIONS: Record<CountDimension, { key: RawBuilder<unknown>; label: RawBuilder<unknown>; order: RawBuilder<unknown> }> = {
  all: { key: sql`'all'`, label: sql`'all'`, order: sql`1` },
  group: { key: sql`g.code`, label: sql`g.name`, order: sql`min(g.position)` },
  category: { key: sql`k.code`, label: sql`k.name`, order: sql`min(k.position)` },
  province: { key: sql`coalesce(r.code, '-')`, label: sql`coalesce(r.name, 'Tanpa wilayah (masyarakat)')`, order: sql`1` },
  participantType: { key: sql`p.participant_type`, label: sql`p.participant_type`, order: sql`1` },
};

/** One row per value of the dimension with the counts of the competition's proposals. */
export async function countBy(db: DbOrTrx, competitionId: string, dimension: CountDimension): Promise<CountRow[]> {
  const { key, label, order } = DIMENSIONS[dimension];
  const result = await sql<CountRow>`
    select ${key} as key, ${label} as label, ${COUNT_COLUMNS}
    from proposals p
    left join proposal_admin_checks ac on ac.proposal_id = p.id
    left join ${competitionGroupsView(db, 'g')} on g.id = p.group_id
    left join ${competitionCategoriesView(db, 'k')} on k.id = p.category_id
    left join agencies a on a.id = p.agency_id
    left join regions r on r.code = split_part(a.region_code, '.', 1)
    where p.competition_id = ${competitionId}
    group by 1, 2
    order by ${order}`.execute(db);
  return result.rows;
}
