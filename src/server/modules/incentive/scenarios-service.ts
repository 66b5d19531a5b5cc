import { createHash } from 'node:crypto';
import type { Measure, ScenarioOverrides, ScenarioResult } from '../../../common/incentive.js';
import { appendAudit, type Actor } from '../../audit/audit-log.js';
import { canonicalJson } from '../../audit/canonical-json.js';
import type { Db } from '../../db/types.js';
import { errors } from '../../http/errors.js';
import { awardCountsByRegion } from '../catalog/awards-service.js';
import { indexResultsOf } from '../innovation-index/results-service.js';
import { notify } from '../notifications/service.js';
import { listRegionalGovernments } from '../regions/service.js';
import { activeUserIdsByRole } from '../users/contacts.js';
import { evaluateScenario, type RegionInput } from './domain/evaluate.js';
import { applyOverrides } from './domain/validate.js';
import {
  insertScenario,
  lockRuleSet,
  markRecommended,
  type RuleSetRow,
  type ScenarioRow,
  selectFacts,
  selectRecommendationOf,
  selectRuleSet,
  selectScenario,
  selectScenarioAmounts,
  selectScenarios,
} from './repository.js';
import { RULE_SET } from './rules-service.js';

/**
 * Scenarios: one run of a published rule set with the ministry's changes (pool, weights, shares),
 * stored immutably with the exact inputs it read and their SHA-256, so any figure can be traced
 * and recomputed. One scenario per rule set is published as the recommendation for the Ministry
 * of Finance, which decides.
 */

export const SCENARIO = { id: 'Skenario', en: 'Scenario' };

/** The inputs of a run, read from the platform: regions, recorded facts, award counts and published index results. */
export async function gatherInputs(db: Db, ruleSet: Pick<RuleSetRow, 'fiscalYear' | 'config'>): Promise<RegionInput[]> {
  const [regions, facts, awards, iid] = await Promise.all([
    listRegionalGovernments(db),
    selectFacts(db, ruleSet.fiscalYear),
    awardCountsByRegion(db, ruleSet.config.resultsYear),
    indexResultsOf(db, ruleSet.config.resultsYear),
  ]);
  const factsOf = new Map<string, RegionInput['facts']>();
  for (const f of facts) factsOf.set(f.regionCode, { ...factsOf.get(f.regionCode), [f.fact]: f.value });
  const count = new Map<string, number>();
  for (const a of awards) count.set(`${a.regionCode}|${a.level}`, a.count);
  return regions.map((r) => {
    const measures: Record<Measure, number | null> = {
      kipp_top5: count.get(`${r.code}|top_5`) ?? 0,
      kipp_top45: count.get(`${r.code}|top_45`) ?? 0,
      kipp_top99: count.get(`${r.code}|top_99`) ?? 0,
      // The index's published verified IID of the results year; no published results: no data, scored 0 and said so.
      iid_score: iid ? (iid.get(r.code) ?? 0) : null,
    };
    return { code: r.code, name: r.name, kind: r.kind, facts: factsOf.get(r.code) ?? {}, measures };
  });
}

export function inputsHash(config: unknown, fiscalYear: number, inputs: readonly RegionInput[]): string {
  return createHash('sha256').update(canonicalJson({ config, fiscalYear, inputs })).digest('hex');
}

export async function runScenario(db: Db, actor: Actor, ruleSetId: string, input: { name: string; overrides: ScenarioOverrides }): Promise<ScenarioRow> {
  const ruleSet = await selectRuleSet(db, ruleSetId);
  if (!ruleSet) throw errors.notFound(RULE_SET);
  if (ruleSet.status !== 'published') {
    throw errors.conflict('RULE_SET_NOT_PUBLISHED', {
      id: 'Terbitkan (bekukan) aturan ini dahulu sebelum menjalankan skenario.',
      en: 'Publish (freeze) this rule set before running scenarios.',
    });
  }
  const config = applyOverrides(ruleSet.config, input.overrides);
  const inputs = await gatherInputs(db, ruleSet);
  const result = evaluateScenario(config, ruleSet.fiscalYear, inputs);
  const hash = inputsHash(config, ruleSet.fiscalYear, inputs);
  return db.transaction().execute(async (trx) => {
    const row = await insertScenario(trx, {
      ruleSetId,
      name: input.name,
      overrides: input.overrides,
      effectiveConfig: config,
      inputs,
      inputsHash: hash,
      result,
      createdBy: actor.userId,
    });
    await appendAudit(trx, actor, {
      action: 'incentive.scenario.run',
      entityType: 'incentive_scenario',
      entityId: row.id,
      after: {
        ruleSetId,
        name: row.name,
        overrides: input.overrides,
        inputsHash: hash,
        pool: result.pool,
        allocated: result.allocated,
        unallocated: result.unallocated,
        eligible: result.eligibleCount,
      },
    });
    return row;
  });
}

