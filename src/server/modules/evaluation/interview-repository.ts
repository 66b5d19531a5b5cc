import type { Insertable } from 'kysely';
import type { EvaluationInterviewSlotTable } from '../../db/schema/evaluation.js';
import type { Db } from './context.js';

/** Queries of the interview timetable and the field verification findings of a round. */

/** Replaces the round's whole timetable. */
export async function replaceInterviewSlots(db: Db, roundId: string, slots: Insertable<EvaluationInterviewSlotTable>[]): Promise<void> {
  await db.deleteFrom('evaluation_interview_slots').where('round_id', '=', roundId).execute();
  if (slots.length > 0) await db.insertInto('evaluation_interview_slots').values(slots).execute();
}

export function listInterviewSlotRows(db: Db, roundId: string) {
  return db.selectFrom('evaluation_interview_slots').selectAll().where('round_id', '=', roundId).orderBy('starts_at').orderBy('panel_code').execute();
}

/** One proposal's findings, with the visit date as the text it was entered as. */
export function findFieldVisit(db: Db, roundId: string, proposalId: string) {
  return db
    .selectFrom('evaluation_field_visits')
    .selectAll()
    .select((eb) => eb.cast<string>('visited_on', 'text').as('visited_on_text'))
    .where('round_id', '=', roundId)
    .where('proposal_id', '=', proposalId)
    .executeTakeFirst();
}

export async function upsertFieldVisit(
  db: Db,
  key: { roundId: string; proposalId: string },
  values: { visited_on: string; findings: string; verified: boolean; recorded_by: string | null; recorded_at: Date },
): Promise<void> {
  await db
    .insertInto('evaluation_field_visits')
    .values({ round_id: key.roundId, proposal_id: key.proposalId, ...values })
    .onConflict((oc) => oc.columns(['round_id', 'proposal_id']).doUpdateSet(values))
    .execute();
}

export function listFieldVisitRows(db: Db, roundId: string) {
  return db
    .selectFrom('evaluation_field_visits')
    .selectAll()
    .select((eb) => eb.cast<string>('visited_on', 'text').as('visited_on_text'))
    .where('round_id', '=', roundId)
    .orderBy('visited_on')
    .execute();
}
