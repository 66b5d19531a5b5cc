import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/types.js';

/**
 * The queries behind read-model.ts: facts of submitted proposals other modules (evaluation) read,
 * joined with the shared directory (accounts, agencies, regions) for names in one round trip.
 */

/** Which submitted proposals of a competition: those that passed the administrative check, or these ids. */
export type Admission = { passedCheck: true } | { ids: readonly string[] };

export async function selectCandidateRows(db: DbOrTrx, competitionId: string, admission: Admission, proposalId?: string) {
  if ('ids' in admission && admission.ids.length === 0) return [];
  let q = db
    .selectFrom('proposals as p')
    .innerJoin('users as o', 'o.id', 'p.owner_id')
    .leftJoin('agencies as a', 'a.id', 'p.agency_id')
    .leftJoin('regions as r', 'r.code', 'a.region_code')
    .leftJoin('regions as pr', (j) => j.on(sql<boolean>`pr.code = coalesce(r.province_code, r.code)`))
    .select([
      'p.id',
      'p.number',
      'p.title',
      'p.category_id',
      'p.group_id',
      'p.agency_id',
      'a.name as agency_name',
      'a.region_code',
      'r.name as region_name',
      'pr.name as province_name',
      sql<string | null>`coalesce(r.province_code, case when r.level = 'province' then r.code end)`.as('province_code'),
      sql<boolean>`coalesce(r.is_3t, false)`.as('remote_3t'),
      'p.owner_id',
      'o.email as owner_email',
      'p.innovation_id',
      'p.submitted_at',
    ])
    .where('p.competition_id', '=', competitionId)
    .where('p.status', '=', 'submitted');
  q =
    'ids' in admission
      ? q.where('p.id', 'in', [...admission.ids])
      : q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('proposal_admin_checks as c')
              .select(sql`1`.as('one'))
              .whereRef('c.proposal_id', '=', 'p.id')
              .where('c.status', '=', 'passed'),
          ),
        );
  if (proposalId) q = q.where('p.id', '=', proposalId);
  return q.execute();
}

/** Agency, region and province names per proposal. */
export async function selectIdentifyingNames(db: DbOrTrx, proposalIds: readonly string[]) {
  return db
    .selectFrom('proposals as p')
    .leftJoin('agencies as a', 'a.id', 'p.agency_id')
    .leftJoin('regions as r', 'r.code', 'a.region_code')
    .leftJoin('regions as pr', (j) => j.on(sql<boolean>`pr.code = coalesce(r.province_code, r.code)`))
    .select(['p.id', 'p.number', 'p.title', 'p.submitted_content', 'a.name as agency_name', 'r.name as region_name', 'pr.name as province_name'])
    .where('p.id', 'in', [...proposalIds])
    .execute();
}

/**
 * Read views for other modules' joins (re-exported by read-model.ts; docs/ARCHITECTURE.md "Read
 * views"): a plain `select <columns> from <table>` the planner flattens into the caller's query.
 */

/** Proposals: id, competition, number, title, status, group, category, agency, owner, submission time. */
export function proposalsView<A extends string>(db: DbOrTrx, alias: A) {
  return db.selectFrom('proposals').select(['id', 'competition_id', 'number', 'title', 'status', 'group_id', 'category_id', 'agency_id', 'owner_id', 'submitted_at']).as(alias);
}

/** Administrative checks: the proposal and its check status. */
export function adminChecksView<A extends string>(db: DbOrTrx, alias: A) {
  return db.selectFrom('proposal_admin_checks').select(['proposal_id', 'status']).as(alias);
}
