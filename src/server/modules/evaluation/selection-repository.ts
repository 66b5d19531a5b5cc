import { type Insertable, sql } from 'kysely';
import type { EvaluationDecisionTable, EvaluationSelectionTable } from '../../db/schema/evaluation.js';
import { competitionsView } from '../competitions/read-model.js';
import type { Db } from './context.js';

/** Selections, the panel's decisions, public objections and the awards they lead to. */

export async function insertSelection(db: Db, values: Insertable<EvaluationSelectionTable>) {
  return db.insertInto('evaluation_selections').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findSelection(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  let q = db
    .selectFrom('evaluation_selections')
    .selectAll()
    .select((eb) => eb.cast<string | null>('decree_date', 'text').as('decree_date_text'))
    .where('id', '=', id);
  if (options.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export type SelectionRecord = NonNullable<Awaited<ReturnType<typeof findSelection>>>;

/** The round a selection was made from, with that round's competition. */
export async function findSelectionRound(db: Db, id: string): Promise<{ round_id: string; competition_id: string } | undefined> {
  return db
    .selectFrom('evaluation_selections as s')
    .innerJoin('evaluation_rounds as r', 'r.id', 's.round_id')
    .select(['s.round_id', 'r.competition_id'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function listSelectionsOfRound(db: Db, roundId: string) {
  return db
    .selectFrom('evaluation_selections')
    .selectAll()
    .select((eb) => eb.cast<string | null>('decree_date', 'text').as('decree_date_text'))
    .where('round_id', '=', roundId)
    .orderBy('created_at')
    .execute();
}

export async function listPublicSelections(db: Db, competitionId: string) {
  return db
    .selectFrom('evaluation_selections as s')
    .innerJoin('evaluation_rounds as r', 'r.id', 's.round_id')
    .selectAll('s')
    .select((eb) => eb.cast<string | null>('s.decree_date', 'text').as('decree_date_text'))
    .where('r.competition_id', '=', competitionId)
    .where('s.status', 'in', ['published', 'final'])
    .orderBy('s.published_at')
    .execute();
}

export async function updateSelection(db: Db, id: string, patch: Partial<Insertable<EvaluationSelectionTable>>) {
  await db.updateTable('evaluation_selections').set(patch).where('id', '=', id).execute();
}

export async function insertDecisions(db: Db, rows: Insertable<EvaluationDecisionTable>[]) {
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('evaluation_decisions')
      .values(rows.slice(i, i + 1000))
      .execute();
}

export async function listDecisions(db: Db, selectionId: string) {
  return db.selectFrom('evaluation_decisions').selectAll().where('selection_id', '=', selectionId).orderBy('rank').execute();
}

export async function updateDecision(
  db: Db,
  selectionId: string,
  proposalId: string,
  patch: { selected: boolean; rationale: string; decided_by: string | null; decided_at: Date },
) {
  await db.updateTable('evaluation_decisions').set(patch).where('selection_id', '=', selectionId).where('proposal_id', '=', proposalId).execute();
}

export async function insertObjection(db: Db, row: { selectionId: string; proposalId: string | null; name: string; email: string; reason: string }) {
  return db
    .insertInto('evaluation_objections')
    .values({ selection_id: row.selectionId, proposal_id: row.proposalId, name: row.name, email: row.email, reason: row.reason })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** An objection already on record with the same e-mail (in any case), proposal and reason. */
export async function findSameObjection(db: Db, row: { selectionId: string; proposalId: string | null; email: string; reason: string }) {
  let q = db
    .selectFrom('evaluation_objections')
    .select(['id', 'created_at'])
    .where('selection_id', '=', row.selectionId)
    .where(sql<string>`lower(email)`, '=', row.email.toLowerCase())
    .where('reason', '=', row.reason);
  q = row.proposalId ? q.where('proposal_id', '=', row.proposalId) : q.where('proposal_id', 'is', null);
  return q.executeTakeFirst();
}

export async function listObjections(db: Db, selectionId: string) {
  return db.selectFrom('evaluation_objections').selectAll().where('selection_id', '=', selectionId).orderBy('created_at').execute();
}

export async function findObjection(db: Db, selectionId: string, id: string) {
  return db.selectFrom('evaluation_objections').selectAll().where('selection_id', '=', selectionId).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function answerObjectionRow(db: Db, id: string, patch: { status: 'upheld' | 'rejected'; answer: string; answered_by: string | null; answered_at: Date }) {
  await db.updateTable('evaluation_objections').set(patch).where('id', '=', id).execute();
}

/** Selections still open to the panel's decisions or objections, with their round and competition. */
export async function listOpenSelections(db: Db) {
  return db
    .selectFrom('evaluation_selections as s')
    .innerJoin('evaluation_rounds as r', 'r.id', 's.round_id')
    .innerJoin(competitionsView(db, 'c'), 'c.id', 'r.competition_id')
    .selectAll('s')
    .select((eb) => eb.cast<string | null>('s.decree_date', 'text').as('decree_date_text'))
    .select(['r.name as round_name', 'r.reviewer_role', 'r.status as round_status', 'c.name as competition_name', 'c.year as competition_year'])
    .where('s.status', 'in', ['draft', 'published'])
    .orderBy('s.created_at', 'desc')
    .limit(200)
    .execute();
}
