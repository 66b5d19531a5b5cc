import { sql, type Transaction } from 'kysely';
import type { AgencyType } from '../../../common/agency-types.js';
import type { Indicator, WorkflowState } from '../../../common/catalog.js';
import type { Database } from '../../db/schema.js';
import type { DbOrTrx } from '../../db/types.js';
import type { InnovationTable } from '../../db/schema/catalog.js';
import type { FieldChange, ProfileSnapshot } from './profile-fields.js';
import type { CategoryView } from './schemas.js';

/**
 * Queries on `innovations` itself: the record with its names, versions, awards and replications, and the
 * published keys. Its documents, categories and the staff's lists have their own files
 * (documents-repository.ts, categories-repository.ts, workspace-repository.ts).
 */

/** One innovation with the names of what it points to, in API shape. */
export interface InnovationRecord extends Omit<ProfileSnapshot, 'documents' | 'workflowState'> {
  id: string;
  agencyId: string;
  agencyName: string;
  agencyType: AgencyType;
  regionName: string;
  provinceCode: string;
  provinceName: string;
  category: CategoryView;
  statusConfirmedAt: Date;
  workflowState: WorkflowState;
  reviewNote: string | null;
  submittedAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  /** Historical import (null for records entered here). */
  importedAt: Date | null;
  sourceUrl: string | null;
  externalKey: string | null;
  startPrecision: 'day' | 'month' | 'year';
}

const toNumber = (v: string | number | null): number | null => (v === null ? null : Number(v));

function recordQuery(db: DbOrTrx) {
  return db
    .selectFrom('innovations as i')
    .innerJoin('agencies as a', 'a.id', 'i.agency_id')
    .innerJoin('regions as r', 'r.code', 'i.region_code')
    .innerJoin('regions as p', 'p.code', 'i.province_code')
    .innerJoin('innovation_categories as c', 'c.id', 'i.category_id')
    .select([
      'i.id',
      'i.agency_id',
      'a.name as agency_name',
      'a.type as agency_type',
      'i.unit_name',
      'i.region_code',
      'r.name as region_name',
      'i.province_code',
      'p.name as province_name',
      'i.title',
      'i.summary',
      'i.problem',
      'i.approach',
      'i.implementation_steps',
      'i.results',
      'i.stakeholders',
      'i.resources',
      'i.budget_source',
      'i.sustainability',
      'i.replication_potential',
      'i.beneficiaries',
      'i.cost_saved_idr',
      'i.time_saved_days',
      'i.indicators',
      'i.website_url',
      'i.video_url',
      sql<string>`to_char(i.start_date, 'YYYY-MM-DD')`.as('start_date'),
      'i.digital',
      'i.government_affair',
      'i.initiator',
      'i.form',
      'i.category_id',
      'c.code as category_code',
      'c.name_id as category_name_id',
      'c.name_en as category_name_en',
      'c.position as category_position',
      'c.active as category_active',
      'i.sdgs',
      'i.status',
      'i.stopped_reason',
      'i.status_confirmed_at',
      'i.workflow_state',
      'i.review_note',
      'i.submitted_at',
      'i.published_at',
      'i.created_at',
      'i.updated_at',
      'i.version',
      'i.imported_at',
      'i.source_url',
      'i.external_key',
      'i.start_precision',
    ]);
}

type RecordRow = Awaited<ReturnType<ReturnType<typeof recordQuery>['executeTakeFirstOrThrow']>>;

function toRecord(row: RecordRow): InnovationRecord {
  return {
    id: row.id,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    agencyType: row.agency_type,
    unitName: row.unit_name,
    regionCode: row.region_code,
    regionName: row.region_name,
    provinceCode: row.province_code,
    provinceName: row.province_name,
    title: row.title,
    summary: row.summary,
    problem: row.problem,
    approach: row.approach,
    implementationSteps: row.implementation_steps,
    results: row.results,
    stakeholders: row.stakeholders,
    resources: row.resources,
    budgetSource: row.budget_source,
    sustainability: row.sustainability,
    replicationPotential: row.replication_potential,
    beneficiaries: toNumber(row.beneficiaries),
    costSavedIdr: toNumber(row.cost_saved_idr),
    timeSavedDays: toNumber(row.time_saved_days),
    indicators: row.indicators as Indicator[],
    websiteUrl: row.website_url,
    videoUrl: row.video_url,
    startDate: row.start_date,
    digital: row.digital,
    governmentAffair: row.government_affair,
    initiator: row.initiator,
    form: row.form,
    categoryId: row.category_id,
    category: {
      id: row.category_id,
      code: row.category_code,
      nameId: row.category_name_id,
      nameEn: row.category_name_en,
      position: row.category_position,
      active: row.category_active,
    },
    sdgs: row.sdgs.map(Number),
    status: row.status,
    stoppedReason: row.stopped_reason,
    statusConfirmedAt: row.status_confirmed_at,
    workflowState: row.workflow_state,
    reviewNote: row.review_note,
    submittedAt: row.submitted_at,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    importedAt: row.imported_at,
    sourceUrl: row.source_url,
    externalKey: row.external_key,
    startPrecision: row.start_precision,
  };
}

