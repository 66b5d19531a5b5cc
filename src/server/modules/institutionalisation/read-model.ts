import type { LegalBasisKind, MaturityStage } from '../../../common/institutionalisation.js';
import type { DbOrTrx } from '../../db/types.js';
import { selectUnconfirmed } from './campaigns-repository.js';
import { selectFactsOf } from './repository.js';

/** The stored fact stage as an SQL fragment, for the catalog's maturity facet (read-model-repository.ts). */
export { factStageSql, factStagesView } from './read-model-repository.js';

/**
 * What other modules may read of institutionalisation (and nothing else of this module): the
 * regional innovation index takes regulations and budgets as evidence; the dashboards take OAOI
 * coverage (national and per province for a year, re-exported below; oaoi-service imports only
 * the agencies and regions services, never the catalog, so the catalog can still read this file).
 */
export { oaoiCoverageByProvince, oaoiCoverageSummary } from './oaoi-service.js';
export interface InstitutionalisationFacts {
  innovationId: string;
  /** The stage the stored facts decide (null: the facts lift nothing; the age rule then applies). */
  factStage: MaturityStage | null;
  regulations: { kind: LegalBasisKind; number: string; issuedOn: string }[];
  budgets: { fiscalYear: number; source: string; amount: number }[];
}

export async function institutionalisationFactsOf(db: DbOrTrx, innovationIds: readonly string[]): Promise<Map<string, InstitutionalisationFacts>> {
  const { maturity, legalBases, budgets } = await selectFactsOf(db, innovationIds);
  const out = new Map<string, InstitutionalisationFacts>(innovationIds.map((id) => [id, { innovationId: id, factStage: null, regulations: [], budgets: [] }]));
  for (const m of maturity) out.get(m.innovation_id)!.factStage = m.fact_stage;
  for (const b of legalBases) out.get(b.innovation_id)!.regulations.push({ kind: b.kind, number: b.number, issuedOn: b.issued_on });
  for (const b of budgets) out.get(b.innovation_id)!.budgets.push({ fiscalYear: b.fiscal_year, source: b.source, amount: Number(b.amount) });
  return out;
}

/** Since when each of these innovations is unconfirmed (an ended campaign went unanswered); absent = confirmed. */
export async function unconfirmedSinceOf(db: DbOrTrx, innovationIds: readonly string[], now = new Date()): Promise<Map<string, Date>> {
  const rows = await selectUnconfirmed(db, now, innovationIds);
  return new Map(rows.map((r) => [r.innovation_id, new Date(r.since)]));
}

/** Every unconfirmed innovation (matchmaking leaves them out by default). */
export async function unconfirmedInnovationIds(db: DbOrTrx, now = new Date()): Promise<Set<string>> {
  return new Set((await selectUnconfirmed(db, now)).map((r) => r.innovation_id));
}
