/**
 * The vocabulary of reviewer assignment and its cost model.
 *
 * The cost model lives apart from the solver so that any assignment (one produced by the solver,
 * one edited by hand, one found by brute force in tests) is priced by exactly the same rules.
 */

export interface ProposalToReview {
  readonly id: string;
  readonly categoryId: string;
  /** How many distinct evaluators must review it (k). */
  readonly reviewersRequired: number;
}

export interface EvaluatorCapacity {
  readonly id: string;
  /** Most proposals this evaluator may review in this round, fixed assignments included. */
  readonly maxProposals: number;
  readonly expertiseCategoryIds: readonly string[];
}

export interface ConflictPair {
  readonly evaluatorId: string;
  readonly proposalId: string;
}

export interface ReviewAssignment {
  readonly evaluatorId: string;
  readonly proposalId: string;
}

export interface AssignmentProblem {
  readonly proposals: readonly ProposalToReview[];
  readonly evaluators: readonly EvaluatorCapacity[];
  /** Declared conflicts of interest (same agency, family ties, prior mentoring...). */
  readonly conflicts?: readonly ConflictPair[];
  /** Extra conflict rule, e.g. "evaluator's home province equals the proposer's". */
  readonly isConflicted?: (evaluatorId: string, proposalId: string) => boolean;
  /** Assignments already made (and possibly already started) that must be kept. */
  readonly fixedAssignments?: readonly ReviewAssignment[];
}

export interface AssignmentCostWeights {
  /**
   * Extra cost of an evaluator reviewing outside their expertise. Default 20.
   * Compared with the load cost below, 20 means the solver accepts a load gap of about
   * 10 proposals between two evaluators to keep a proposal with an expert.
   */
  readonly expertiseMismatchCost?: number;
  /**
   * Load-balancing weight w: an evaluator with load L costs w * L^2, so the j-th proposal given to
   * the same evaluator costs w * (2j - 1). Convex, hence the optimum spreads work evenly.
   * Default 1. Zero disables balancing.
   */
  readonly loadWeight?: number;
}

export interface ResolvedCostWeights {
  readonly expertiseMismatchCost: number;
  readonly loadWeight: number;
}

export const DEFAULT_COST_WEIGHTS: ResolvedCostWeights = {
  expertiseMismatchCost: 20,
  loadWeight: 1,
};

/** Fills defaults and rejects weights the flow solver cannot price exactly. */
export function resolveCostWeights(weights: AssignmentCostWeights = {}): ResolvedCostWeights {
  const resolved: ResolvedCostWeights = {
    expertiseMismatchCost: weights.expertiseMismatchCost ?? DEFAULT_COST_WEIGHTS.expertiseMismatchCost,
    loadWeight: weights.loadWeight ?? DEFAULT_COST_WEIGHTS.loadWeight,
  };
  for (const [name, value] of Object.entries(resolved)) {
    // Integers keep the min-cost flow exact (its optimality test is "reduced cost === 0").
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
    }
  }
  return resolved;
}

export function hasExpertise(evaluator: EvaluatorCapacity, proposal: ProposalToReview): boolean {
  return evaluator.expertiseCategoryIds.includes(proposal.categoryId);
}

/** Cost of one (evaluator, proposal) pair, before load. */
export function pairCost(evaluator: EvaluatorCapacity, proposal: ProposalToReview, weights: ResolvedCostWeights): number {
  return hasExpertise(evaluator, proposal) ? 0 : weights.expertiseMismatchCost;
}

/** Cost of the `unit`-th proposal (1-based) given to one evaluator: w * (2 * unit - 1). */
export function marginalLoadCost(unit: number, weights: ResolvedCostWeights): number {
  return weights.loadWeight * (2 * unit - 1);
}

/** Cost of an evaluator carrying `load` proposals: w * load^2 (sum of the marginal costs). */
export function loadCost(load: number, weights: ResolvedCostWeights): number {
  return weights.loadWeight * load * load;
}

/**
 * Total cost of any assignment (fixed assignments included) under the solver's cost model:
 * sum of pair costs plus, per evaluator, w * load^2. It does not check the hard rules; use it to
 * compare assignments, e.g. to verify the solver's optimum.
 */
export function totalAssignmentCost(
  problem: Pick<AssignmentProblem, 'proposals' | 'evaluators'>,
  assignments: readonly ReviewAssignment[],
  weights: AssignmentCostWeights = {},
): number {
  const resolved = resolveCostWeights(weights);
  const proposals = new Map(problem.proposals.map((p) => [p.id, p]));
  const evaluators = new Map(problem.evaluators.map((e) => [e.id, e]));
  const loads = new Map<string, number>();
  let total = 0;
  for (const { evaluatorId, proposalId } of assignments) {
    const evaluator = evaluators.get(evaluatorId);
    const proposal = proposals.get(proposalId);
    if (!evaluator) throw new RangeError(`unknown evaluator ${evaluatorId}`);
    if (!proposal) throw new RangeError(`unknown proposal ${proposalId}`);
    total += pairCost(evaluator, proposal, resolved);
    loads.set(evaluatorId, (loads.get(evaluatorId) ?? 0) + 1);
  }
  for (const load of loads.values()) total += loadCost(load, resolved);
  return total;
}
