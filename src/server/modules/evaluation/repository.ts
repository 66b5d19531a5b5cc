import { sql } from 'kysely';
import type { Insertable, Updateable } from 'kysely';
import type { AssignmentSource, EvaluationCriterionTable, EvaluationRoundRow, EvaluationRoundTable } from '../../db/schema/evaluation.js';
import { competitionStagesView, competitionsView } from '../competitions/read-model.js';
import { proposalsView } from '../proposals/read-model.js';
import type { DeclaredConflict } from './conflicts.js';
import type { Db } from './context.js';

/** Rounds, criteria, pools, conflicts, assignments and scores: only this module writes these tables. */

export async function insertRound(db: Db, values: Insertable<EvaluationRoundTable>): Promise<EvaluationRoundRow> {
  return db.insertInto('evaluation_rounds').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findRound(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<EvaluationRoundRow | undefined> {
  let q = db.selectFrom('evaluation_rounds').selectAll().where('id', '=', id);
  if (options.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function listRounds(db: Db, competitionId: string): Promise<EvaluationRoundRow[]> {
  return db.selectFrom('evaluation_rounds').selectAll().where('competition_id', '=', competitionId).orderBy('created_at').execute();
}

export async function updateRound(db: Db, id: string, patch: Updateable<EvaluationRoundTable>): Promise<EvaluationRoundRow> {
  return db
    .updateTable('evaluation_rounds')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listCriteria(db: Db, roundId: string) {
  return db.selectFrom('evaluation_criteria').selectAll().where('round_id', '=', roundId).orderBy('position').execute();
}

export async function replaceCriteria(db: Db, roundId: string, rows: Omit<Insertable<EvaluationCriterionTable>, 'round_id'>[]) {
  await db.deleteFrom('evaluation_criteria').where('round_id', '=', roundId).execute();
  if (rows.length > 0)
    await db
      .insertInto('evaluation_criteria')
      .values(rows.map((r) => ({ ...r, round_id: roundId })))
      .execute();
}

export interface PoolMember {
  userId: string;
  maxProposals: number;
  expertiseCategoryIds: string[];
}

export async function listPool(db: Db, roundId: string): Promise<PoolMember[]> {
  const rows = await db.selectFrom('evaluation_pool').selectAll().where('round_id', '=', roundId).orderBy('user_id').execute();
  return rows.map((r) => ({ userId: r.user_id, maxProposals: r.max_proposals, expertiseCategoryIds: r.expertise_category_ids }));
}

export async function replacePool(db: Db, roundId: string, members: readonly PoolMember[]) {
  await db.deleteFrom('evaluation_pool').where('round_id', '=', roundId).execute();
  if (members.length === 0) return;
  await db
    .insertInto('evaluation_pool')
    .values(
      members.map((m) => ({
        round_id: roundId,
        user_id: m.userId,
        max_proposals: m.maxProposals,
        expertise_category_ids: sql<string[]>`${sql.val(m.expertiseCategoryIds)}::uuid[]`,
      })),
    )
    .execute();
}

export async function insertDeclaredConflict(db: Db, c: DeclaredConflict & { reason: string }) {
  return db
    .insertInto('evaluation_declared_conflicts')
    .values({
      evaluator_id: c.evaluatorId,
      kind: c.kind,
      agency_id: c.agencyId,
      region_code: c.regionCode,
      person_email: c.personEmail,
      reason: c.reason,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listDeclaredConflictRows(db: Db, evaluatorIds: readonly string[]) {
  if (evaluatorIds.length === 0) return [];
  return db
    .selectFrom('evaluation_declared_conflicts')
    .selectAll()
    .where('evaluator_id', 'in', [...evaluatorIds])
    .orderBy('created_at')
    .execute();
}

export async function listDeclaredConflicts(db: Db, evaluatorIds: readonly string[]): Promise<DeclaredConflict[]> {
  const rows = await listDeclaredConflictRows(db, evaluatorIds);
  return rows.map((r) => ({
    evaluatorId: r.evaluator_id,
    kind: r.kind,
    agencyId: r.agency_id,
    regionCode: r.region_code,
    personEmail: r.person_email,
  }));
}

export interface AssignmentRecord {
  proposalId: string;
  evaluatorId: string;
  source: AssignmentSource;
  published: boolean;
}

export async function listAssignments(db: Db, roundId: string): Promise<AssignmentRecord[]> {
  const rows = await db
    .selectFrom('evaluation_assignments')
    .select(['proposal_id', 'evaluator_id', 'source', 'published'])
    .where('round_id', '=', roundId)
    .orderBy('proposal_id')
    .orderBy('evaluator_id')
    .execute();
  return rows.map((r) => ({ proposalId: r.proposal_id, evaluatorId: r.evaluator_id, source: r.source, published: r.published }));
}

/**
 * Serialises the saves of one score sheet: the assignment row exists before any sheet does, so
 * locking it makes concurrent saves of the same sheet read each other's result (a submission is
 * never overwritten by a draft saved at the same moment, and a resent sheet is one event).
 */
export async function lockAssignment(db: Db, roundId: string, proposalId: string, evaluatorId: string): Promise<void> {
  await db
    .selectFrom('evaluation_assignments')
    .select('round_id')
    .where('round_id', '=', roundId)
    .where('proposal_id', '=', proposalId)
    .where('evaluator_id', '=', evaluatorId)
    .forUpdate()
    .executeTakeFirst();
}

/** Serialises writes of one proposal's redacted copy (there may be no row yet to lock). */
export async function lockRedaction(db: Db, proposalId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(20261201, hashtext(${`redaction:${proposalId}`}))`.execute(db);
}

export async function findAssignment(db: Db, roundId: string, proposalId: string, evaluatorId: string) {
  return db
    .selectFrom('evaluation_assignments')
    .selectAll()
    .where('round_id', '=', roundId)
    .where('proposal_id', '=', proposalId)
    .where('evaluator_id', '=', evaluatorId)
    .executeTakeFirst();
}

export async function insertAssignments(db: Db, roundId: string, rows: readonly { proposalId: string; evaluatorId: string; source: AssignmentSource; published?: boolean }[]) {
  if (rows.length === 0) return;
  // Chunked: a national round inserts ~10k rows and a statement has a parameter limit.
  for (let i = 0; i < rows.length; i += 2000) {
    await db
      .insertInto('evaluation_assignments')
      .values(
        rows.slice(i, i + 2000).map((r) => ({
          round_id: roundId,
          proposal_id: r.proposalId,
          evaluator_id: r.evaluatorId,
          source: r.source,
          published: r.published ?? false,
        })),
      )
      .execute();
  }
}

export async function deleteAssignments(db: Db, roundId: string, pairs: readonly { proposalId: string; evaluatorId: string }[]) {
  // One statement per 5,000 pairs (an undo of a national round removes ~10k rows).
  for (let i = 0; i < pairs.length; i += 5000) {
    const chunk = pairs.slice(i, i + 5000);
    await sql`
      delete from evaluation_assignments
      where round_id = ${roundId}
        and (proposal_id, evaluator_id) in (
          select * from unnest(${sql.val(chunk.map((p) => p.proposalId))}::uuid[], ${sql.val(chunk.map((p) => p.evaluatorId))}::uuid[])
        )
    `.execute(db);
  }
}

/**
 * After a bulk change (thousands of rows): fresh planner statistics keep the admin listing's
 * filters on their index; PGlite runs no autovacuum, so nothing else would refresh them. Called
 * after the change has committed, so ANALYZE's lock lasts only its own few milliseconds.
 */
export async function refreshAssignmentStatistics(db: Db): Promise<void> {
  await sql`analyze evaluation_assignments`.execute(db);
}

export async function publishAssignments(db: Db, roundId: string): Promise<number> {
  const result = await db.updateTable('evaluation_assignments').set({ published: true }).where('round_id', '=', roundId).where('published', '=', false).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Pairs of the round that already carry a score sheet (draft or submitted): work has started. */
export async function scoredPairs(db: Db, roundId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('evaluation_scores').select(['proposal_id', 'evaluator_id']).where('round_id', '=', roundId).execute();
  return new Set(rows.map((r) => pairKey(r.proposal_id, r.evaluator_id)));
}

export function pairKey(proposalId: string, evaluatorId: string): string {
  return `${proposalId}|${evaluatorId}`;
}

export async function findScore(db: Db, roundId: string, proposalId: string, evaluatorId: string) {
  return db
    .selectFrom('evaluation_scores')
    .selectAll()
    .where('round_id', '=', roundId)
    .where('proposal_id', '=', proposalId)
    .where('evaluator_id', '=', evaluatorId)
    .executeTakeFirst();
}

export async function upsertScore(
  db: Db,
  row: {
    roundId: string;
    proposalId: string;
    evaluatorId: string;
    values: Record<string, number | 'abstain'>;
    comments: Record<string, string>;
    overallComment: string;
    total: number | null;
    status: 'draft' | 'submitted';
    submittedAt: Date | null;
  },
) {
  const values = {
    criterion_values: JSON.stringify(row.values),
    criterion_comments: JSON.stringify(row.comments),
    overall_comment: row.overallComment,
    total: row.total,
    status: row.status,
    submitted_at: row.submittedAt,
    updated_at: new Date(),
  };
  await db
    .insertInto('evaluation_scores')
    .values({ round_id: row.roundId, proposal_id: row.proposalId, evaluator_id: row.evaluatorId, ...values })
    .onConflict((oc) => oc.columns(['round_id', 'proposal_id', 'evaluator_id']).doUpdateSet(values))
    .execute();
}

export async function listRoundScores(db: Db, roundId: string, options: { submittedOnly: boolean; proposalId?: string }) {
  let q = db.selectFrom('evaluation_scores').selectAll().where('round_id', '=', roundId);
  if (options.submittedOnly) q = q.where('status', '=', 'submitted');
  if (options.proposalId) q = q.where('proposal_id', '=', options.proposalId);
  return q.orderBy('proposal_id').orderBy('evaluator_id').execute();
}

export async function insertBulkAction(
  db: Db,
  row: { roundId: string; kind: 'auto_assign' | 'import' | 'reassign'; previous: AssignmentRecord[]; summary: unknown; actorId: string | null },
) {
  return db
    .insertInto('evaluation_bulk_actions')
    .values({
      round_id: row.roundId,
      kind: row.kind,
      previous: JSON.stringify(row.previous),
      summary: JSON.stringify(row.summary),
      actor_id: row.actorId,
    })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
}

export async function lastBulkAction(db: Db, roundId: string) {
  return db
    .selectFrom('evaluation_bulk_actions')
    .selectAll()
    .where('round_id', '=', roundId)
    .where('undone_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function markBulkActionUndone(db: Db, id: string, at: Date) {
  await db.updateTable('evaluation_bulk_actions').set({ undone_at: at }).where('id', '=', id).execute();
}

/** Published assignments of one evaluator in rounds that are open or closed (never in setup). */
/** The competition stage a round is scheduled in, if any: its end is the round's scoring deadline. */
export async function findRoundStage(db: Db, stageId: string | null) {
  if (!stageId) return undefined;
  return db.selectFrom(competitionStagesView(db, 'st')).select(['st.name', 'st.ends_at']).where('st.id', '=', stageId).executeTakeFirst();
}

export async function listMyAssignmentRows(db: Db, evaluatorId: string) {
  return (
    db
      .selectFrom('evaluation_assignments as a')
      .innerJoin('evaluation_rounds as r', 'r.id', 'a.round_id')
      .innerJoin(proposalsView(db, 'p'), 'p.id', 'a.proposal_id')
      .leftJoin('evaluation_scores as s', (j) =>
        j.onRef('s.round_id', '=', 'a.round_id').onRef('s.proposal_id', '=', 'a.proposal_id').onRef('s.evaluator_id', '=', 'a.evaluator_id'),
      )
      .leftJoin(competitionStagesView(db, 'st'), 'st.id', 'r.stage_id')
      .select([
        'a.round_id',
        'r.name as round_name',
        'r.status as round_status',
        'st.ends_at as deadline',
        'r.blind',
        'a.proposal_id',
        'p.number',
        'p.title',
        'p.category_id',
        's.status as score_status',
        's.total as my_total',
      ])
      .where('a.evaluator_id', '=', evaluatorId)
      .where('a.published', '=', true)
      .where('r.status', '<>', 'setup')
      // A fixed order (round, registration number): no list order may hint at anyone's scores.
      .orderBy('r.created_at')
      .orderBy('p.number')
      .execute()
  );
}

/** The newest published KIPP call with its desk-evaluation stage and how many rounds it has (demo seeding). */
export async function findDemoCall(db: Db) {
  const call = await db
    .selectFrom(competitionsView(db, 'c'))
    .leftJoin(competitionStagesView(db, 's'), (j) => j.onRef('s.competition_id', '=', 'c.id').on('s.kind', '=', 'desk_evaluation'))
    .select(['c.id', 's.id as desk_stage_id'])
    .select((eb) => eb.selectFrom('evaluation_rounds as r').select(eb.fn.countAll<string>().as('n')).whereRef('r.competition_id', '=', 'c.id').as('rounds'))
    .where('c.kind', '=', 'kipp')
    .where('c.status', '=', 'published')
    .orderBy('c.year', 'desc')
    .orderBy('c.created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return call ? { id: call.id, deskStageId: call.desk_stage_id, rounds: Number(call.rounds ?? 0) } : undefined;
}

export async function findRedaction(db: Db, proposalId: string) {
  return db.selectFrom('evaluation_redactions').selectAll().where('proposal_id', '=', proposalId).executeTakeFirst();
}

export async function upsertRedaction(db: Db, row: { proposalId: string; title: string; answers: unknown[]; redactedBy: string | null; at: Date }) {
  const values = { title: row.title, answers: JSON.stringify(row.answers), redacted_by: row.redactedBy, redacted_at: row.at };
  await db
    .insertInto('evaluation_redactions')
    .values({ proposal_id: row.proposalId, ...values })
    .onConflict((oc) => oc.column('proposal_id').doUpdateSet(values))
    .execute();
}

export async function listRedactionTitles(db: Db, proposalIds: readonly string[]): Promise<Map<string, string>> {
  if (proposalIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('evaluation_redactions')
    .select(['proposal_id', 'title'])
    .where('proposal_id', 'in', [...proposalIds])
    .execute();
  return new Map(rows.map((r) => [r.proposal_id, r.title]));
}

/** Of `proposalIds`, those the user is assigned to in a blind round (published or not), with that round. */
export async function listBlindAssignmentRounds(db: Db, userId: string, proposalIds: readonly string[]): Promise<Map<string, string>> {
  if (proposalIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('evaluation_assignments as a')
    .innerJoin('evaluation_rounds as r', 'r.id', 'a.round_id')
    .select(['a.proposal_id', 'a.round_id'])
    .where('a.evaluator_id', '=', userId)
    .where('r.blind', '=', true)
    .where('a.proposal_id', 'in', [...proposalIds])
    .orderBy('a.round_id')
    .execute();
  return new Map(rows.map((r) => [r.proposal_id, r.round_id]));
}
