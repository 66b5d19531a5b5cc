import type { RegionResult } from '../../../common/incentive.js';
import type { AuthUser } from '../../auth/auth-user.js';
import type { Db } from '../../db/types.js';
import { errors } from '../../http/errors.js';
import { findAgency } from '../agencies/service.js';
import { evaluateScenario } from './domain/evaluate.js';
import { precheckRegionOf } from './policy.js';
import { selectCurrentRuleSet, selectFacts } from './repository.js';
import { gatherInputs } from './scenarios-service.js';

/**
 * A region's own pre-check: under the fiscal year's published rules and the facts recorded now,
 * which conditions it meets and fails and which categories it scores in — so it can have a wrong
 * fact corrected before the recommendation. No amounts: money comes only from the ministry's
 * scenarios.
 */
export async function regionPrecheck(db: Db, user: AuthUser, fiscalYear: number) {
  const agency = user.agencyId ? await findAgency(db, user.agencyId) : undefined;
  const regionCode = precheckRegionOf(agency);
  const ruleSet = await selectCurrentRuleSet(db, fiscalYear);
  if (!ruleSet || ruleSet.status !== 'published') {
    throw errors.notFound({ id: `Aturan insentif tahun ${fiscalYear} yang diterbitkan`, en: `A published incentive rule set for ${fiscalYear}` });
  }
  const [inputs, facts] = await Promise.all([gatherInputs(db, ruleSet), selectFacts(db, fiscalYear, [regionCode])]);
  const result = evaluateScenario(ruleSet.config, fiscalYear, inputs).regions.find((r) => r.regionCode === regionCode);
  if (!result) throw errors.notFound({ id: 'Wilayah', en: 'Region' });
  const { amount: _amount, ...withoutMoney }: RegionResult = result;
  return {
    fiscalYear,
    ruleSet: { id: ruleSet.id, name: ruleSet.name },
    region: withoutMoney,
    facts: facts.map((f) => ({ fact: f.fact, value: f.value, source: f.source, sourceDate: f.sourceDate })),
  };
}
