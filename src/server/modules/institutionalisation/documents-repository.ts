import type { InstitutionalisationDocumentSection } from '../../../common/institutionalisation.js';
import type { DbOrTrx, Trx } from '../../db/types.js';

/** The uploaded document of a legal basis or plan inclusion (columns document_key/name/type/size). */

const TABLE = { 'legal-bases': 'inst_legal_bases', plans: 'inst_plan_inclusions' } as const;

export async function selectDocument(db: DbOrTrx, section: InstitutionalisationDocumentSection, innovationId: string, itemId: string) {
  return db
    .selectFrom(TABLE[section])
    .select(['document_key', 'document_name', 'document_type'])
    .where('id', '=', itemId)
    .where('innovation_id', '=', innovationId)
    .executeTakeFirst();
}

/** Sets the entry's document; the previous one (its key and name), or undefined when the entry does not exist. */
export async function replaceDocument(
  trx: Trx,
  section: InstitutionalisationDocumentSection,
  innovationId: string,
  itemId: string,
  doc: { key: string; name: string; type: string; size: number },
) {
  const before = await trx
    .selectFrom(TABLE[section])
    .select(['document_key', 'document_name'])
    .where('id', '=', itemId)
    .where('innovation_id', '=', innovationId)
    .forUpdate()
    .executeTakeFirst();
  if (!before) return undefined;
  await trx
    .updateTable(TABLE[section])
    .set({ document_key: doc.key, document_name: doc.name, document_type: doc.type, document_size: doc.size })
    .where('id', '=', itemId)
    .execute();
  return before;
}