export async function findInnovationRecord(db: DbOrTrx, id: string): Promise<InnovationRecord | undefined> {
  const row = await recordQuery(db).where('i.id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** Locks the row for the rest of the transaction, so concurrent edits of one record queue. */
export async function lockInnovation(trx: Transaction<Database>, id: string): Promise<InnovationRecord | undefined> {
  await trx.selectFrom('innovations').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  return findInnovationRecord(trx, id);
}

export async function listRecordsByIds(db: DbOrTrx, ids: string[]): Promise<InnovationRecord[]> {
  if (ids.length === 0) return [];
  const rows = await recordQuery(db).where('i.id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, toRecord(r)]));
  return ids.map((id) => byId.get(id)).filter((r): r is InnovationRecord => r !== undefined);
}

export async function insertInnovation(trx: Transaction<Database>, values: Parameters<ReturnType<Transaction<Database>['insertInto']>['values']>[0] & object): Promise<string> {
  const row = await trx
    .insertInto('innovations')
    .values(values as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateInnovationRow(trx: Transaction<Database>, id: string, values: Record<string, unknown>): Promise<void> {
  await trx
    .updateTable('innovations')
    .set({ ...(values as object), updated_at: new Date(), version: sql<number>`version + 1` } as never)
    .where('id', '=', id)
    .execute();
}

export async function insertVersion(
  trx: Transaction<Database>,
  v: { innovationId: string; version: number; action: string; changedBy: string | null; changes: FieldChange[]; snapshot: ProfileSnapshot },
): Promise<void> {
  await trx
    .insertInto('innovation_versions')
    .values({
      innovation_id: v.innovationId,
      version: v.version,
      action: v.action,
      changed_by: v.changedBy,
      changes: JSON.stringify(v.changes),
      snapshot: JSON.stringify(v.snapshot),
    })
    .execute();
}

export async function listVersions(db: DbOrTrx, innovationId: string) {
  return db
    .selectFrom('innovation_versions as v')
    .leftJoin('users as u', 'u.id', 'v.changed_by')
    .select(['v.version', 'v.action', 'v.changed_at', 'v.changes', 'u.id as user_id', 'u.name as user_name'])
    .where('v.innovation_id', '=', innovationId)
    .orderBy('v.version', 'desc')
    .execute();
}

export async function deleteInnovationRow(trx: Transaction<Database>, id: string): Promise<void> {
  await trx.deleteFrom('innovations').where('id', '=', id).execute();
}

// ------------------------------------------------------------------ awards, replications, documents

export async function listAwards(db: DbOrTrx, innovationId: string) {
  return db.selectFrom('innovation_awards').select(['id', 'level', 'year', 'label']).where('innovation_id', '=', innovationId).orderBy('year', 'desc').orderBy('level').execute();
}

/** Read only: rows appear once the replication module records replications. */
export async function listReplications(db: DbOrTrx, innovationId: string) {
  return db
    .selectFrom('innovation_replications as rep')
    .innerJoin('agencies as a', 'a.id', 'rep.adopter_agency_id')
    .leftJoin('regions as r', 'r.code', 'rep.region_code')
    .select([
      'rep.id',
      'a.id as agency_id',
      'a.name as agency_name',
      'rep.region_code',
      'r.name as region_name',
      'rep.replica_innovation_id',
      sql<string | null>`to_char(rep.started_on, 'YYYY-MM-DD')`.as('started_on'),
    ])
    .where('rep.innovation_id', '=', innovationId)
    .orderBy('rep.created_at')
    .execute();
}

// ------------------------------------------------------------------ reference lookups

export async function regionLevel(db: DbOrTrx, code: string): Promise<'province' | 'regency' | undefined> {
  const row = await db.selectFrom('regions').select('level').where('code', '=', code).executeTakeFirst();
  return row?.level;
}

export type InnovationColumns = InnovationTable;

/** Ids of published records by exact title (the demo seeders' lookup of the demo innovations). */
export async function selectPublishedIdsByTitle(db: DbOrTrx, titles: readonly string[]): Promise<Map<string, string>> {
  if (titles.length === 0) return new Map();
  const rows = await db
    .selectFrom('innovations')
    .select(['id', 'title'])
    .where('title', 'in', [...titles])
    .where('published', '=', true)
    .execute();
  return new Map(rows.map((r) => [r.title, r.id]));
}

/** Id, agency, province and title of every published record (optionally only running ones). */
export async function selectPublishedKeys(db: DbOrTrx, scope: 'running' | 'all') {
  let q = db.selectFrom('innovations').select(['id', 'agency_id as agencyId', 'province_code as provinceCode', 'title']).where('published', '=', true);
  if (scope === 'running') q = q.where('status', '=', 'running');
  return q.execute();
}
