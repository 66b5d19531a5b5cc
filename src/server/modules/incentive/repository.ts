import { sql } from 'kysely';
import type { FactCode, RuleSetConfig, ScenarioOverrides, ScenarioResult } from '../../../common/incentive.js';
import type { DbOrTrx, Trx } from '../../db/types.js';

/** The incentive module's queries (tables of migration 2026_12_01_0900_incentive). */

export interface RuleSetRow {
  id: string;
  fiscalYear: number;
  name: string;
  status: 'draft' | 'published';
  config: RuleSetConfig;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
}

const ruleSetColumns = ['id', 'fiscal_year', 'name', 'status', 'config', 'created_at', 'updated_at', 'published_at'] as const;

function toRuleSet(r: {
  id: string;
  fiscal_year: number;
  name: string;
  status: 'draft' | 'published';
  config: unknown;
  created_at: Date;
  updated_at: Date;
  published_at: Date | null;
}): RuleSetRow {
  return {
    id: r.id,
    fiscalYear: r.fiscal_year,
    name: r.name,
    status: r.status,
    config: r.config as RuleSetConfig,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    publishedAt: r.published_at,
  };
}

export async function selectRuleSets(db: DbOrTrx): Promise<RuleSetRow[]> {
  const rows = await db.selectFrom('incentive_rule_sets').select(ruleSetColumns).orderBy('fiscal_year', 'desc').orderBy('created_at', 'desc').execute();
  return rows.map(toRuleSet);
}

export async function selectRuleSet(db: DbOrTrx, id: string, options: { forUpdate?: boolean } = {}): Promise<RuleSetRow | undefined> {
  let q = db.selectFrom('incentive_rule_sets').select(ruleSetColumns).where('id', '=', id);
  if (options.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? toRuleSet(row) : undefined;
}

/** The published rule set of a fiscal year, else its newest draft. */
export async function selectCurrentRuleSet(db: DbOrTrx, fiscalYear: number): Promise<RuleSetRow | undefined> {
  const row = await db
    .selectFrom('incentive_rule_sets')
    .select(ruleSetColumns)
    .where('fiscal_year', '=', fiscalYear)
    .orderBy(sql`status = 'published'`, 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toRuleSet(row) : undefined;
}

export async function insertRuleSet(trx: Trx, values: { fiscalYear: number; name: string; config: RuleSetConfig; createdBy: string | null }): Promise<RuleSetRow> {
  const row = await trx
    .insertInto('incentive_rule_sets')
    .values({ fiscal_year: values.fiscalYear, name: values.name, config: JSON.stringify(values.config), created_by: values.createdBy })
    .returning(ruleSetColumns)
    .executeTakeFirstOrThrow();
  return toRuleSet(row);
}

export async function updateRuleSet(trx: Trx, id: string, values: { name: string; config: RuleSetConfig }): Promise<RuleSetRow> {
  const row = await trx
    .updateTable('incentive_rule_sets')
    .set({ name: values.name, config: JSON.stringify(values.config), updated_at: new Date() })
    .where('id', '=', id)
    .returning(ruleSetColumns)
    .executeTakeFirstOrThrow();
  return toRuleSet(row);
}

export async function markRuleSetPublished(trx: Trx, id: string, by: string | null): Promise<RuleSetRow> {
  const now = new Date();
  const row = await trx
    .updateTable('incentive_rule_sets')
    .set({ status: 'published', published_at: now, published_by: by, updated_at: now })
    .where('id', '=', id)
    .returning(ruleSetColumns)
    .executeTakeFirstOrThrow();
  return toRuleSet(row);
}

export async function publishedRuleSetOfYear(trx: Trx, fiscalYear: number): Promise<string | undefined> {
  const row = await trx.selectFrom('incentive_rule_sets').select('id').where('fiscal_year', '=', fiscalYear).where('status', '=', 'published').executeTakeFirst();
  return row?.id;
}

export interface FactRow {
  regionCode: string;
  fact: FactCode;
  value: string;
  source: string;
  sourceDate: string | null;
  updatedAt: Date;
}

export async function selectFacts(db: DbOrTrx, fiscalYear: number, regionCodes?: readonly string[], options: { forUpdate?: boolean } = {}): Promise<FactRow[]> {
  let q = db
    .selectFrom('incentive_region_facts')
    .select(['region_code', 'fact', 'value', 'source', sql<string | null>`to_char(source_date, 'YYYY-MM-DD')`.as('source_date'), 'updated_at'])
    .where('fiscal_year', '=', fiscalYear);
  if (regionCodes) {
    if (regionCodes.length === 0) return [];
    q = q.where('region_code', 'in', [...regionCodes]);
  }
  if (options.forUpdate) q = q.forUpdate();
  const rows = await q.orderBy('region_code').orderBy('fact').execute();
  return rows.map((r) => ({ regionCode: r.region_code, fact: r.fact, value: r.value, source: r.source, sourceDate: r.source_date, updatedAt: r.updated_at }));
}

/** Writes facts, replacing the recorded value of each (year, region, fact); returns the values they replaced. */
export async function upsertFacts(
  trx: Trx,
  fiscalYear: number,
  facts: readonly { regionCode: string; fact: FactCode; value: string; source: string; sourceDate: string | null }[],
  by: string | null,
): Promise<void> {
  for (let i = 0; i < facts.length; i += 500) {
    const chunk = facts.slice(i, i + 500);
    await trx
      .insertInto('incentive_region_facts')
      .values(chunk.map((f) => ({ fiscal_year: fiscalYear, region_code: f.regionCode, fact: f.fact, value: f.value, source: f.source, source_date: f.sourceDate, updated_by: by })))
      .onConflict((oc) =>
        oc.columns(['fiscal_year', 'region_code', 'fact']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          source: eb.ref('excluded.source'),
          source_date: eb.ref('excluded.source_date'),
          updated_by: eb.ref('excluded.updated_by'),
          updated_at: new Date(),
        })),
      )
      .execute();
  }
}

