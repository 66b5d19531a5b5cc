import type { Insertable, Updateable } from 'kysely';
import type { CompetitionCategoryTable, CompetitionGroupTable, CompetitionQuestionTable, CompetitionStageTable } from '../../db/schema/competitions.js';
import type { Trx } from '../../db/types.js';

/**
 * The queries of sections.ts, which replaces a competition's groups, categories, questions and
 * stages with an ordered list (the rules — unknown ids, rows in use, code swaps — are there).
 */

type Values<T> = Omit<Insertable<T>, 'competition_id'>;

export const existingGroups = (trx: Trx, competitionId: string) =>
  trx.selectFrom('competition_groups').select(['id', 'code']).where('competition_id', '=', competitionId).execute();
export const existingCategories = (trx: Trx, competitionId: string) =>
  trx.selectFrom('competition_categories').select(['id', 'code']).where('competition_id', '=', competitionId).execute();
export const existingQuestions = (trx: Trx, competitionId: string) =>
  trx.selectFrom('competition_questions').select(['id', 'position']).where('competition_id', '=', competitionId).execute();
export const existingStages = (trx: Trx, competitionId: string) => trx.selectFrom('competition_stages').select('id').where('competition_id', '=', competitionId).execute();

export async function deleteGroups(trx: Trx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await trx.deleteFrom('competition_groups').where('id', 'in', ids).execute();
}
export async function deleteCategories(trx: Trx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await trx.deleteFrom('competition_categories').where('id', 'in', ids).execute();
}
export async function deleteQuestions(trx: Trx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await trx.deleteFrom('competition_questions').where('id', 'in', ids).execute();
}

/** Upserts one group: updates row `id`, or inserts a new one for the competition. */
export async function saveGroup(trx: Trx, competitionId: string, id: string | undefined, values: Values<CompetitionGroupTable>): Promise<void> {
  if (id)
    await trx
      .updateTable('competition_groups')
      .set(values as Updateable<CompetitionGroupTable>)
      .where('id', '=', id)
      .execute();
  else
    await trx
      .insertInto('competition_groups')
      .values({ ...values, competition_id: competitionId })
      .execute();
}
export async function saveCategory(trx: Trx, competitionId: string, id: string | undefined, values: Values<CompetitionCategoryTable>): Promise<void> {
  if (id)
    await trx
      .updateTable('competition_categories')
      .set(values as Updateable<CompetitionCategoryTable>)
      .where('id', '=', id)
      .execute();
  else
    await trx
      .insertInto('competition_categories')
      .values({ ...values, competition_id: competitionId })
      .execute();
}
export async function saveQuestion(trx: Trx, competitionId: string, id: string | undefined, values: Values<CompetitionQuestionTable>): Promise<void> {
  if (id)
    await trx
      .updateTable('competition_questions')
      .set(values as Updateable<CompetitionQuestionTable>)
      .where('id', '=', id)
      .execute();
  else
    await trx
      .insertInto('competition_questions')
      .values({ ...values, competition_id: competitionId })
      .execute();
}

/** Parks a code under a placeholder, so two rows can swap codes without tripping the unique index midway. */
export async function parkGroupCode(trx: Trx, id: string, placeholder: string): Promise<void> {
  await trx.updateTable('competition_groups').set({ code: placeholder }).where('id', '=', id).execute();
}
export async function parkCategoryCode(trx: Trx, id: string, placeholder: string): Promise<void> {
  await trx.updateTable('competition_categories').set({ code: placeholder }).where('id', '=', id).execute();
}

/** Replaces every stage of the competition with `stages`. */
export async function replaceStageRows(trx: Trx, competitionId: string, stages: Values<CompetitionStageTable>[]): Promise<void> {
  await trx.deleteFrom('competition_stages').where('competition_id', '=', competitionId).execute();
  if (stages.length === 0) return;
  await trx
    .insertInto('competition_stages')
    .values(stages.map((s) => ({ ...s, competition_id: competitionId })))
    .execute();
}
