import type { RuleSetConfig } from '../../../common/incentive.js';
import { appendAudit, type Actor } from '../../audit/audit-log.js';
import { canonicalJson } from '../../audit/canonical-json.js';
import type { Db } from '../../db/types.js';
import { errors } from '../../http/errors.js';
import { checkRuleSet } from './domain/validate.js';
import { insertRuleSet, lockRuleSet, markRuleSetPublished, publishedRuleSetOfYear, type RuleSetRow, selectRuleSet, selectRuleSets, updateRuleSet } from './repository.js';

/** Rule sets per fiscal year: drafted and changed by the ministry, frozen once published. */

export const RULE_SET = { id: 'Aturan insentif', en: 'Incentive rule set' };

export function listRuleSets(db: Db): Promise<RuleSetRow[]> {
  return selectRuleSets(db);
}

export async function getRuleSet(db: Db, id: string): Promise<RuleSetRow> {
  const row = await selectRuleSet(db, id);
  if (!row) throw errors.notFound(RULE_SET);
  return row;
}

export async function createRuleSet(db: Db, actor: Actor, input: { fiscalYear: number; name: string; config: RuleSetConfig }): Promise<RuleSetRow> {
  checkRuleSet(input.config);
  return db.transaction().execute(async (trx) => {
    const row = await insertRuleSet(trx, { ...input, createdBy: actor.userId });
    await appendAudit(trx, actor, {
      action: 'incentive.rule_set.create',
      entityType: 'incentive_rule_set',
      entityId: row.id,
      after: { fiscalYear: row.fiscalYear, name: row.name, config: row.config },
    });
    return row;
  });
}

export async function changeRuleSet(db: Db, actor: Actor, id: string, input: { name: string; config: RuleSetConfig }): Promise<RuleSetRow> {
  checkRuleSet(input.config);
  return db.transaction().execute(async (trx) => {
    const before = await selectRuleSet(trx, id, { forUpdate: true });
    if (!before) throw errors.notFound(RULE_SET);
    // A resend of what is stored (a proxy retrying a PUT) changes and audits nothing, even once published.
    if (before.name === input.name && canonicalJson(before.config) === canonicalJson(input.config)) return before;
    if (before.status === 'published') {
      throw errors.conflict('RULE_SET_FROZEN', {
        id: 'Aturan yang sudah diterbitkan tidak dapat diubah; buat aturan baru untuk tahun ini bila perlu.',
        en: 'A published rule set cannot be changed; create a new one for the year if needed.',
      });
    }
    const after = await updateRuleSet(trx, id, input);
    await appendAudit(trx, actor, {
      action: 'incentive.rule_set.update',
      entityType: 'incentive_rule_set',
      entityId: id,
      before: { name: before.name, config: before.config },
      after: { name: after.name, config: after.config },
    });
    return after;
  });
}

export async function publishRuleSet(db: Db, actor: Actor, id: string): Promise<RuleSetRow> {
  return db.transaction().execute(async (trx) => {
    const before = await selectRuleSet(trx, id, { forUpdate: true });
    if (!before) throw errors.notFound(RULE_SET);
    if (before.status === 'published') return before;
    await lockRuleSet(trx, `year:${before.fiscalYear}`);
    const other = await publishedRuleSetOfYear(trx, before.fiscalYear);
    if (other) {
      throw errors.conflict('RULE_SET_YEAR_PUBLISHED', {
        id: `Tahun anggaran ${before.fiscalYear} sudah memiliki aturan yang diterbitkan.`,
        en: `Fiscal year ${before.fiscalYear} already has a published rule set.`,
      });
    }
    checkRuleSet(before.config);
    const after = await markRuleSetPublished(trx, id, actor.userId);
    await appendAudit(trx, actor, {
      action: 'incentive.rule_set.publish',
      entityType: 'incentive_rule_set',
      entityId: id,
      before: { status: before.status },
      after: { status: after.status, config: after.config },
    });
    return after;
  });
}
