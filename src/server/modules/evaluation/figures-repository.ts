import { sql } from 'kysely';
import type { Db } from '../../db/types.js';
import { competitionStagesView } from '../competitions/read-model.js';

/** Counts of waiting evaluation work for the role homes (issue #19). */
export interface WaitingReviews {
  count: number;
  nextDeadline: Date | null;
}

/** Published assignments of a reviewer in open rounds whose sheet is not submitted yet. */
export async function waitingReviews(db: Db, evaluatorId: string, now: Date): Promise<WaitingReviews> {
  const { rows } = await sql<{ n: string; next_deadline: Date | null }>`
    select count(*) as n, min(st.ends_at) filter (where st.ends_at > ${now}) as next_deadline
    from evaluation_assignments a
    join evaluation_rounds r on r.id = a.round_id
    left join evaluation_scores s on s.round_id = a.round_id and s.proposal_id = a.proposal_id and s.evaluator_id = a.evaluator_id
    left join ${competitionStagesView(db, 'st')} on st.id = r.stage_id
    where a.evaluator_id = ${evaluatorId} and a.published and r.status = 'open' and (s.status is null or s.status <> 'submitted')`.execute(db);
  return { count: Number(rows[0]?.n ?? 0), nextDeadline: rows[0]?.next_deadline ? new Date(rows[0].next_deadline) : null };
}

export interface SecretariatQueue {
  roundsInSetup: number;
  /** Open rounds whose linked stage has ended: to close. */
  roundsPastDeadline: number;
  openObjections: number;
  objectionsDeadline: Date | null;
  /** Selections published or in draft, awaiting the panel's decisions or finalisation. */
  openSelections: number;
}

export async function secretariatQueue(db: Db, now: Date): Promise<SecretariatQueue> {
  const { rows } = await sql<{ setup: string; past: string; objections: string; objections_deadline: Date | null; selections: string }>`
    select
      (select count(*) from evaluation_rounds where status = 'setup') as setup,
      (select count(*) from evaluation_rounds r join ${competitionStagesView(db, 'st')} on st.id = r.stage_id where r.status = 'open' and st.ends_at < ${now}) as past,
      (select count(*) from evaluation_objections o join evaluation_selections s on s.id = o.selection_id where o.status = 'open' and s.status = 'published') as objections,
      (select min(s.objection_ends_at) from evaluation_objections o join evaluation_selections s on s.id = o.selection_id
         where o.status = 'open' and s.status = 'published') as objections_deadline,
      (select count(*) from evaluation_selections where status in ('draft', 'published')) as selections`.execute(db);
  const r = rows[0]!;
  return {
    roundsInSetup: Number(r.setup),
    roundsPastDeadline: Number(r.past),
    openObjections: Number(r.objections),
    objectionsDeadline: r.objections_deadline ? new Date(r.objections_deadline) : null,
    openSelections: Number(r.selections),
  };
}
