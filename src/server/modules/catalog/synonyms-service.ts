import type { Kysely } from 'kysely';
import { appendAudit, type Actor } from '../../audit/audit-log.js';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import type { SynonymGroupView } from './schemas.js';
import { normalizeText } from './search-terms.js';
import { deleteSynonymRow, findSynonymRow, insertSynonymRow, listSynonymRows, type SynonymRow, synonymGroupsHolding, updateSynonymRow } from './search-terms-repository.js';

/**
 * The synonym and variant dictionary of catalog search (issue #13.4), maintained by the
 * ministry: groups of equivalent terms applied as query expansion. Every change is audited in its
 * transaction; the search picks it up at once (the write bumps the search generation).
 */
function toView(row: SynonymRow): SynonymGroupView {
  return { id: row.id, terms: row.terms, note: row.note, updatedAt: row.updated_at.toISOString(), updatedBy: row.updated_by_name };
}

export async function listSynonymGroups(db: Kysely<Database>): Promise<SynonymGroupView[]> {
  return (await listSynonymRows(db)).map(toView);
}

/** Terms as the search compares them; refuses groups with fewer than two distinct terms. */
function cleanTerms(terms: readonly string[]): string[] {
  const clean = [...new Set(terms.map(normalizeText).filter((t) => t.length > 0))];
  if (clean.length < 2) {
    throw errors.validation(
      { id: "Data tidak valid: 'terms' memerlukan sedikitnya dua istilah yang berbeda.", en: "Invalid data: 'terms' needs at least two different terms." },
      { fields: [{ field: 'terms' }] },
    );
  }
  return clean;
}

async function refuseOverlap(db: Kysely<Database>, terms: string[], exceptId: number | null): Promise<void> {
  const holding = await synonymGroupsHolding(db, terms, exceptId);
  if (holding.length === 0) return;
  const shared = terms.filter((t) => holding.some((h) => h.terms.includes(t)));
  throw errors.conflict(
    'SYNONYM_TERM_TAKEN',
    {
      id: `Istilah sudah ada di kelompok lain: ${shared.join(', ')}. Ubah kelompok itu saja.`,
      en: `Terms already in another group: ${shared.join(', ')}. Edit that group instead.`,
    },
    { fields: [{ field: 'terms' }] },
  );
}

export async function createSynonymGroup(db: Kysely<Database>, actor: Actor, input: { terms: string[]; note?: string | undefined }): Promise<SynonymGroupView> {
  const terms = cleanTerms(input.terms);
  return db.transaction().execute(async (trx) => {
    await refuseOverlap(trx, terms, null);
    const id = await insertSynonymRow(trx, { terms, note: input.note ?? '', updatedBy: actor.userId });
    await appendAudit(trx, actor, { action: 'search_synonym.create', entityType: 'search_synonym', entityId: String(id), after: { terms, note: input.note ?? '' } });
    return toView((await findSynonymRow(trx, id))!);
  });
}

export async function updateSynonymGroup(db: Kysely<Database>, actor: Actor, id: number, input: { terms: string[]; note?: string | undefined }): Promise<SynonymGroupView> {
  const terms = cleanTerms(input.terms);
  return db.transaction().execute(async (trx) => {
    const before = await findSynonymRow(trx, id);
    if (!before) throw errors.notFound({ id: 'Kelompok sinonim', en: 'Synonym group' });
    await refuseOverlap(trx, terms, id);
    const note = input.note ?? before.note;
    await updateSynonymRow(trx, id, { terms, note, updatedBy: actor.userId });
    await appendAudit(trx, actor, {
      action: 'search_synonym.update',
      entityType: 'search_synonym',
      entityId: String(id),
      before: { terms: before.terms, note: before.note },
      after: { terms, note },
    });
    return toView((await findSynonymRow(trx, id))!);
  });
}

export async function deleteSynonymGroup(db: Kysely<Database>, actor: Actor, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await findSynonymRow(trx, id);
    if (!before) throw errors.notFound({ id: 'Kelompok sinonim', en: 'Synonym group' });
    await deleteSynonymRow(trx, id);
    await appendAudit(trx, actor, { action: 'search_synonym.delete', entityType: 'search_synonym', entityId: String(id), before: { terms: before.terms, note: before.note } });
  });
}
