import { type Kysely, sql } from 'kysely';
import { THEMES } from '../vocabulary/themes.js';
import { insertRows } from './bulk-insert.js';

/** The catalog's category list gets the ten KIPP 2021 categories (kept if already there). */
export async function loadCategories(db: Kysely<any>): Promise<Map<string, number>> {
  await insertRows(
    db,
    'innovation_categories',
    [
      { name: 'code', type: 'text' },
      { name: 'name_id', type: 'text' },
      { name: 'name_en', type: 'text' },
      { name: 'position', type: 'integer' },
    ],
    THEMES.map((t, i) => [t.key, t.name, t.nameEn, i + 1]),
    { onConflict: 'on conflict (code) do nothing' },
  );
  const rows = await sql<{ id: number; code: string }>`select id, code from innovation_categories`.execute(db);
  return new Map(rows.rows.map((r) => [r.code, r.id]));
}
