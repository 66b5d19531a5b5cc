import { type Insertable, sql, type Updateable } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { CompetitionKind, CompetitionStatus } from '../../../common/competitions.js';
import type { Db, DbOrTrx, Trx } from '../../db/types.js';
import type { CompetitionRow, CompetitionTable } from '../../db/schema/competitions.js';
import type { CompetitionView } from './schemas.js';

/** Only this file and its siblings in this module touch the competition tables. */

export interface CompetitionRecord {
  row: CompetitionRow;
  groups: CompetitionView['groups'];
  categories: CompetitionView['categories'];
  questions: CompetitionView['questions'];
  /** By date, for display; `position` is the order they were given in. */
  stages: { id: string; kind: CompetitionView['stages'][number]['kind']; name: string; nameEn: string | null; startsAt: Date; endsAt: Date; position: number }[];
}

export async function findCompetitionRow(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<CompetitionRow | undefined> {
  let q = db.selectFrom('competitions').selectAll().where('id', '=', id);
  if (options.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

/**
 * The whole configuration in one round trip (sections as JSON arrays): it is read on every
 * proposal action, including each submission of a deadline surge.
 */
export async function loadCompetition(db: Db, id: string): Promise<CompetitionRecord | undefined> {
  const found = await db
    .selectFrom('competitions as c')
    .selectAll('c')
    .select((eb) => [
      jsonArrayFrom(eb.selectFrom('competition_groups as g').selectAll('g').whereRef('g.competition_id', '=', 'c.id').orderBy('g.position')).as('groups'),
      jsonArrayFrom(eb.selectFrom('competition_categories as k').selectAll('k').whereRef('k.competition_id', '=', 'c.id').orderBy('k.position')).as('categories'),
      jsonArrayFrom(eb.selectFrom('competition_questions as q').selectAll('q').whereRef('q.competition_id', '=', 'c.id').orderBy('q.position')).as('questions'),
      jsonArrayFrom(eb.selectFrom('competition_stages as s').selectAll('s').whereRef('s.competition_id', '=', 'c.id').orderBy('s.starts_at').orderBy('s.position')).as('stages'),
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!found) return undefined;
  const { groups, categories, questions, stages, ...row } = found;
  return {
    row,
    groups: groups.map((g) => ({
      id: g.id,
      code: g.code,
      name: g.name,
      nameEn: g.name_en,
      description: g.description,
      minInnovationAgeMonths: g.min_innovation_age_months,
      excludedAwardLevels: g.excluded_award_levels,
      excludedAwardSinceYear: g.excluded_award_since_year,
      maxProposalsPerAgency: g.max_proposals_per_agency,
      participantTypes: g.participant_types,
      requiresReplication: g.requires_replication ?? false,
    })),
    categories: categories.map((c) => ({ id: c.id, code: c.code, name: c.name, nameEn: c.name_en, description: c.description })),
    questions: questions.map((q) => ({
      id: q.id,
      number: q.position,
      title: q.title,
      titleEn: q.title_en,
      helpText: q.help_text,
      helpTextEn: q.help_text_en,
      required: q.required,
      wordLimit: q.word_limit,
      answerType: q.answer_type,
      options: q.options,
    })),
    stages: stages.map((s) => ({ id: s.id, kind: s.kind, name: s.name, nameEn: s.name_en, startsAt: new Date(s.starts_at), endsAt: new Date(s.ends_at), position: s.position })),
  };
}

export interface CompetitionListRow extends CompetitionRow {
  registration_starts_at: Date | null;
  registration_ends_at: Date | null;
}

export async function listCompetitionRows(db: Db, filter: { statuses: readonly CompetitionStatus[]; year?: number }): Promise<CompetitionListRow[]> {
  if (filter.statuses.length === 0) return [];
  let q = db
    .selectFrom('competitions as c')
    .leftJoin('competition_stages as s', (join) => join.onRef('s.competition_id', '=', 'c.id').on('s.kind', '=', 'registration'))
    .selectAll('c')
    .select(['s.starts_at as registration_starts_at', 's.ends_at as registration_ends_at'])
    .where('c.status', 'in', filter.statuses);
  if (filter.year) q = q.where('c.year', '=', filter.year);
  return (await q.orderBy('c.year', 'desc').orderBy('c.name').execute()) as CompetitionListRow[];
}

export async function competitionNameTaken(db: Db, name: string, year: number, exceptId?: string): Promise<boolean> {
  let q = db
    .selectFrom('competitions')
    .select('id')
    .where(sql<boolean>`lower(name) = ${name.toLowerCase()}`)
    .where('year', '=', year);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertCompetition(trx: Trx, values: Insertable<CompetitionTable>): Promise<{ id: string }> {
  return trx.insertInto('competitions').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateCompetitionRow(trx: Trx, id: string, values: Updateable<CompetitionTable>): Promise<void> {
  await trx.updateTable('competitions').set(values).where('id', '=', id).execute();
}

/** Each group's code and participant types (a competition may not drop a type a group still uses). */
export function groupParticipantTypes(db: Db, competitionId: string) {
  return db.selectFrom('competition_groups').select(['code', 'participant_types']).where('competition_id', '=', competitionId).execute();
}

export async function competitionIdExists(db: DbOrTrx, id: string): Promise<boolean> {
  return (await db.selectFrom('competitions').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function selectNewestPublishedId(db: DbOrTrx, kind: CompetitionKind): Promise<string | undefined> {
  const row = await db
    .selectFrom('competitions')
    .select('id')
    .where('kind', '=', kind)
    .where('status', '=', 'published')
    .orderBy('year', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}

export function selectCompetitionSummary(db: DbOrTrx, id: string) {
  return db.selectFrom('competitions').select(['id', 'name', 'year', 'status']).where('id', '=', id).executeTakeFirst();
}

/** A competition of a year by its exact name (case-insensitive), whatever its status. */
export async function selectCompetitionByName(db: DbOrTrx, name: string, year: number): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom('competitions')
    .select(['id', 'name'])
    .where(sql<boolean>`lower(name) = ${name.toLowerCase()}`)
    .where('year', '=', year)
    .executeTakeFirst();
}

/** Serialises the find-or-create of one year's award call until the caller's transaction ends. */
export async function lockAwardCallYear(trx: Trx, year: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(20261205, hashtext(${`award-call:${year}`}))`.execute(trx);
}
