import { sql } from 'kysely';
import type {
  BudgetLineInput,
  InstitutionalisationSection,
  InstitutionalisationView,
  LegalBasisInput,
  MaturityStage,
  PerformanceTargetInput,
  PlanInclusionInput,
} from '../../../common/institutionalisation.js';
import type { DbOrTrx, Trx } from '../../db/types.js';

/** Queries on the institutionalisation record's tables and innovation_maturity (migration 0200). */

type Facts = Pick<InstitutionalisationView, 'legalBases' | 'budgetLines' | 'plans' | 'targets'>;

const TABLE = {
  'legal-bases': 'inst_legal_bases',
  'budget-lines': 'inst_budget_lines',
  plans: 'inst_plan_inclusions',
  targets: 'inst_performance_targets',
} as const;

const fileOf = (r: { document_name: string | null; document_size: number | null; document_type: string | null }) =>
  r.document_name ? { name: r.document_name, size: r.document_size ?? 0, type: r.document_type ?? 'application/octet-stream' } : null;

/** Every fact of one innovation, oldest first within each list (years ascending). */
export async function selectFacts(db: DbOrTrx, innovationId: string): Promise<Facts> {
  const [legalBases, budgetLines, plans, targets] = await Promise.all([
    db
      .selectFrom('inst_legal_bases')
      .select(['id', 'kind', 'number', sql<string>`to_char(issued_on, 'YYYY-MM-DD')`.as('issued_on'), 'title', 'document_name', 'document_size', 'document_type'])
      .where('innovation_id', '=', innovationId)
      .orderBy('issued_on')
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('inst_budget_lines')
      .select(['id', 'fiscal_year', 'source', 'amount', 'programme'])
      .where('innovation_id', '=', innovationId)
      .orderBy('fiscal_year')
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('inst_plan_inclusions')
      .select(['id', 'plan', 'year', 'document', 'document_name', 'document_size', 'document_type'])
      .where('innovation_id', '=', innovationId)
      .orderBy('year')
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('inst_performance_targets')
      .select(['id', 'indicator', 'unit', 'baseline', 'year', 'target', 'realisation'])
      .where('innovation_id', '=', innovationId)
      .orderBy('indicator')
      .orderBy('year')
      .execute(),
  ]);
  return {
    legalBases: legalBases.map((r) => ({
      id: r.id,
      kind: r.kind,
      number: r.number,
      issuedOn: r.issued_on,
      title: r.title,
      document: fileOf(r),
    })),
    budgetLines: budgetLines.map((r) => ({ id: r.id, fiscalYear: r.fiscal_year, source: r.source, amount: Number(r.amount), programme: r.programme })),
    plans: plans.map((r) => ({ id: r.id, plan: r.plan, year: r.year, document: r.document, file: fileOf(r) })),
    targets: targets.map((r) => ({
      id: r.id,
      indicator: r.indicator,
      unit: r.unit,
      baseline: r.baseline === null ? null : Number(r.baseline),
      year: r.year,
      target: Number(r.target),
      realisation: r.realisation === null ? null : Number(r.realisation),
    })),
  };
}

