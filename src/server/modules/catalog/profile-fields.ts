import type { Updateable } from 'kysely';
import type { InnovationTable } from '../../db/schema/catalog.js';
import type { InnovationProfile, WorkflowState } from '../../../common/catalog.js';
import type { ProfileInput } from './schemas.js';

/**
 * The editable profile of an innovation (the shared `InnovationProfile`) and its mapping to
 * columns. The same snapshot shape is stored per version and compared to produce the "who
 * changed what" diff.
 */
export interface ProfileSnapshot extends InnovationProfile {
  workflowState: WorkflowState;
  /** File names of the supporting documents, so uploads and removals show in the history too. */
  documents: string[];
}

export type ProfileField = keyof ProfileInput;

const COLUMN_OF: Record<ProfileField, keyof InnovationTable> = {
  title: 'title',
  summary: 'summary',
  unitName: 'unit_name',
  regionCode: 'region_code',
  problem: 'problem',
  approach: 'approach',
  implementationSteps: 'implementation_steps',
  results: 'results',
  stakeholders: 'stakeholders',
  resources: 'resources',
  budgetSource: 'budget_source',
  sustainability: 'sustainability',
  replicationPotential: 'replication_potential',
  beneficiaries: 'beneficiaries',
  costSavedIdr: 'cost_saved_idr',
  timeSavedDays: 'time_saved_days',
  indicators: 'indicators',
  websiteUrl: 'website_url',
  videoUrl: 'video_url',
  startDate: 'start_date',
  digital: 'digital',
  governmentAffair: 'government_affair',
  initiator: 'initiator',
  form: 'form',
  categoryId: 'category_id',
  sdgs: 'sdgs',
  status: 'status',
  stoppedReason: 'stopped_reason',
};

/** Column values for the fields present in `input` (absent fields are left alone). */
export function toColumns(input: ProfileInput): Updateable<InnovationTable> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input) as [ProfileField, unknown][]) {
    if (value === undefined || !(field in COLUMN_OF)) continue;
    if (field === 'indicators') out.indicators = JSON.stringify(value);
    else if (field === 'sdgs') out.sdgs = [...(value as number[])].sort((a, b) => a - b);
    else out[COLUMN_OF[field]] = value;
  }
  return out as Updateable<InnovationTable>;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Field-by-field difference between two snapshots (deep equality by JSON form). */
export function diffSnapshots(before: Partial<ProfileSnapshot> | null, after: ProfileSnapshot): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(after) as (keyof ProfileSnapshot)[]) {
    const a = before ? before[field] : undefined;
    const b = after[field];
    if (JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)) changes.push({ field, before: a ?? null, after: b });
  }
  return changes;
}
