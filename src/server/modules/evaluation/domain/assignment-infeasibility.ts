import type { AssignmentProblem } from './assignment-model.js';
import type { EligibilityTable } from './assignment-eligibility.js';

/**
 * Why an assignment round cannot be completed, in terms an administrator can act on (add an
 * evaluator, raise a cap, resolve a conflict). An infeasible round returns these reasons and no
 * partial assignment: a partial one would silently leave proposals under-reviewed.
 */

export type FixedAssignmentProblem = 'unknown-proposal' | 'unknown-evaluator' | 'conflicted' | 'duplicate' | 'exceeds-required' | 'exceeds-capacity';

export type AssignmentInfeasibility =
  | {
      /** A kept assignment breaks a hard rule; nothing else is attempted until it is fixed. */
      readonly kind: 'invalid-fixed-assignment';
      readonly evaluatorId: string;
      readonly proposalId: string;
      readonly problem: FixedAssignmentProblem;
    }
  | {
      /** Fewer usable evaluators exist for this proposal than reviews it still needs. */
      readonly kind: 'too-few-eligible-evaluators';
      readonly proposalId: string;
      readonly reviewsStillNeeded: number;
      /** Evaluators neither conflicted with it nor already fixed on it. */
      readonly nonConflictedEvaluators: number;
      /** Of those, the ones with any capacity left. */
      readonly withSpareCapacity: number;
    }
  | {
      /**
       * A set of proposals that together need more reviews than their eligible evaluators can
       * give (each evaluator gives at most min(spare capacity, eligible proposals in the set)).
       * This is a Hall-type certificate read off the minimum cut, so it proves infeasibility.
       */
      readonly kind: 'insufficient-capacity';
      readonly proposalIds: readonly string[];
      readonly evaluatorIds: readonly string[];
      readonly reviewsNeeded: number;
      readonly reviewsAvailable: number;
      /** Reviews that no assignment can provide, over the whole problem. */
      readonly uncoverableReviews: number;
    };

/** The obvious, local reason first: proposals with too few usable evaluators at all. */
export function perProposalShortfalls(problem: AssignmentProblem, table: EligibilityTable): AssignmentInfeasibility[] {
  const reasons: AssignmentInfeasibility[] = [];
  for (let p = 0; p < table.proposalCount; p++) {
    const needed = table.needed[p]!;
    if (needed === 0) continue;
    let nonConflicted = 0;
    let withSpareCapacity = 0;
    for (let e = 0; e < table.evaluatorCount; e++) {
      if (!table.isOpen(p, e)) continue;
      nonConflicted++;
      if (table.spare[e]! > 0) withSpareCapacity++;
    }
    if (withSpareCapacity < needed) {
      reasons.push({
        kind: 'too-few-eligible-evaluators',
        proposalId: problem.proposals[p]!.id,
        reviewsStillNeeded: needed,
        nonConflictedEvaluators: nonConflicted,
        withSpareCapacity,
      });
    }
  }
  return reasons;
}

/**
 * Reads a deficient proposal set off the minimum cut: the proposals still reachable from the
 * source in the residual network after a maximum flow. Every edge leaving that side of the cut
 * is saturated, so the set's demand exceeds the sum over evaluators of
 * min(spare capacity, eligible proposals in the set).
 */
export function hallCertificate(
  problem: AssignmentProblem,
  table: EligibilityTable,
  onSourceSide: (proposal: number) => boolean,
  uncoverableReviews: number,
): AssignmentInfeasibility {
  const inSet: number[] = [];
  let reviewsNeeded = 0;
  for (let p = 0; p < table.proposalCount; p++) {
    if (onSourceSide(p) && table.needed[p]! > 0) {
      inSet.push(p);
      reviewsNeeded += table.needed[p]!;
    }
  }
  const evaluatorIds: string[] = [];
  let reviewsAvailable = 0;
  for (let e = 0; e < table.evaluatorCount; e++) {
    let eligibleInSet = 0;
    for (const p of inSet) if (table.isOpen(p, e)) eligibleInSet++;
    const contribution = Math.min(table.spare[e]!, eligibleInSet);
    if (contribution > 0) {
      evaluatorIds.push(problem.evaluators[e]!.id);
      reviewsAvailable += contribution;
    }
  }
  return {
    kind: 'insufficient-capacity',
    proposalIds: inSet.map((p) => problem.proposals[p]!.id),
    evaluatorIds,
    reviewsNeeded,
    reviewsAvailable,
    uncoverableReviews,
  };
}
