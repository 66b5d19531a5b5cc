import { sql } from 'kysely';
import type { ColumnMapping } from '../../../common/historical-import.js';
import type { DbOrTrx, Trx } from '../../db/types.js';

/** Queries of the ministry's historical import: uploaded files, saved mappings, records to update. */

export async function insertImportFile(trx: Trx, values: { uploadedBy: string; filename: string; storageKey: string; rows: number }): Promise<string> {
  const row = await trx
    .insertInto('historical_import_files')
    .values({ uploaded_by: values.uploadedBy, filename: values.filename.slice(0, 255) || 'berkas', storage_key: values.storageKey, rows: values.rows })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findImportFile(db: DbOrTrx, id: string) {
  return db.selectFrom('historical_import_files').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The caller's own mappings and the global ones, newest first. */
export async function listMappings(db: DbOrTrx, userId: string): Promise<{ id: string; name: string; global: boolean; mapping: ColumnMapping; updatedAt: string }[]> {
  const rows = await db
    .selectFrom('historical_import_mappings')
    .selectAll()
    .where((eb) => eb.or([eb('user_id', '=', userId), eb('user_id', 'is', null)]))
    .orderBy('updated_at', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, global: r.user_id === null, mapping: r.mapping as ColumnMapping, updatedAt: r.updated_at.toISOString() }));
}

export async function findMappingByName(trx: Trx, userId: string | null, name: string) {
  let q = trx
    .selectFrom('historical_import_mappings')
    .select(['id', 'mapping'])
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  q = userId ? q.where('user_id', '=', userId) : q.where('user_id', 'is', null);
  return q.forUpdate().executeTakeFirst();
}

export async function saveMappingRow(trx: Trx, existingId: string | null, values: { userId: string | null; name: string; mapping: ColumnMapping }): Promise<string> {
  if (existingId) {
    await trx
      .updateTable('historical_import_mappings')
      .set({ name: values.name, mapping: JSON.stringify(values.mapping), updated_at: new Date() })
      .where('id', '=', existingId)
      .execute();
    return existingId;
  }
  const row = await trx
    .insertInto('historical_import_mappings')
    .values({ user_id: values.userId, name: values.name, mapping: JSON.stringify(values.mapping) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface ExistingRecord {
  id: string;
  title: string;
  agencyId: string;
  year: number;
  externalKey: string | null;
}

/** Records holding any of the keys. */
export async function recordsByExternalKey(db: DbOrTrx, keys: readonly string[]): Promise<ExistingRecord[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('innovations')
    .select(['id', 'title', 'agency_id', 'year_started', 'external_key'])
    .where('external_key', 'in', [...keys])
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, agencyId: r.agency_id, year: r.year_started, externalKey: r.external_key }));
}

/** Records of the agencies that started in one of the years (the title is compared by the service). */
export async function recordsOfAgencies(db: DbOrTrx, agencyIds: readonly string[], years: readonly number[]): Promise<ExistingRecord[]> {
  if (agencyIds.length === 0 || years.length === 0) return [];
  const rows = await db
    .selectFrom('innovations')
    .select(['id', 'title', 'agency_id', 'year_started', 'external_key'])
    .where('agency_id', 'in', [...agencyIds])
    .where('year_started', 'in', [...years])
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, agencyId: r.agency_id, year: r.year_started, externalKey: r.external_key }));
}

export async function analyzeInnovations(db: DbOrTrx): Promise<void> {
  await sql`analyze innovations`.execute(db);
}