export function listScenarios(db: Db, ruleSetId: string): Promise<ScenarioRow[]> {
  return selectScenarios(db, { ruleSetId });
}

export function listRecommendations(db: Db): Promise<ScenarioRow[]> {
  return selectScenarios(db, { recommendedOnly: true });
}

export async function getScenario(db: Db, id: string, options: { recommendedOnly?: boolean } = {}): Promise<ScenarioRow & { result: ScenarioResult; ruleSet: RuleSetRow }> {
  const row = await selectScenario(db, id);
  if (!row || (options.recommendedOnly && !row.recommendedAt)) throw errors.notFound(SCENARIO);
  const ruleSet = await selectRuleSet(db, row.ruleSetId);
  return { ...row, ruleSet: ruleSet! };
}

export interface ComparisonRow {
  regionCode: string;
  regionName: string;
  a: { eligible: boolean; amount: string };
  b: { eligible: boolean; amount: string };
  /** b − a in rupiah (may be negative). */
  delta: string;
}

/** Side by side: who gains, who loses, by how much (b against a). Reads amounts only, not the reasons. */
export async function compareScenarios(db: Db, aId: string, bId: string) {
  const [a, b] = await Promise.all([selectScenarioAmounts(db, aId), selectScenarioAmounts(db, bId)]);
  if (!a || !b) throw errors.notFound(SCENARIO);
  const bByCode = new Map(b.regions.map((r) => [r.regionCode, r]));
  const rows: ComparisonRow[] = [];
  let gainers = 0;
  let losers = 0;
  for (const ra of a.regions) {
    const rb = bByCode.get(ra.regionCode);
    const amountB = rb?.amount ?? '0';
    const delta = BigInt(amountB) - BigInt(ra.amount);
    if (delta === 0n && !ra.eligible && !rb?.eligible) continue;
    if (delta > 0n) gainers += 1;
    if (delta < 0n) losers += 1;
    rows.push({
      regionCode: ra.regionCode,
      regionName: ra.regionName,
      a: { eligible: ra.eligible, amount: ra.amount },
      b: { eligible: rb?.eligible ?? false, amount: amountB },
      delta: delta.toString(),
    });
  }
  rows.sort((x, y) => {
    const dx = BigInt(x.delta);
    const dy = BigInt(y.delta);
    if (dx !== dy) return dy > dx ? 1 : -1;
    return x.regionCode < y.regionCode ? -1 : 1;
  });
  const strip = ({ regions: _regions, ...s }: ScenarioRow & { regions: unknown }) => s;
  return { a: strip(a), b: strip(b), gainers, losers, unchanged: rows.length - gainers - losers, rows };
}

export async function recommendScenario(db: Db, actor: Actor, id: string, options: { publicUrl?: string } = {}): Promise<ScenarioRow> {
  return db.transaction().execute(async (trx) => {
    const scenario = await selectScenario(trx, id, { forUpdate: true });
    if (!scenario) throw errors.notFound(SCENARIO);
    if (scenario.recommendedAt) return scenario;
    await lockRuleSet(trx, scenario.ruleSetId);
    const existing = await selectRecommendationOf(trx, scenario.ruleSetId);
    if (existing) {
      throw errors.conflict('RECOMMENDATION_EXISTS', {
        id: 'Aturan ini sudah memiliki rekomendasi yang diterbitkan; rekomendasi tidak dapat diganti.',
        en: 'This rule set already has a published recommendation; it cannot be replaced.',
      });
    }
    await markRecommended(trx, id, actor.userId);
    const ruleSet = await selectRuleSet(trx, scenario.ruleSetId);
    // The Ministry of Finance decides: every finance viewer is told the recommendation is ready.
    await notify(trx, {
      recipients: (await activeUserIdsByRole(trx, ['finance_viewer'])).map((userId) => ({ userId })),
      kind: 'incentive.published',
      params: { year: ruleSet!.fiscalYear, title: `${ruleSet!.name}: ${scenario.name}` },
      link: `/insentif/skenario/${id}`,
      publicUrl: options.publicUrl,
    });
    await appendAudit(trx, actor, {
      action: 'incentive.recommendation.publish',
      entityType: 'incentive_scenario',
      entityId: id,
      after: { ruleSetId: scenario.ruleSetId, inputsHash: scenario.inputsHash, pool: scenario.pool, allocated: scenario.allocated, eligible: scenario.eligibleCount },
    });
    const { result: _r, ...row } = (await selectScenario(trx, id))!;
    return row;
  });
}
