import type { Insertable } from 'kysely';
import type { InnovationDocumentTable } from '../../db/schema/catalog.js';
import type { Trx } from '../../db/types.js';

/** Writes on `innovation_documents` (its reads are in repository.ts). */

export async function insertDocument(trx: Trx, row: Insertable<InnovationDocumentTable>): Promise<void> {
  await trx.insertInto('innovation_documents').values(row).execute();
}

export async function deleteDocument(trx: Trx, documentId: string): Promise<void> {
  await trx.deleteFrom('innovation_documents').where('id', '=', documentId).execute();
}
