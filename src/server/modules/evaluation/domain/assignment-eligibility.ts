import type { AssignmentProblem } from './assignment-model.js';
import type { AssignmentInfeasibility, FixedAssignmentProblem } from './assignment-infeasibility.js';

/**
 * The assignment problem turned into dense index tables: who may still review what, how many
 * reviews each proposal still needs and how much capacity each evaluator has left once the
 * fixed assignments are counted. Pair (p, e) lives at `p * evaluatorCount + e`: typed arrays
 * indexed this way keep the 420k-pair national case cheap.
 */
export interface EligibilityTable {
  readonly proposalCount: number;
  readonly evaluatorCount: number;
  /** Reviews each proposal still needs beyond its fixed ones. */
  readonly needed: Int32Array;
  /** Capacity each evaluator has left beyond its fixed ones. */
  readonly spare: Int32Array;
  /** Fixed assignments per evaluator (their load already counts in the cost). */
  readonly fixedLoad: Int32Array;
  readonly fixedPairs: ReadonlySet<number>;
  /** True when e may be newly assigned to p: not conflicted and not already fixed on it. */
  isOpen(p: number, e: number): boolean;
}

export type EligibilityOutcome = { readonly ok: true; readonly table: EligibilityTable } | { readonly ok: false; readonly reasons: AssignmentInfeasibility[] };

/** Throws on malformed input (programming errors); returns reasons for data problems. */
export function buildEligibility(problem: AssignmentProblem): EligibilityOutcome {
  validateShape(problem);
  const P = problem.proposals.length;
  const E = problem.evaluators.length;
  const proposalIndex = new Map(problem.proposals.map((p, i) => [p.id, i]));
  const evaluatorIndex = new Map(problem.evaluators.map((e, i) => [e.id, i]));
  const blocked = conflictMatrix(problem, proposalIndex, evaluatorIndex);

  const fixedPairs = new Set<number>();
  const fixedPerProposal = new Int32Array(P);
  const fixedLoad = new Int32Array(E);
  const reasons: AssignmentInfeasibility[] = [];
  const reject = (evaluatorId: string, proposalId: string, issue: FixedAssignmentProblem) =>
    reasons.push({ kind: 'invalid-fixed-assignment', evaluatorId, proposalId, problem: issue });
  for (const { evaluatorId, proposalId } of problem.fixedAssignments ?? []) {
    const p = proposalIndex.get(proposalId);
    const e = evaluatorIndex.get(evaluatorId);
    if (p === undefined) reject(evaluatorId, proposalId, 'unknown-proposal');
    else if (e === undefined) reject(evaluatorId, proposalId, 'unknown-evaluator');
    // A conflict declared after the assignment was made still wins: it must be reassigned.
    else if (blocked[p * E + e] === 1) reject(evaluatorId, proposalId, 'conflicted');
    else if (fixedPairs.has(p * E + e)) reject(evaluatorId, proposalId, 'duplicate');
    else if (fixedPerProposal[p]! >= problem.proposals[p]!.reviewersRequired) {
      reject(evaluatorId, proposalId, 'exceeds-required');
    } else if (fixedLoad[e]! >= problem.evaluators[e]!.maxProposals) {
      reject(evaluatorId, proposalId, 'exceeds-capacity');
    } else {
      fixedPairs.add(p * E + e);
      fixedPerProposal[p]!++;
      fixedLoad[e]!++;
    }
  }
  if (reasons.length > 0) return { ok: false, reasons };

  const needed = Int32Array.from(problem.proposals, (p, i) => p.reviewersRequired - fixedPerProposal[i]!);
  const spare = Int32Array.from(problem.evaluators, (e, i) => e.maxProposals - fixedLoad[i]!);
  // Fold the fixed pairs into the blocked matrix so isOpen is a single array read.
  for (const key of fixedPairs) blocked[key] = 1;
  return {
    ok: true,
    table: {
      proposalCount: P,
      evaluatorCount: E,
      needed,
      spare,
      fixedLoad,
      fixedPairs,
      isOpen: (p, e) => blocked[p * E + e] === 0,
    },
  };
}

function validateShape(problem: AssignmentProblem): void {
  const seen = new Set<string>();
  for (const p of problem.proposals) {
    if (seen.has(p.id)) throw new RangeError(`duplicate proposal id ${p.id}`);
    seen.add(p.id);
    if (!Number.isInteger(p.reviewersRequired) || p.reviewersRequired < 0) {
      throw new RangeError(`proposal ${p.id}: reviewersRequired must be a non-negative integer`);
    }
  }
  seen.clear();
  for (const e of problem.evaluators) {
    if (seen.has(e.id)) throw new RangeError(`duplicate evaluator id ${e.id}`);
    seen.add(e.id);
    if (!Number.isInteger(e.maxProposals) || e.maxProposals < 0) {
      throw new RangeError(`evaluator ${e.id}: maxProposals must be a non-negative integer`);
    }
  }
}

/** blocked[p * E + e] = 1 when evaluator e must never review proposal p. */
function conflictMatrix(problem: AssignmentProblem, proposalIndex: ReadonlyMap<string, number>, evaluatorIndex: ReadonlyMap<string, number>): Uint8Array {
  const P = problem.proposals.length;
  const E = problem.evaluators.length;
  const blocked = new Uint8Array(P * E);
  for (const { evaluatorId, proposalId } of problem.conflicts ?? []) {
    const p = proposalIndex.get(proposalId);
    const e = evaluatorIndex.get(evaluatorId);
    // Conflicts naming people or proposals outside this round are irrelevant, not errors.
    if (p !== undefined && e !== undefined) blocked[p * E + e] = 1;
  }
  const predicate = problem.isConflicted;
  if (predicate) {
    for (let p = 0; p < P; p++) {
      const proposalId = problem.proposals[p]!.id;
      for (let e = 0; e < E; e++) {
        if (predicate(problem.evaluators[e]!.id, proposalId)) blocked[p * E + e] = 1;
      }
    }
  }
  return blocked;
}
