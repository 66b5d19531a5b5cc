import type { CandidateFacts, EvaluatorFacts } from './candidates.js';

/**
 * Conflicts of interest between an evaluator and a proposal. Automatic rules come from the
 * evaluator's affiliation (`users.agency_id`) and its region; declared ones are what the
 * evaluator told us (an agency, a region, a person). Any reason at all blocks the pair: a
 * conflicted evaluator is never assigned to, and never sees, the proposal.
 */
export type ConflictReason = 'own_proposal' | 'same_agency' | 'same_region' | 'same_province' | 'declared_agency' | 'declared_region' | 'declared_person';

export interface DeclaredConflict {
  evaluatorId: string;
  kind: 'agency' | 'region' | 'person';
  agencyId: string | null;
  regionCode: string | null;
  personEmail: string | null;
}

export function conflictReasons(evaluator: EvaluatorFacts, declared: readonly DeclaredConflict[], proposal: CandidateFacts): ConflictReason[] {
  const reasons: ConflictReason[] = [];
  if (proposal.ownerId === evaluator.id) reasons.push('own_proposal');
  if (evaluator.agencyId && evaluator.agencyId === proposal.agencyId) reasons.push('same_agency');
  if (evaluator.regionCode && evaluator.regionCode === proposal.regionCode) reasons.push('same_region');
  else if (evaluator.provinceCode && evaluator.provinceCode === proposal.provinceCode) reasons.push('same_province');
  for (const d of declared) {
    if (d.evaluatorId !== evaluator.id) continue;
    if (d.kind === 'agency' && d.agencyId === proposal.agencyId) reasons.push('declared_agency');
    if (d.kind === 'region' && d.regionCode && (d.regionCode === proposal.regionCode || d.regionCode === proposal.provinceCode)) {
      reasons.push('declared_region');
    }
    if (d.kind === 'person' && d.personEmail && d.personEmail.toLowerCase() === proposal.ownerEmail.toLowerCase()) {
      reasons.push('declared_person');
    }
  }
  return [...new Set(reasons)];
}

export interface ConflictEntry {
  evaluatorId: string;
  proposalId: string;
  reasons: ConflictReason[];
}

/** Every conflicted pair of a pool against a set of proposals (the standalone conflict check). */
export function conflictMatrix(evaluators: readonly EvaluatorFacts[], declared: readonly DeclaredConflict[], proposals: readonly CandidateFacts[]): ConflictEntry[] {
  const out: ConflictEntry[] = [];
  const byEvaluator = new Map<string, DeclaredConflict[]>();
  for (const d of declared) byEvaluator.set(d.evaluatorId, [...(byEvaluator.get(d.evaluatorId) ?? []), d]);
  for (const e of evaluators) {
    const own = byEvaluator.get(e.id) ?? [];
    for (const p of proposals) {
      const reasons = conflictReasons(e, own, p);
      if (reasons.length > 0) out.push({ evaluatorId: e.id, proposalId: p.id, reasons });
    }
  }
  return out;
}
