import {
  type BudgetLineInput,
  type InstitutionalisationSection,
  type InstitutionalisationView,
  type LegalBasisInput,
  MAX_BUDGET_AMOUNT,
  type MaturityView,
  type PublicMaturityView,
  type PerformanceTargetInput,
  type PlanInclusionInput,
} from '../../../common/institutionalisation.js';
import { appendAudit } from '../../audit/audit-log.js';
import type { Trx } from '../../db/types.js';
import { errors, type LocalizedText } from '../../http/errors.js';
import type { RequestContext } from '../../http/request-context.js';
import type { FileStorage } from '../../storage/index.js';
import { getInnovation } from '../catalog/innovation-service.js';
import { factStage, type MaturityFacts, maturityOf, todayWib } from './domain/maturity.js';
import { unconfirmedSinceOf } from './read-model.js';
import { assertEditRecord, assertReadRecord, canEditRecord } from './policy.js';
import {
  deleteFact,
  insertBudgetLine,
  insertLegalBasis,
  insertPlanInclusion,
  lockRecord,
  selectFacts,
  selectFactStages,
  upsertMaturity,
  upsertPerformanceTarget,
} from './repository.js';

/**
 * The institutionalisation record of an innovation (issue #16 item 1): legal bases, budget lines,
 * plan inclusions and performance targets, entered by the owning agency. Every change runs in one
 * transaction that also refreshes the stored maturity stage and appends the audit entry (last).
 */
type Facts = Awaited<ReturnType<typeof selectFacts>>;

function fieldError(field: string, code: string, text: LocalizedText) {
  return errors.badRequest(code, { id: `Data tidak valid: '${field}' ${text.id}.`, en: `Invalid data: '${field}' ${text.en}.` }, { fields: [{ field, message: text }] });
}

export function maturityFactsOf(facts: Facts, agencyType: string): MaturityFacts {
  return {
    agencyType,
    legalBases: facts.legalBases,
    budgetYears: facts.budgetLines.map((b) => b.fiscalYear),
    plans: facts.plans,
    targetsWithRealisation: facts.targets.filter((t) => t.realisation !== null).length,
  };
}

/** The innovation a record belongs to (404 through the catalog for those who may not see it). */
export async function innovationOf(ctx: RequestContext, id: string) {
  const innovation = await getInnovation(ctx, id);
  return { id: innovation.id, agencyId: innovation.agency.id, agencyType: innovation.agency.type, startDate: innovation.startDate };
}

export async function getRecord(ctx: RequestContext, innovationId: string): Promise<InstitutionalisationView> {
  const innovation = await innovationOf(ctx, innovationId);
  assertReadRecord(ctx.user, innovation.agencyId);
  const facts = await selectFacts(ctx.db, innovationId);
  return {
    innovationId,
    agencyId: innovation.agencyId,
    maturity: maturityOf(maturityFactsOf(facts, innovation.agencyType), innovation.startDate, todayWib(ctx.now)),
    ...facts,
    can: { edit: canEditRecord(ctx.user, innovation.agencyId) },
  };
}

/** The stage and its reason, for whoever may see the innovation (public for published ones). */
export async function getMaturity(ctx: RequestContext, innovationId: string): Promise<PublicMaturityView> {
  const innovation = await innovationOf(ctx, innovationId);
  const [facts, unconfirmed] = await Promise.all([selectFacts(ctx.db, innovationId), unconfirmedSinceOf(ctx.db, [innovationId], ctx.now)]);
  const maturity = maturityOf(maturityFactsOf(facts, innovation.agencyType), innovation.startDate, todayWib(ctx.now));
  return { ...maturity, unconfirmedSince: unconfirmed.get(innovationId)?.toISOString() ?? null };
}

/** Stored fact stages for many innovations (catalog cards): the reason and stage after the age rule. */
export async function maturityOfMany(db: RequestContext['db'], items: readonly { id: string; startDate: string }[], now: Date): Promise<Map<string, MaturityView>> {
  const stored = await selectFactStages(
    db,
    items.map((i) => i.id),
  );
  const today = todayWib(now);
  return new Map(
    items.map((i) => {
      const s = stored.get(i.id);
      const byAge = maturityOf(null, i.startDate, today);
      const result = s?.stage ? { stage: s.stage, reason: s.reason as MaturityView['reason'] } : byAge;
      return [i.id, result];
    }),
  );
}

