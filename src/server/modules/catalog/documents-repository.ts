import type { Insertable } from 'kysely';
import type { InnovationDocumentTable } from '../../db/schema/catalog.js';
import type { DbOrTrx, Trx } from '../../db/types.js';

/** Queries on `innovation_documents`: a record's supporting documents. */

export async function insertDocument(trx: Trx, row: Insertable<InnovationDocumentTable>): Promise<void> {
  await trx.insertInto('innovation_documents').values(row).execute();
}

export async function deleteDocument(trx: Trx, documentId: string): Promise<void> {
  await trx.deleteFrom('innovation_documents').where('id', '=', documentId).execute();
}

export async function documentNames(db: DbOrTrx, innovationId: string): Promise<string[]> {
  const rows = await db.selectFrom('innovation_documents').select('filename').where('innovation_id', '=', innovationId).orderBy('uploaded_at').orderBy('id').execute();
  return rows.map((r) => r.filename);
}

export async function listDocuments(db: DbOrTrx, innovationId: string) {
  return db
    .selectFrom('innovation_documents')
    .select(['id', 'filename', 'content_type', 'size_bytes', 'uploaded_at', 'storage_key', 'sha256'])
    .where('innovation_id', '=', innovationId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

export async function findDocument(db: DbOrTrx, innovationId: string, documentId: string) {
  return db
    .selectFrom('innovation_documents')
    .select(['id', 'filename', 'content_type', 'size_bytes', 'storage_key'])
    .where('innovation_id', '=', innovationId)
    .where('id', '=', documentId)
    .executeTakeFirst();
}

export async function countDocuments(db: DbOrTrx, innovationId: string): Promise<number> {
  const row = await db
    .selectFrom('innovation_documents')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('innovation_id', '=', innovationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
