import type { Kysely } from 'kysely';
import { appendAudit, type Actor } from '../../audit/audit-log.js';
import type { AuthUser } from '../../auth/auth-user.js';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { categoryIdsByCode, categoryToView, findCategory, findCategoryIdByCode, insertCategory, listCategories, updateCategoryRow } from './categories-repository.js';
import { maySeeInactiveCategories } from './policy.js';
import type { CategoryView } from './schemas.js';

/** The configurable category list (kategori/cluster), managed by the ministry. */
export function categoriesFor(db: Kysely<Database>, includeInactive: boolean): Promise<CategoryView[]> {
  return listCategories(db, includeInactive);
}

/** For other modules (demo seeders, imports): the ids of the active categories by code. */
export function activeCategoryIds(db: Kysely<Database>): Promise<Map<string, number>> {
  return categoryIdsByCode(db, { includeInactive: false });
}

/** The public list; withdrawn categories too when asked for by someone the policy lets see them. */
export function categoriesForViewer(db: Kysely<Database>, user: AuthUser | null | undefined, askedForAll: boolean): Promise<CategoryView[]> {
  return listCategories(db, askedForAll && maySeeInactiveCategories(user));
}

export async function createCategory(
  db: Kysely<Database>,
  actor: Actor,
  input: { code: string; nameId: string; nameEn: string; position?: number | undefined },
): Promise<CategoryView> {
  const taken = await findCategoryIdByCode(db, input.code);
  if (taken) {
    throw errors.conflict(
      'CATEGORY_CODE_TAKEN',
      { id: `Kode kategori '${input.code}' sudah dipakai.`, en: `Category code '${input.code}' is already used.` },
      { fields: [{ field: 'code' }] },
    );
  }
  return db.transaction().execute(async (trx) => {
    const row = await insertCategory(trx, input);
    await appendAudit(trx, actor, { action: 'innovation_category.create', entityType: 'innovation_category', entityId: String(row.id), after: input });
    return categoryToView(row);
  });
}

export async function updateCategory(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  patch: { nameId?: string | undefined; nameEn?: string | undefined; position?: number | undefined; active?: boolean | undefined },
): Promise<CategoryView> {
  return db.transaction().execute(async (trx) => {
    const before = await findCategory(trx, id);
    if (!before) throw errors.notFound({ id: 'Kategori', en: 'Category' });
    const row = await updateCategoryRow(trx, id, patch, new Date());
    await appendAudit(trx, actor, { action: 'innovation_category.update', entityType: 'innovation_category', entityId: String(id), before: categoryToView(before), after: patch });
    return categoryToView(row);
  });
}
