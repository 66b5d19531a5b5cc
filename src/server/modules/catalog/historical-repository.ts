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

/** Many new records in one statement (ids chosen by the caller, so rows and ids stay paired). */
export async function insertInnovations(trx: Trx, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('innovations')
    .values(rows as never)
    .execute();
}

/** Locks the records a re-import updates, in id order so two imports never deadlock. */
export async function lockInnovationRows(trx: Trx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .selectFrom('innovations')
    .select('id')
    .where('id', 'in', [...ids])
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** Document file names of many records, each list in upload order (the versions' snapshots name them). */
export async function documentNamesOf(db: DbOrTrx, ids: readonly string[]): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return names;
  const rows = await db
    .selectFrom('innovation_documents')
    .select(['innovation_id', 'filename'])
    .where('innovation_id', 'in', [...ids])
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
  for (const r of rows) names.get(r.innovation_id)?.push(r.filename);
  return names;
}

export async function insertVersions(
  trx: Trx,
  rows: readonly { innovationId: string; version: number; action: string; changedBy: string | null; changes: unknown; snapshot: unknown }[],
): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('innovation_versions')
    .values(
      rows.map((v) => ({
        innovation_id: v.innovationId,
        version: v.version,
        action: v.action,
        changed_by: v.changedBy,
        changes: JSON.stringify(v.changes),
        snapshot: JSON.stringify(v.snapshot),
      })),
    )
    .execute();
}

export type ImportJobStatus = 'running' | 'done' | 'failed';

/** A running job for the file, or null when one runs already (the partial unique index decides, atomically). */
export async function insertImportJob(db: DbOrTrx, values: { fileId: string; createdBy: string; total: number }): Promise<string | null> {
  const row = await db
    .insertInto('historical_import_jobs')
    .values({ file_id: values.fileId, created_by: values.createdBy, total: values.total, status: 'running', report: null, error: null, finished_at: null })
    .onConflict((oc) => oc.column('file_id').where('status', '=', 'running').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function finishImportJob(db: DbOrTrx, id: string, outcome: { status: Exclude<ImportJobStatus, 'running'>; report?: unknown; error?: unknown }): Promise<void> {
  await db
    .updateTable('historical_import_jobs')
    .set({
      status: outcome.status,
      report: outcome.report === undefined ? null : JSON.stringify(outcome.report),
      error: outcome.error === undefined ? null : JSON.stringify(outcome.error),
      finished_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export function findImportJob(db: DbOrTrx, id: string) {
  return db.selectFrom('historical_import_jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** False while a runner holds the job's lock (for its whole transaction); else takes it until this transaction ends. */
export async function tryLockImportJob(trx: Trx, id: string): Promise<boolean> {
  const free = await sql<{ free: boolean }>`select pg_try_advisory_xact_lock(${JOB_LOCK}, hashtext(${id})) as free`.execute(trx);
  return free.rows[0]?.free === true;
}

/** Marks a job still running as failed; false when it had finished meanwhile. */
export async function failRunningJob(trx: Trx, id: string, error: unknown): Promise<boolean> {
  const updated = await trx
    .updateTable('historical_import_jobs')
    .set({ status: 'failed', error: JSON.stringify(error), finished_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}

export async function lockImportJob(trx: Trx, id: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(${JOB_LOCK}, hashtext(${id}))`.execute(trx);
}

/** The advisory-lock namespace of historical import jobs. */
const JOB_LOCK = 20_261_203;
