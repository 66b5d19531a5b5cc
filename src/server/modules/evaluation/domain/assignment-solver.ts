import {
  type AssignmentCostWeights,
  type AssignmentProblem,
  type EvaluatorCapacity,
  type ProposalToReview,
  type ResolvedCostWeights,
  hasExpertise,
  marginalLoadCost,
  pairCost,
  resolveCostWeights,
  totalAssignmentCost,
} from "./assignment-model.js";
import { FlowNetworkBuilder } from "./flow-network.js";
import { solveMinCostFlow } from "./min-cost-flow.js";

/**
 * Optimal reviewer assignment as a minimum-cost flow.
 *
 *   source --(k - fixed, cost 0)--> proposal --(1, pair cost)--> evaluator ==> sink
 *
 * - One unit of flow is one review. A proposal's source edge carries exactly the reviews it still
 *   needs, so a flow of full value covers every proposal with exactly k evaluators.
 * - Each (proposal, evaluator) edge has capacity 1, so the k evaluators are distinct; conflicted
 *   pairs and pairs already fixed simply get no edge, so they can never be chosen.
 * - The evaluator-to-sink connection is a bundle of parallel unit edges whose costs are the
 *   marginal load costs w*(2j-1) for the j-th proposal on that evaluator (counting fixed ones).
 *   Because those costs increase, a minimum-cost flow uses them in order and pays exactly the
 *   convex w*L^2 per evaluator: the optimum is load-balanced, not merely cheap.
 *
 * Min-cost flow on this network is exact (integral capacities give an integral optimum), so the
 * result is a global optimum of `totalAssignmentCost`, not a greedy approximation.
 */

export interface SolvedAssignment {
  readonly evaluatorId: string;
  readonly proposalId: string;
  /** True when it came from `fixedAssignments`. */
  readonly fixed: boolean;
  readonly expertiseMatch: boolean;
}

export interface EvaluatorLoad {
  readonly evaluatorId: string;
  readonly load: number;
  readonly maxProposals: number;
}

export interface AssignmentSolution {
  readonly feasible: true;
  /** Ordered by proposal (input order), then evaluator (input order). */
  readonly assignments: readonly SolvedAssignment[];
  readonly totalCost: number;
  readonly evaluatorLoads: readonly EvaluatorLoad[];
  readonly expertiseMatches: number;
}

export type FixedAssignmentProblem =
  | "unknown-proposal"
  | "unknown-evaluator"
  | "conflicted"
  | "duplicate"
  | "exceeds-required"
  | "exceeds-capacity";

export type AssignmentInfeasibility =
  | {
      /** A kept assignment breaks a hard rule; nothing else is attempted until it is fixed. */
      readonly kind: "invalid-fixed-assignment";
      readonly evaluatorId: string;
      readonly proposalId: string;
      readonly problem: FixedAssignmentProblem;
    }
  | {
      /** Fewer usable evaluators exist for this proposal than reviews it still needs. */
      readonly kind: "too-few-eligible-evaluators";
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
      readonly kind: "insufficient-capacity";
      readonly proposalIds: readonly string[];
      readonly evaluatorIds: readonly string[];
      readonly reviewsNeeded: number;
      readonly reviewsAvailable: number;
      /** Reviews that no assignment can provide, over the whole problem. */
      readonly uncoverableReviews: number;
    };

export interface AssignmentFailure {
  readonly feasible: false;
  readonly reasons: readonly AssignmentInfeasibility[];
}

export type AssignmentResult = AssignmentSolution | AssignmentFailure;