export async function insertLegalBasis(trx: Trx, innovationId: string, input: LegalBasisInput, userId: string | null): Promise<string> {
  const row = await trx
    .insertInto('inst_legal_bases')
    .values({ innovation_id: innovationId, kind: input.kind, number: input.number, issued_on: input.issuedOn, title: input.title, created_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertBudgetLine(trx: Trx, innovationId: string, input: BudgetLineInput, userId: string | null): Promise<string> {
  const row = await trx
    .insertInto('inst_budget_lines')
    .values({ innovation_id: innovationId, fiscal_year: input.fiscalYear, source: input.source, amount: input.amount, programme: input.programme, created_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertPlanInclusion(trx: Trx, innovationId: string, input: PlanInclusionInput, userId: string | null): Promise<string> {
  const row = await trx
    .insertInto('inst_plan_inclusions')
    .values({ innovation_id: innovationId, plan: input.plan, year: input.year, document: input.document, created_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One target per (indicator, year): a second entry for the same pair replaces the first. */
export async function upsertPerformanceTarget(trx: Trx, innovationId: string, input: PerformanceTargetInput, userId: string | null): Promise<string> {
  const row = await trx
    .insertInto('inst_performance_targets')
    .values({
      innovation_id: innovationId,
      indicator: input.indicator,
      unit: input.unit,
      baseline: input.baseline,
      year: input.year,
      target: input.target,
      realisation: input.realisation,
      created_by: userId,
    })
    .onConflict((oc) =>
      oc.columns(['innovation_id', 'indicator', 'year']).doUpdateSet((eb) => ({
        unit: eb.ref('excluded.unit'),
        baseline: eb.ref('excluded.baseline'),
        target: eb.ref('excluded.target'),
        realisation: eb.ref('excluded.realisation'),
      })),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Removes one fact of the innovation; the row it was, or undefined when there was none. */
export async function deleteFact(trx: Trx, section: InstitutionalisationSection, innovationId: string, itemId: string): Promise<Record<string, unknown> | undefined> {
  const row = await trx.deleteFrom(TABLE[section]).where('id', '=', itemId).where('innovation_id', '=', innovationId).returningAll().executeTakeFirst();
  return row as Record<string, unknown> | undefined;
}

export async function upsertMaturity(trx: Trx, innovationId: string, factStage: MaturityStage | null, reason: unknown): Promise<void> {
  const stage = factStage === 'implemented' || factStage === 'institutionalised' ? factStage : null;
  await trx
    .insertInto('innovation_maturity')
    .values({ innovation_id: innovationId, fact_stage: stage, reason: JSON.stringify(reason ?? {}) })
    .onConflict((oc) => oc.column('innovation_id').doUpdateSet({ fact_stage: stage, reason: JSON.stringify(reason ?? {}), refreshed_at: new Date() }))
    .execute();
}

/** Locks the innovation's maturity row (created if missing) so two changes to one record apply in turn. */
export async function lockRecord(trx: Trx, innovationId: string): Promise<void> {
  await trx
    .insertInto('innovation_maturity')
    .values({ innovation_id: innovationId, fact_stage: null, reason: '{}' })
    .onConflict((oc) => oc.column('innovation_id').doNothing())
    .execute();
  await trx.selectFrom('innovation_maturity').select('innovation_id').where('innovation_id', '=', innovationId).forUpdate().execute();
}

/** Facts in bulk for other modules' read models: regulations and budget per innovation. */
export async function selectFactsOf(db: DbOrTrx, innovationIds: readonly string[]) {
  if (!innovationIds.length) return { maturity: [], legalBases: [], budgets: [] };
  const ids = [...innovationIds];
  const [maturity, legalBases, budgets] = await Promise.all([
    db.selectFrom('innovation_maturity').select(['innovation_id', 'fact_stage']).where('innovation_id', 'in', ids).execute(),
    db
      .selectFrom('inst_legal_bases')
      .select(['innovation_id', 'kind', 'number', sql<string>`to_char(issued_on, 'YYYY-MM-DD')`.as('issued_on')])
      .where('innovation_id', 'in', ids)
      .orderBy('issued_on')
      .execute(),
    db
      .selectFrom('inst_budget_lines')
      .select(['innovation_id', 'fiscal_year', 'source', sql<string>`sum(amount)::text`.as('amount')])
      .where('innovation_id', 'in', ids)
      .groupBy(['innovation_id', 'fiscal_year', 'source'])
      .orderBy('fiscal_year')
      .execute(),
  ]);
  return { maturity, legalBases, budgets };
}

/** The stored fact stages of the given innovations (missing = facts lift nothing). */
export async function selectFactStages(db: DbOrTrx, innovationIds: readonly string[]): Promise<Map<string, { stage: MaturityStage | null; reason: unknown }>> {
  if (!innovationIds.length) return new Map();
  const rows = await db
    .selectFrom('innovation_maturity')
    .select(['innovation_id', 'fact_stage', 'reason'])
    .where('innovation_id', 'in', [...innovationIds])
    .execute();
  return new Map(rows.map((r) => [r.innovation_id, { stage: r.fact_stage, reason: r.reason }]));
}