type AddInput =
  | { section: 'legal-bases'; input: LegalBasisInput }
  | { section: 'budget-lines'; input: BudgetLineInput }
  | { section: 'plans'; input: PlanInclusionInput }
  | { section: 'targets'; input: PerformanceTargetInput };

/** Bad input the schema cannot see: a regulation dated in the future, absurd money, negative targets. */
function checkInput(add: AddInput, today: string): void {
  if (add.section === 'legal-bases' && add.input.issuedOn > today) {
    throw fieldError('issuedOn', 'LEGAL_BASIS_DATE_IN_FUTURE', { id: `tidak boleh setelah hari ini (${today})`, en: `cannot be after today (${today})` });
  }
  if (add.section === 'budget-lines' && (add.input.amount <= 0 || add.input.amount > MAX_BUDGET_AMOUNT)) {
    throw fieldError('amount', 'BUDGET_AMOUNT_INVALID', {
      id: 'harus lebih dari Rp 0 dan tidak lebih dari Rp 100 triliun',
      en: 'must be more than Rp 0 and at most Rp 100 trillion',
    });
  }
  if (add.section === 'targets') {
    for (const field of ['target', 'baseline', 'realisation'] as const) {
      const value = add.input[field];
      if (value !== null && value < 0) throw fieldError(field, 'TARGET_NEGATIVE', { id: 'tidak boleh kurang dari 0', en: 'cannot be below 0' });
    }
  }
}

async function refreshMaturity(trx: Trx, innovationId: string, agencyType: string): Promise<void> {
  const facts = await selectFacts(trx, innovationId);
  const stage = factStage(maturityFactsOf(facts, agencyType));
  await upsertMaturity(trx, innovationId, stage?.stage ?? null, stage?.reason ?? {});
}

export async function addFact(ctx: RequestContext, innovationId: string, add: AddInput): Promise<InstitutionalisationView> {
  const innovation = await innovationOf(ctx, innovationId);
  assertEditRecord(ctx.user, innovation.agencyId);
  checkInput(add, todayWib(ctx.now));
  const userId = ctx.user?.id ?? null;
  await ctx.db.transaction().execute(async (trx) => {
    await lockRecord(trx, innovationId);
    const id =
      add.section === 'legal-bases'
        ? await insertLegalBasis(trx, innovationId, add.input, userId)
        : add.section === 'budget-lines'
          ? await insertBudgetLine(trx, innovationId, add.input, userId)
          : add.section === 'plans'
            ? await insertPlanInclusion(trx, innovationId, add.input, userId)
            : await upsertPerformanceTarget(trx, innovationId, add.input, userId);
    await refreshMaturity(trx, innovationId, innovation.agencyType);
    await appendAudit(trx, ctx.actor, { action: 'institutionalisation.add', entityType: 'innovation', entityId: innovationId, after: { section: add.section, id, ...add.input } });
  });
  return getRecord(ctx, innovationId);
}

/** Removes an entry; its uploaded document's bytes (if any) go after the commit. */
export async function removeFact(
  ctx: RequestContext,
  innovationId: string,
  section: InstitutionalisationSection,
  itemId: string,
  storage?: FileStorage,
): Promise<InstitutionalisationView> {
  const innovation = await innovationOf(ctx, innovationId);
  assertEditRecord(ctx.user, innovation.agencyId);
  const removed = await ctx.db.transaction().execute(async (trx) => {
    await lockRecord(trx, innovationId);
    const before = await deleteFact(trx, section, innovationId, itemId);
    if (!before) throw errors.notFound({ id: 'Entri pelembagaan', en: 'Institutionalisation entry' });
    await refreshMaturity(trx, innovationId, innovation.agencyType);
    await appendAudit(trx, ctx.actor, { action: 'institutionalisation.remove', entityType: 'innovation', entityId: innovationId, before: { section, ...before } });
    return before;
  });
  if (storage && typeof removed.document_key === 'string') await storage.delete(removed.document_key);
  return getRecord(ctx, innovationId);
}