export function solveReviewerAssignment(
  problem: AssignmentProblem,
  weights: AssignmentCostWeights = {},
): AssignmentResult {
  const resolved = resolveCostWeights(weights);
  const { proposals, evaluators } = problem;
  validateShape(proposals, evaluators);
  const P = proposals.length;
  const E = evaluators.length;

  const proposalIndex = new Map(proposals.map((p, i) => [p.id, i]));
  const evaluatorIndex = new Map(evaluators.map((e, i) => [e.id, i]));
  const blocked = conflictMatrix(problem, proposalIndex, evaluatorIndex);

  const fixed = applyFixedAssignments(problem, proposalIndex, evaluatorIndex, blocked);
  if (fixed.reasons.length > 0) return { feasible: false, reasons: fixed.reasons };

  const needed = new Int32Array(P);
  const spare = new Int32Array(E);
  let totalNeeded = 0;
  for (let p = 0; p < P; p++) {
    needed[p] = proposals[p]!.reviewersRequired - fixed.perProposal[p]!;
    totalNeeded += needed[p]!;
  }
  for (let e = 0; e < E; e++) spare[e] = evaluators[e]!.maxProposals - fixed.perEvaluator[e]!;

  const shortfalls = perProposalShortfalls(proposals, needed, spare, blocked, fixed.pairs, E);
  if (shortfalls.length > 0) return { feasible: false, reasons: shortfalls };

  // Node numbering: 0 source, 1..P proposals, P+1..P+E evaluators, P+E+1 sink.
  const source = 0;
  const sink = P + E + 1;
  const proposalNode = (p: number) => 1 + p;
  const evaluatorNode = (e: number) => 1 + P + e;
  const builder = new FlowNetworkBuilder(P + E + 2, P * E + P + E);
  for (let p = 0; p < P; p++) {
    if (needed[p]! > 0) builder.addEdge(source, proposalNode(p), needed[p]!, 0);
  }
  const pairProposal: number[] = [];
  const pairEvaluator: number[] = [];
  let firstPairEdge = -1;
  for (let p = 0; p < P; p++) {
    if (needed[p]! === 0) continue;
    for (let e = 0; e < E; e++) {
      const key = p * E + e;
      if (blocked[key] === 1 || fixed.pairs.has(key) || spare[e]! === 0) continue;
      const id = builder.addEdge(
        proposalNode(p),
        evaluatorNode(e),
        1,
        pairCost(evaluators[e]!, proposals[p]!, resolved),
      );
      if (firstPairEdge < 0) firstPairEdge = id;
      pairProposal.push(p);
      pairEvaluator.push(e);
    }
  }
  for (let e = 0; e < E; e++) {
    addLoadEdges(builder, evaluatorNode(e), sink, fixed.perEvaluator[e]!, spare[e]!, resolved);
  }

  const network = builder.build();
  const { flow } = solveMinCostFlow(network, source, sink, totalNeeded);

  if (flow < totalNeeded) {
    const reachable = network.reachableFrom(source);
    return {
      feasible: false,
      reasons: [
        hallCertificate(problem, {
          isReachable: (p) => reachable[proposalNode(p)] === 1,
          needed,
          spare,
          blocked,
          fixedPairs: fixed.pairs,
          uncoverableReviews: totalNeeded - flow,
        }),
      ],
    };
  }

  const chosen = new Set<number>(fixed.pairs);
  for (let i = 0; i < pairProposal.length; i++) {
    if (network.flowOn(firstPairEdge + i) === 1) chosen.add(pairProposal[i]! * E + pairEvaluator[i]!);
  }
  return buildSolution(problem, chosen, fixed.pairs, weights);
}

function validateShape(
  proposals: readonly ProposalToReview[],
  evaluators: readonly EvaluatorCapacity[],
): void {
  const seen = new Set<string>();
  for (const p of proposals) {
    if (seen.has(p.id)) throw new RangeError(`duplicate proposal id ${p.id}`);
    seen.add(p.id);
    if (!Number.isInteger(p.reviewersRequired) || p.reviewersRequired < 0) {
      throw new RangeError(`proposal ${p.id}: reviewersRequired must be a non-negative integer`);
    }
  }
  seen.clear();
  for (const e of evaluators) {
    if (seen.has(e.id)) throw new RangeError(`duplicate evaluator id ${e.id}`);
    seen.add(e.id);
    if (!Number.isInteger(e.maxProposals) || e.maxProposals < 0) {
      throw new RangeError(`evaluator ${e.id}: maxProposals must be a non-negative integer`);
    }
  }
}

