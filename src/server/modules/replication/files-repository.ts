import type { DbOrTrx, Trx } from '../../db/types.js';
import type { ReplicationFileTable } from '../../db/schema/replication.js';

/** Kysely queries of a case's files (agreement documents, log photos). */

export async function insertFile(trx: Trx, row: Omit<ReplicationFileTable, 'created_at'>): Promise<void> {
  await trx.insertInto('replication_files').values(row).execute();
}

export function listFiles(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('replication_files')
    .select(['id', 'kind', 'log_id', 'filename', 'content_type', 'size_bytes', 'created_at'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findFile(db: DbOrTrx, caseId: string, fileId: string) {
  return db.selectFrom('replication_files').select(['id', 'storage_key', 'filename', 'content_type']).where('case_id', '=', caseId).where('id', '=', fileId).executeTakeFirst();
}

export async function countFiles(trx: Trx, caseId: string, kind: ReplicationFileTable['kind'], logId: string | null): Promise<number> {
  let q = trx
    .selectFrom('replication_files')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('case_id', '=', caseId)
    .where('kind', '=', kind);
  if (logId) q = q.where('log_id', '=', logId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export function findLogOfCase(db: DbOrTrx, caseId: string, logId: string) {
  return db.selectFrom('replication_logs').select('id').where('case_id', '=', caseId).where('id', '=', logId).executeTakeFirst();
}

export function agreementNumberOf(db: DbOrTrx, caseId: string) {
  return db.selectFrom('replication_cases').select('agreement_number').where('id', '=', caseId).executeTakeFirst();
}
