import type { Generated } from 'kysely';
import type { FactCode } from '../../../common/incentive.js';
import type { GeneratedTimestamp, Json, Timestamp } from '../schema.js';

/** Tables of the incentive module (migration 2026_12_01_0900_incentive). */
export interface IncentiveRuleSetTable {
  id: Generated<string>;
  fiscal_year: number;
  name: string;
  status: Generated<'draft' | 'published'>;
  config: Json;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  published_at: Timestamp | null;
  published_by: string | null;
}

export interface IncentiveRegionFactTable {
  fiscal_year: number;
  region_code: string;
  fact: FactCode;
  value: string;
  source: string;
  /** `YYYY-MM-DD`. */
  source_date: string | null;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface IncentiveScenarioTable {
  id: Generated<string>;
  rule_set_id: string;
  name: string;
  overrides: Json;
  effective_config: Json;
  inputs: Json;
  inputs_hash: string;
  result: Json;
  /** numeric(18,0): whole rupiah as text. */
  pool: string;
  allocated: string;
  eligible_count: number;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  recommended_at: Timestamp | null;
  recommended_by: string | null;
}

export interface IncentiveTables {
  incentive_rule_sets: IncentiveRuleSetTable;
  incentive_region_facts: IncentiveRegionFactTable;
  incentive_scenarios: IncentiveScenarioTable;
}
