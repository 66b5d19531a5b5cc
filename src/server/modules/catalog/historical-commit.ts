import { randomUUID } from 'node:crypto';
import { type Actor, appendAuditBatch } from '../../audit/audit-log.js';
import type { Trx } from '../../db/types.js';
import { createAgencyInTransaction } from '../agencies/service.js';
import type { HistoricalAward } from './awards-service.js';
import type { AgencyDecisionView, PlannedRow } from './historical/plan.js';
import { documentNamesOf, insertInnovations, insertVersions, lockInnovationRows } from './historical-repository.js';
import { changeOf } from './innovation-service.js';
import { listRecordsByIds, type InnovationRecord, updateInnovationRow } from './repository.js';

/**
 * The writing half of the historical import's commit, inside the caller's one transaction.
 * Rows go in chunks: one insert for a chunk's new records, one read of the records before and
 * after, one insert of their version rows and one batch of audit entries — a few statements per
 * 250 rows instead of about ten per row, so thousands of rows commit in seconds and the
 * transaction (on PGlite: the only connection) is held briefly.
 */
const CHUNK = 250;

export interface WrittenRows {
  ids: string[];
  updated: number;
  agenciesCreated: number;
  awards: HistoricalAward[];
}

export async function writePlannedRows(
  trx: Trx,
  actor: Actor,
  userId: string,
  now: Date,
  planned: readonly PlannedRow[],
  onProgress: (done: number) => void = () => undefined,
): Promise<WrittenRows> {
  const created = new Map<string, string>();
  const written: WrittenRows = { ids: [], updated: 0, agenciesCreated: 0, awards: [] };
  for (let start = 0; start < planned.length; start += CHUNK) {
    const chunk = planned.slice(start, start + CHUNK);
    const agencyIds: string[] = [];
    for (const row of chunk) agencyIds.push('id' in row.agency ? row.agency.id : await createdAgency(trx, actor, row.agency.create, created));
    const ids = chunk.map((row) => row.updateId ?? randomUUID());

    const updates = chunk.flatMap((row, i) => (row.updateId ? [{ row, id: ids[i]!, agencyId: agencyIds[i]! }] : []));
    await lockInnovationRows(
      trx,
      updates.map((u) => u.id),
    );
    const before = byId(
      await listRecordsByIds(
        trx,
        updates.map((u) => u.id),
      ),
    );
    const documents = await documentNamesOf(
      trx,
      updates.map((u) => u.id),
    );
    await insertInnovations(
      trx,
      chunk.flatMap((row, i) => (row.updateId ? [] : [{ ...columnsOf(row, userId), id: ids[i], agency_id: agencyIds[i], ...newRecordColumns(userId, now) }])),
    );
    // Updates differ row by row (an empty cell keeps the stored value): one statement each.
    for (const u of updates) await updateInnovationRow(trx, u.id, { ...columnsOf(u.row, userId), agency_id: u.agencyId });

    const after = byId(await listRecordsByIds(trx, ids));
    const changes = chunk.map((row, i) =>
      changeOf(
        actor,
        row.updateId ? 'historical_update' : 'historical_import',
        {
          before: row.updateId ? before.get(ids[i]!)! : null,
          beforeDocuments: documents.get(ids[i]!) ?? [],
          after: after.get(ids[i]!)!,
          afterDocuments: documents.get(ids[i]!) ?? [],
        },
        { row: row.row },
      ),
    );
    await insertVersions(
      trx,
      changes.map((c) => c.version),
    );
    await appendAuditBatch(
      trx,
      actor,
      changes.map((c) => c.audit),
    );

    chunk.forEach((row, i) => row.award && written.awards.push({ innovationId: ids[i]!, ...row.award }));
    written.ids.push(...ids);
    written.updated += updates.length;
    onProgress(written.ids.length);
  }
  written.agenciesCreated = created.size;
  return written;
}

function byId(records: InnovationRecord[]): Map<string, InnovationRecord> {
  return new Map(records.map((r) => [r.id, r]));
}

function newRecordColumns(userId: string, now: Date) {
  return { sdgs: [], created_by: userId, imported_at: now, status_confirmed_at: now, workflow_state: 'published', published_at: now, published_by: userId };
}

function columnsOf(row: PlannedRow, userId: string): Record<string, unknown> {
  return {
    title: row.title,
    // An update never blanks what the record has: an empty cell leaves the field as it is.
    ...(row.summary || !row.updateId ? { summary: row.summary } : {}),
    region_code: row.regionCode,
    start_date: row.startDate,
    start_precision: row.startPrecision,
    category_id: row.categoryId,
    ...(row.sourceUrl || !row.updateId ? { source_url: row.sourceUrl } : {}),
    ...(row.externalKey ? { external_key: row.externalKey } : {}),
    ...(row.websiteUrl ? { website_url: row.websiteUrl } : {}),
    ...(row.unitName ? { unit_name: row.unitName } : {}),
    ...Object.fromEntries(
      Object.entries({
        problem: row.narrative.problem,
        approach: row.narrative.approach,
        implementation_steps: row.narrative.implementationSteps,
        results: row.narrative.results,
      }).filter(([, v]) => v !== ''),
    ),
    updated_by: userId,
  };
}

async function createdAgency(
  trx: Trx,
  actor: Actor,
  spec: { name: string; type: NonNullable<AgencyDecisionView['type']>; regionCode: string },
  created: Map<string, string>,
): Promise<string> {
  const key = spec.name.toLowerCase();
  const known = created.get(key);
  if (known) return known;
  // A regional government sits on its own level; other organisations keep the row's region.
  const regionCode = spec.type === 'provinsi' ? spec.regionCode.slice(0, 2) : spec.regionCode;
  const id = await createAgencyInTransaction(trx, actor, { name: spec.name, type: spec.type, regionCode }, 'historical_import');
  created.set(key, id);
  return id;
}
