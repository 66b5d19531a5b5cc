import { sql } from 'kysely';
import type { Db } from '../../db/types.js';
import { competitionStagesView } from '../competitions/read-model.js';
import type { ListScope } from './policy.js';

/**
 * Grouped counts over proposals for the dashboards and the role homes (issue #19). Public
 * history counts only submitted proposals (drafts are private, withdrawn ones left the call).
 */
export interface CompetitionProposalCount {
  competitionId: string;
  submitted: number;
  passedCheck: number;
}

/**
 * Submitted and passed-the-check per call, nationally (`''`) or for the proposing agencies of a
 * province, from `dashboard_proposal_counts` (migration 2026_12_04_0200, kept by triggers on
 * `proposals`, `proposal_admin_checks` and an agency's region).
 */
export async function submittedCountsByCompetition(db: Db, provinceCode: string | undefined): Promise<CompetitionProposalCount[]> {
  const rows = await db
    .selectFrom('dashboard_proposal_counts')
    .select(['competition_id', 'submitted', 'passed_check'])
    .where('province_code', '=', provinceCode ?? '')
    .where((e) => e.or([e('submitted', '<>', 0), e('passed_check', '<>', 0)]))
    .execute();
  return rows.map((r) => ({ competitionId: r.competition_id, submitted: r.submitted, passedCheck: r.passed_check }));
}

export interface StatusWorkload {
  status: string;
  count: number;
  /** The nearest registration deadline still ahead among these proposals' calls. */
  nextDeadline: Date | null;
}

/** Proposals in a scope by status, with the nearest deadline ahead (registration stage end). */
export async function workloadByStatus(db: Db, scope: ListScope, statuses: readonly string[], now: Date): Promise<StatusWorkload[]> {
  if (scope.kind === 'none' || statuses.length === 0) return [];
  const where =
    scope.kind === 'agency'
      ? sql`p.applicant_kind = 'agency' and p.agency_id = ${scope.agencyId}`
      : scope.kind === 'owner'
        ? sql`p.applicant_kind = 'citizen' and p.owner_id = ${scope.userId}`
        : sql`p.status in ('submitted', 'withdrawn')`;
  const { rows } = await sql<{ status: string; n: string; next_deadline: Date | null }>`
    select p.status, count(*) as n,
      min(s.ends_at) filter (where s.ends_at > ${now}) as next_deadline
    from proposals p
    left join ${competitionStagesView(db, 's')} on s.competition_id = p.competition_id and s.kind = 'registration'
    where ${where} and p.status in (${sql.join(statuses)})
    group by p.status`.execute(db);
  return rows.map((r) => ({ status: r.status, count: Number(r.n), nextDeadline: r.next_deadline ? new Date(r.next_deadline) : null }));
}

/** Administrative checks still pending, over all calls. */
export async function pendingChecks(db: Db): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    select count(*) as n from proposal_admin_checks ac join proposals p on p.id = ac.proposal_id
    where ac.status = 'pending' and p.status = 'submitted'`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
