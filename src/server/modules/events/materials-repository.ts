import type { DbOrTrx, Trx } from '../../db/types.js';

/** Queries on `event_materials`: documents (stored files) and video links. */

export async function insertMaterial(
  trx: Trx,
  values: {
    id?: string;
    event_id: string;
    kind: 'video' | 'document';
    title: string;
    url?: string | null;
    storage_key?: string | null;
    filename?: string | null;
    content_type?: string | null;
    size_bytes?: number | null;
  },
): Promise<string> {
  return (await trx.insertInto('event_materials').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export function findMaterial(db: DbOrTrx, eventId: string, id: string) {
  return db
    .selectFrom('event_materials')
    .select(['id', 'kind', 'title', 'storage_key', 'filename', 'content_type'])
    .where('event_id', '=', eventId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function deleteMaterial(trx: Trx, eventId: string, id: string) {
  return trx.deleteFrom('event_materials').where('event_id', '=', eventId).where('id', '=', id).returning(['storage_key', 'title']).executeTakeFirst();
}

export async function countMaterials(db: DbOrTrx, eventId: string): Promise<number> {
  const row = await db
    .selectFrom('event_materials')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('event_id', '=', eventId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
