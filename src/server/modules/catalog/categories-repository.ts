import type { Selectable } from 'kysely';
import type { InnovationCategoryTable } from '../../db/schema/catalog.js';
import type { DbOrTrx, Trx } from '../../db/types.js';
import type { CategoryView } from './schemas.js';

/** Queries on `innovation_categories`: the category list every form and filter reads, and its upkeep. */

export function findCategoryIdByCode(db: DbOrTrx, code: string) {
  return db.selectFrom('innovation_categories').select('id').where('code', '=', code).executeTakeFirst();
}

/** Category ids by code: the active ones (the import matches spreadsheet cells against them), or all. */
export async function categoryIdsByCode(db: DbOrTrx, options: { includeInactive: boolean }): Promise<Map<string, number>> {
  let query = db.selectFrom('innovation_categories').select(['id', 'code']);
  if (!options.includeInactive) query = query.where('active', '=', true);
  return new Map((await query.execute()).map((c) => [c.code, c.id]));
}

export function insertCategory(trx: Trx, input: { code: string; nameId: string; nameEn: string; position?: number | undefined }) {
  return trx
    .insertInto('innovation_categories')
    .values({ code: input.code, name_id: input.nameId, name_en: input.nameEn, position: input.position ?? 0 })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateCategoryRow(
  trx: Trx,
  id: number,
  patch: { nameId?: string | undefined; nameEn?: string | undefined; position?: number | undefined; active?: boolean | undefined },
  at: Date,
) {
  return trx
    .updateTable('innovation_categories')
    .set({
      ...(patch.nameId !== undefined ? { name_id: patch.nameId } : {}),
      ...(patch.nameEn !== undefined ? { name_en: patch.nameEn } : {}),
      ...(patch.position !== undefined ? { position: patch.position } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
      updated_at: at,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Which of these category ids exist (for catalog/read-model.ts). */
export async function selectExistingCategoryIds(db: DbOrTrx, ids: readonly number[]): Promise<number[]> {
  const rows = await db
    .selectFrom('innovation_categories')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => r.id);
}

export function categoryToView(row: Selectable<InnovationCategoryTable>): CategoryView {
  return { id: row.id, code: row.code, nameId: row.name_id, nameEn: row.name_en, position: row.position, active: row.active };
}

export async function findCategory(db: DbOrTrx, id: number) {
  return db.selectFrom('innovation_categories').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listCategories(db: DbOrTrx, includeInactive: boolean) {
  let q = db.selectFrom('innovation_categories').selectAll();
  if (!includeInactive) q = q.where('active', '=', true);
  return (await q.orderBy('position').orderBy('name_id').execute()).map(categoryToView);
}
