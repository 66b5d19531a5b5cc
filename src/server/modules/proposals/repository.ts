import { sql } from 'kysely';
import type { ProposalStatus } from '../../../common/competitions.js';
import { containsPattern } from '../../db/like-pattern.js';
import type { Db, DbOrTrx } from '../../db/types.js';
import type { ProposalRow } from '../../db/schema/proposals.js';
import { competitionCategoriesView, competitionGroupsView, competitionsView } from '../competitions/read-model.js';
import type { ListScope } from './policy.js';
import type { ProposalSummary } from './schemas.js';

/** The only file of the module that reads and writes the proposal tables (plus admin-check/). */

export async function findProposalRow(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<ProposalRow | undefined> {
  let q = db.selectFrom('proposals').selectAll().where('id', '=', id);
  if (options.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function summaryQuery(db: Db) {
  return db
    .selectFrom('proposals as p')
    .innerJoin(competitionsView(db, 'c'), 'c.id', 'p.competition_id')
    .innerJoin(competitionGroupsView(db, 'g'), 'g.id', 'p.group_id')
    .innerJoin(competitionCategoriesView(db, 'k'), 'k.id', 'p.category_id')
    .innerJoin('users as o', 'o.id', 'p.owner_id')
    .leftJoin('agencies as a', 'a.id', 'p.agency_id')
    .leftJoin('proposal_admin_checks as ac', 'ac.proposal_id', 'p.id')
    .select([
      'p.id',
      'p.number',
      'p.title',
      'p.status',
      'p.updated_at',
      'p.submitted_at',
      'p.late_seconds',
      'c.id as competition_id',
      'c.name as competition_name',
      'c.year as competition_year',
      'g.id as group_id',
      'g.code as group_code',
      'g.name as group_name',
      'k.id as category_id',
      'k.code as category_code',
      'k.name as category_name',
      'a.id as agency_id',
      'a.name as agency_name',
      'a.type as agency_type',
      'o.id as owner_id',
      'o.name as owner_name',
      'ac.status as check_status',
      'ac.reason as check_reason',
      'ac.decided_at as check_decided_at',
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export function toSummary(r: SummaryRow): ProposalSummary {
  return {
    id: r.id,
    number: r.number,
    title: r.title,
    status: r.status,
    competition: { id: r.competition_id, name: r.competition_name, year: r.competition_year },
    group: { id: r.group_id, code: r.group_code, name: r.group_name },
    category: { id: r.category_id, code: r.category_code, name: r.category_name },
    agency: r.agency_id ? { id: r.agency_id, name: r.agency_name!, type: r.agency_type! } : null,
    owner: { id: r.owner_id, name: r.owner_name },
    updatedAt: iso(r.updated_at)!,
    submittedAt: iso(r.submitted_at),
    lateSeconds: r.late_seconds,
    adminCheck: r.check_status ? { status: r.check_status, reason: r.check_reason, decidedAt: iso(r.check_decided_at) } : null,
  };
}

export async function findSummary(db: Db, id: string): Promise<ProposalSummary | undefined> {
  const row = await summaryQuery(db).where('p.id', '=', id).executeTakeFirst();
  return row ? toSummary(row) : undefined;
}

export async function listSummaries(
  db: Db,
  scope: Exclude<ListScope, { kind: 'none' }>,
  filter: { competitionId?: string | undefined; status?: ProposalStatus | undefined; q?: string | undefined; limit: number; offset: number },
): Promise<{ items: ProposalSummary[]; total: number }> {
  let q = summaryQuery(db);
  if (scope.kind === 'agency') q = q.where('p.agency_id', '=', scope.agencyId);
  else if (scope.kind === 'owner') q = q.where('p.owner_id', '=', scope.userId).where('p.applicant_kind', '=', 'citizen');
  else q = q.where('p.status', 'in', ['submitted', 'withdrawn']);
  if (filter.competitionId) q = q.where('p.competition_id', '=', filter.competitionId);
  if (filter.status) q = q.where('p.status', '=', filter.status);
  if (filter.q) {
    const like = containsPattern(filter.q);
    q = q.where((eb) => eb.or([eb('p.title', 'ilike', like), eb('p.number', 'ilike', like)]));
  }
  const [rows, count] = await Promise.all([
    q.orderBy('p.updated_at', 'desc').orderBy('p.id').limit(filter.limit).offset(filter.offset).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toSummary), total: Number(count.n) };
}

export async function listAnswers(db: Db, proposalId: string) {
  return db.selectFrom('proposal_answers').selectAll().where('proposal_id', '=', proposalId).execute();
}

export async function listAttachments(db: Db, proposalId: string) {
  return db.selectFrom('proposal_attachments').selectAll().where('proposal_id', '=', proposalId).orderBy('uploaded_at').orderBy('id').execute();
}

export async function listReturns(db: Db, proposalId: string) {
  return db
    .selectFrom('proposal_returns as r')
    .leftJoin('users as u', 'u.id', 'r.returned_by')
    .select(['r.comment', 'r.returned_at', 'u.name as returned_by'])
    .where('r.proposal_id', '=', proposalId)
    .orderBy('r.id')
    .execute();
}

export async function nextProposalNumber(db: Db, prefix: string): Promise<string> {
  const { rows } = await sql<{ n: string }>`select nextval('proposal_number_seq')::text as n`.execute(db);
  return `${prefix}-${rows[0]!.n.padStart(6, '0')}`;
}

/**
 * Serialises cap checks of one applicant in one group (two operators starting at once), without
 * locking anything else: a transaction-scoped advisory lock on a key of (competition, group, applicant).
 */
export async function lockApplicantGroup(db: Db, competitionId: string, groupId: string, applicantKey: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(20261122, hashtext(${`${competitionId}:${groupId}:${applicantKey}`}))`.execute(db);
}

export async function countApplicantProposals(
  db: Db,
  f: { competitionId: string; groupId: string; applicant: { agencyId: string } | { ownerId: string }; statuses: readonly ProposalStatus[]; excludeId?: string },
): Promise<number> {
  let q = db
    .selectFrom('proposals')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('competition_id', '=', f.competitionId)
    .where('group_id', '=', f.groupId)
    .where('status', 'in', f.statuses);
  q = 'agencyId' in f.applicant ? q.where('agency_id', '=', f.applicant.agencyId) : q.where('owner_id', '=', f.applicant.ownerId).where('applicant_kind', '=', 'citizen');
  if (f.excludeId) q = q.where('id', '<>', f.excludeId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export async function liveProposalForInnovation(db: Db, competitionId: string, innovationId: string): Promise<{ number: string } | undefined> {
  return db
    .selectFrom('proposals')
    .select('number')
    .where('competition_id', '=', competitionId)
    .where('innovation_id', '=', innovationId)
    .where('status', '<>', 'withdrawn')
    .executeTakeFirst();
}

/** Ids of a section's rows that proposals still point at, so they cannot be removed. */
export async function selectReferencedConfigIds(db: DbOrTrx, section: 'groups' | 'categories' | 'questions', ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows =
    section === 'questions'
      ? await db.selectFrom('proposal_answers').select('question_id as id').distinct().where('question_id', 'in', ids).execute()
      : await db
          .selectFrom('proposals')
          .select(section === 'groups' ? 'group_id as id' : 'category_id as id')
          .distinct()
          .where(section === 'groups' ? 'group_id' : 'category_id', 'in', ids)
          .execute();
  return rows.map((r) => r.id);
}

export async function selectProposalCount(db: DbOrTrx, competitionId: string): Promise<number> {
  const row = await db
    .selectFrom('proposals')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('competition_id', '=', competitionId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
