import type { Kysely } from 'kysely';
import { generateInnovation, type InnovationSpec, type InnovationUniverse } from '../innovations.js';
import { BatchInserter, type CellValue, type Column, insertRows } from './bulk-insert.js';

/**
 * Streams the innovations into the catalog's `innovations` table (column contract in migration
 * 2026_11_22_0100_catalog: the generated columns and `agency_type` are left to the database)
 * and the replications between them into `innovation_replications`.
 */
const COLUMNS: readonly Column[] = [
  { name: 'id', type: 'uuid' },
  { name: 'agency_id', type: 'uuid' },
  { name: 'unit_name', type: 'text' },
  { name: 'region_code', type: 'text' },
  { name: 'title', type: 'text' },
  { name: 'summary', type: 'text' },
  { name: 'problem', type: 'text' },
  { name: 'approach', type: 'text' },
  { name: 'implementation_steps', type: 'text' },
  { name: 'results', type: 'text' },
  { name: 'stakeholders', type: 'text' },
  { name: 'resources', type: 'text' },
  { name: 'budget_source', type: 'text' },
  { name: 'sustainability', type: 'text' },
  { name: 'replication_potential', type: 'text' },
  { name: 'beneficiaries', type: 'bigint' },
  { name: 'cost_saved_idr', type: 'bigint' },
  { name: 'time_saved_days', type: 'numeric' },
  { name: 'indicators', type: 'jsonb' },
  { name: 'website_url', type: 'text' },
  { name: 'video_url', type: 'text' },
  { name: 'start_date', type: 'date' },
  { name: 'digital', type: 'boolean' },
  { name: 'form', type: 'text' },
  { name: 'category_id', type: 'integer' },
  { name: 'sdgs', type: 'smallint[]' },
  { name: 'status', type: 'text' },
  { name: 'stopped_reason', type: 'text' },
  { name: 'status_confirmed_at', type: 'timestamptz' },
  { name: 'workflow_state', type: 'text' },
  { name: 'submitted_at', type: 'timestamptz' },
  { name: 'published_at', type: 'timestamptz' },
  { name: 'published_by', type: 'uuid' },
  { name: 'created_by', type: 'uuid' },
  { name: 'created_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
];

const REPLICATION_COLUMNS: readonly Column[] = [
  { name: 'innovation_id', type: 'uuid' },
  { name: 'adopter_agency_id', type: 'uuid' },
  { name: 'replica_innovation_id', type: 'uuid' },
  { name: 'region_code', type: 'text' },
  { name: 'started_on', type: 'date' },
];

/** What later stages (competitions, proposals, benchmarks) need to know about each innovation. */
export interface InnovationDirectory {
  readonly ids: readonly string[];
  readonly agencyIndex: Int32Array;
  readonly startYear: Int16Array;
  /** Start date as days since 1970-01-01 (eligibility: minimum age at the deadline). */
  readonly startDay: Int32Array;
  readonly published: Uint8Array;
  readonly themeKeys: readonly string[];
  readonly titles: readonly string[];
}

export interface InnovationRefs {
  readonly agencyIds: readonly string[];
  readonly categoryIds: ReadonlyMap<string, number>;
  /** The account that registered an agency's innovations, and the admin who published them. */
  readonly creatorOf: (agencyIndex: number, innovationIndex: number) => string | null;
  readonly publisherOf: (agencyIndex: number) => string | null;
}

export async function loadInnovations(
  db: Kysely<any>,
  universe: InnovationUniverse,
  count: number,
  refs: InnovationRefs,
  onProgress?: (done: number) => void,
): Promise<InnovationDirectory> {
  const inserter = new BatchInserter(db, 'innovations', COLUMNS, 1000);
  const replications: CellValue[][] = [];
  const directory = {
    ids: new Array<string>(count),
    agencyIndex: new Int32Array(count),
    startYear: new Int16Array(count),
    startDay: new Int32Array(count),
    published: new Uint8Array(count),
    themeKeys: new Array<string>(count),
    titles: new Array<string>(count),
  };
  for (let i = 0; i < count; i++) {
    const spec = generateInnovation(universe, i);
    directory.ids[i] = spec.id;
    directory.agencyIndex[i] = spec.agencyIndex;
    directory.startYear[i] = Number(spec.startDate.slice(0, 4));
    directory.startDay[i] = Date.parse(`${spec.startDate}T00:00:00Z`) / 86_400_000;
    directory.published[i] = spec.workflowState === 'published' ? 1 : 0;
    directory.themeKeys[i] = spec.themeKey;
    directory.titles[i] = spec.title;
    await inserter.add(rowOf(spec, refs));
    if (spec.replicaOf !== null && directory.published[spec.replicaOf] === 1) {
      replications.push([directory.ids[spec.replicaOf]!, refs.agencyIds[spec.agencyIndex]!, spec.id, spec.regionCode, spec.startDate]);
    }
    if (onProgress && (i + 1) % 10_000 === 0) onProgress(i + 1);
  }
  await inserter.flush();
  // Inserted last: a replication references an innovation that may sit in a later batch's flush.
  for (let i = 0; i < replications.length; i += 2000) await insertRows(db, 'innovation_replications', REPLICATION_COLUMNS, replications.slice(i, i + 2000));
  return directory;
}

function rowOf(s: InnovationSpec, refs: InnovationRefs): CellValue[] {
  const t = s.text;
  const published = s.workflowState === 'published' || s.workflowState === 'unpublished';
  return [
    s.id,
    refs.agencyIds[s.agencyIndex]!,
    s.unitName,
    s.regionCode,
    s.title,
    t.summary,
    t.problem,
    t.approach,
    t.implementationSteps,
    t.results,
    t.stakeholders,
    t.resources,
    s.budgetSource,
    t.sustainability,
    t.replicationPotential,
    s.beneficiaries,
    s.costSavedIdr,
    s.timeSavedDays,
    s.indicators,
    s.websiteUrl,
    s.videoUrl,
    s.startDate,
    s.digital,
    s.form,
    refs.categoryIds.get(s.themeKey)!,
    s.sdgs,
    s.status,
    s.stoppedReason,
    s.statusConfirmedAt,
    s.workflowState,
    s.submittedAt,
    s.publishedAt,
    published ? refs.publisherOf(s.agencyIndex) : null,
    refs.creatorOf(s.agencyIndex, s.index),
    s.createdAt,
    s.publishedAt ?? s.submittedAt ?? s.createdAt,
  ];
}