/** blocked[p * E + e] = 1 when evaluator e must never review proposal p. */
function conflictMatrix(
  problem: AssignmentProblem,
  proposalIndex: ReadonlyMap<string, number>,
  evaluatorIndex: ReadonlyMap<string, number>,
): Uint8Array {
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

interface FixedState {
  readonly pairs: Set<number>;
  readonly perProposal: Int32Array;
  readonly perEvaluator: Int32Array;
  readonly reasons: AssignmentInfeasibility[];
}

function applyFixedAssignments(
  problem: AssignmentProblem,
  proposalIndex: ReadonlyMap<string, number>,
  evaluatorIndex: ReadonlyMap<string, number>,
  blocked: Uint8Array,
): FixedState {
  const E = problem.evaluators.length;
  const state: FixedState = {
    pairs: new Set(),
    perProposal: new Int32Array(problem.proposals.length),
    perEvaluator: new Int32Array(E),
    reasons: [],
  };
  const reject = (evaluatorId: string, proposalId: string, issue: FixedAssignmentProblem) =>
    state.reasons.push({
      kind: "invalid-fixed-assignment",
      evaluatorId,
      proposalId,
      problem: issue,
    });
  for (const { evaluatorId, proposalId } of problem.fixedAssignments ?? []) {
    const p = proposalIndex.get(proposalId);
    const e = evaluatorIndex.get(evaluatorId);
    if (p === undefined) reject(evaluatorId, proposalId, "unknown-proposal");
    else if (e === undefined) reject(evaluatorId, proposalId, "unknown-evaluator");
    // A conflict declared after the assignment was made still wins: it must be reassigned.
    else if (blocked[p * E + e] === 1) reject(evaluatorId, proposalId, "conflicted");
    else if (state.pairs.has(p * E + e)) reject(evaluatorId, proposalId, "duplicate");
    else if (state.perProposal[p]! >= problem.proposals[p]!.reviewersRequired) {
      reject(evaluatorId, proposalId, "exceeds-required");
    } else if (state.perEvaluator[e]! >= problem.evaluators[e]!.maxProposals) {
      reject(evaluatorId, proposalId, "exceeds-capacity");
    } else {
      state.pairs.add(p * E + e);
      state.perProposal[p]!++;
      state.perEvaluator[e]!++;
    }
  }
  return state;
}

/** The obvious, local reason first: a proposal with too few usable evaluators at all. */
function perProposalShortfalls(
  proposals: readonly ProposalToReview[],
  needed: Int32Array,
  spare: Int32Array,
  blocked: Uint8Array,
  fixedPairs: ReadonlySet<number>,
  E: number,
): AssignmentInfeasibility[] {
  const reasons: AssignmentInfeasibility[] = [];
  for (let p = 0; p < proposals.length; p++) {
    if (needed[p]! === 0) continue;
    let nonConflicted = 0;
    let withSpareCapacity = 0;
    for (let e = 0; e < E; e++) {
      const key = p * E + e;
      if (blocked[key] === 1 || fixedPairs.has(key)) continue;
      nonConflicted++;
      if (spare[e]! > 0) withSpareCapacity++;
    }
    if (withSpareCapacity < needed[p]!) {
      reasons.push({
        kind: "too-few-eligible-evaluators",
        proposalId: proposals[p]!.id,
        reviewsStillNeeded: needed[p]!,
        nonConflictedEvaluators: nonConflicted,
        withSpareCapacity,
      });
    }
  }
  return reasons;
}

/**
 * Parallel unit edges evaluator -> sink, one per remaining unit of capacity, priced at the
 * marginal load cost of that unit (units already taken by fixed assignments are skipped).
 * Consecutive units with equal cost (only when loadWeight is 0) are merged into one edge.
 */
function addLoadEdges(
  builder: FlowNetworkBuilder,
  from: number,
  sink: number,
  alreadyLoaded: number,
  spareUnits: number,
  weights: ResolvedCostWeights,
): void {
  let unit = alreadyLoaded + 1;
  const lastUnit = alreadyLoaded + spareUnits;
  while (unit <= lastUnit) {
    const cost = marginalLoadCost(unit, weights);
    let run = 1;
    while (unit + run <= lastUnit && marginalLoadCost(unit + run, weights) === cost) run++;
    builder.addEdge(from, sink, run, cost);
    unit += run;
  }
}

/**
 * Reads a deficient proposal set off the minimum cut: proposals still reachable from the source
 * in the residual network. Every edge leaving that side is saturated, so their demand exceeds
 * sum over evaluators of min(spare capacity, eligible proposals in the set).
 */
function hallCertificate(
  problem: AssignmentProblem,
  cut: {
    readonly isReachable: (proposal: number) => boolean;
    readonly needed: Int32Array;
    readonly spare: Int32Array;
    readonly blocked: Uint8Array;
    readonly fixedPairs: ReadonlySet<number>;
    readonly uncoverableReviews: number;
  },
): AssignmentInfeasibility {
  const { needed, spare, blocked, fixedPairs } = cut;
  const E = problem.evaluators.length;
  const inSet: number[] = [];
  let reviewsNeeded = 0;
  for (let p = 0; p < problem.proposals.length; p++) {
    if (cut.isReachable(p) && needed[p]! > 0) {
      inSet.push(p);
      reviewsNeeded += needed[p]!;
    }
  }
  const evaluatorIds: string[] = [];
  let reviewsAvailable = 0;
  for (let e = 0; e < E; e++) {
    let eligibleInSet = 0;
    for (const p of inSet) {
      const key = p * E + e;
      if (blocked[key] === 0 && !fixedPairs.has(key)) eligibleInSet++;
    }
    const contribution = Math.min(spare[e]!, eligibleInSet);
    if (contribution > 0) {
      evaluatorIds.push(problem.evaluators[e]!.id);
      reviewsAvailable += contribution;
    }
  }
  return {
    kind: "insufficient-capacity",
    proposalIds: inSet.map((p) => problem.proposals[p]!.id),
    evaluatorIds,
    reviewsNeeded,
    reviewsAvailable,
    uncoverableReviews: cut.uncoverableReviews,
  };
}

function buildSolution(
  problem: AssignmentProblem,
  chosen: ReadonlySet<number>,
  fixedPairs: ReadonlySet<number>,
  weights: AssignmentCostWeights,
): AssignmentSolution {
  const { proposals, evaluators } = problem;
  const E = evaluators.length;
  const loads = new Int32Array(E);
  const assignments: SolvedAssignment[] = [];
  let expertiseMatches = 0;
  for (const key of [...chosen].sort((a, b) => a - b)) {
    const p = Math.floor(key / E);
    const e = key - p * E;
    const proposal = proposals[p]!;
    const evaluator = evaluators[e]!;
    const expertiseMatch = hasExpertise(evaluator, proposal);
    if (expertiseMatch) expertiseMatches++;
    loads[e]!++;
    assignments.push({
      evaluatorId: evaluator.id,
      proposalId: proposal.id,
      fixed: fixedPairs.has(key),
      expertiseMatch,
    });
  }
  return {
    feasible: true,
    assignments,
    totalCost: totalAssignmentCost(problem, assignments, weights),
    evaluatorLoads: evaluators.map((e, i) => ({
      evaluatorId: e.id,
      load: loads[i]!,
      maxProposals: e.maxProposals,
    })),
    expertiseMatches,
  };
}