export interface ScenarioRow {
  id: string;
  ruleSetId: string;
  name: string;
  overrides: ScenarioOverrides;
  effectiveConfig: RuleSetConfig;
  inputsHash: string;
  pool: string;
  allocated: string;
  eligibleCount: number;
  createdAt: Date;
  recommendedAt: Date | null;
}

const scenarioColumns = [
  'id',
  'rule_set_id',
  'name',
  'overrides',
  'effective_config',
  'inputs_hash',
  'pool',
  'allocated',
  'eligible_count',
  'created_at',
  'recommended_at',
] as const;

function toScenario(r: {
  id: string;
  rule_set_id: string;
  name: string;
  overrides: unknown;
  effective_config: unknown;
  inputs_hash: string;
  pool: string;
  allocated: string;
  eligible_count: number;
  created_at: Date;
  recommended_at: Date | null;
}): ScenarioRow {
  return {
    id: r.id,
    ruleSetId: r.rule_set_id,
    name: r.name,
    overrides: r.overrides as ScenarioOverrides,
    effectiveConfig: r.effective_config as RuleSetConfig,
    inputsHash: r.inputs_hash,
    pool: String(r.pool),
    allocated: String(r.allocated),
    eligibleCount: r.eligible_count,
    createdAt: r.created_at,
    recommendedAt: r.recommended_at,
  };
}

export async function insertScenario(
  trx: Trx,
  values: {
    ruleSetId: string;
    name: string;
    overrides: ScenarioOverrides;
    effectiveConfig: RuleSetConfig;
    inputs: unknown;
    inputsHash: string;
    result: ScenarioResult;
    createdBy: string | null;
  },
): Promise<ScenarioRow> {
  const row = await trx
    .insertInto('incentive_scenarios')
    .values({
      rule_set_id: values.ruleSetId,
      name: values.name,
      overrides: JSON.stringify(values.overrides),
      effective_config: JSON.stringify(values.effectiveConfig),
      inputs: JSON.stringify(values.inputs),
      inputs_hash: values.inputsHash,
      result: JSON.stringify(values.result),
      pool: values.result.pool,
      allocated: values.result.allocated,
      eligible_count: values.result.eligibleCount,
      created_by: values.createdBy,
    })
    .returning(scenarioColumns)
    .executeTakeFirstOrThrow();
  return toScenario(row);
}

export async function selectScenarios(db: DbOrTrx, filter: { ruleSetId?: string; recommendedOnly?: boolean }): Promise<ScenarioRow[]> {
  let q = db.selectFrom('incentive_scenarios').select(scenarioColumns);
  if (filter.ruleSetId) q = q.where('rule_set_id', '=', filter.ruleSetId);
  if (filter.recommendedOnly) q = q.where('recommended_at', 'is not', null);
  const rows = await q.orderBy('created_at', 'desc').execute();
  return rows.map(toScenario);
}

export async function selectScenario(db: DbOrTrx, id: string, options: { forUpdate?: boolean } = {}): Promise<(ScenarioRow & { result: ScenarioResult }) | undefined> {
  let q = db
    .selectFrom('incentive_scenarios')
    .select([...scenarioColumns, 'result'])
    .where('id', '=', id);
  if (options.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? { ...toScenario(row), result: row.result as ScenarioResult } : undefined;
}

export async function selectRecommendationOf(trx: Trx, ruleSetId: string): Promise<string | undefined> {
  const row = await trx.selectFrom('incentive_scenarios').select('id').where('rule_set_id', '=', ruleSetId).where('recommended_at', 'is not', null).executeTakeFirst();
  return row?.id;
}

export async function markRecommended(trx: Trx, id: string, by: string | null): Promise<void> {
  await trx.updateTable('incentive_scenarios').set({ recommended_at: new Date(), recommended_by: by }).where('id', '=', id).execute();
}

/** Serialises recommendation and publication per rule set across processes (check, then write, atomically). */
export async function lockRuleSet(trx: Trx, ruleSetId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(20261201, hashtext(${`incentive:${ruleSetId}`}))`.execute(trx);
}

export interface AmountRow {
  regionCode: string;
  regionName: string;
  eligible: boolean;
  amount: string;
}

/** A scenario's summary and, per region, only what a comparison needs (the reasons stay in the database). */
export async function selectScenarioAmounts(db: DbOrTrx, id: string): Promise<(ScenarioRow & { regions: AmountRow[] }) | undefined> {
  const head = await db.selectFrom('incentive_scenarios').select(scenarioColumns).where('id', '=', id).executeTakeFirst();
  if (!head) return undefined;
  const rows = await sql<{ region_code: string; region_name: string; eligible: boolean; amount: string }>`
    select r->>'regionCode' as region_code, r->>'regionName' as region_name, (r->>'eligible')::boolean as eligible, r->>'amount' as amount
    from incentive_scenarios s, jsonb_array_elements(s.result->'regions') r
    where s.id = ${id}
  `.execute(db);
  return { ...toScenario(head), regions: rows.rows.map((r) => ({ regionCode: r.region_code, regionName: r.region_name, eligible: r.eligible, amount: r.amount })) };
}

/** Serialises writes of one region's facts for a year (rows that do not exist yet cannot be row-locked). */
export async function lockRegionFacts(trx: Trx, fiscalYear: number, regionCode: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(20261201, hashtext(${`incentive-facts:${fiscalYear}:${regionCode}`}))`.execute(trx);
}
