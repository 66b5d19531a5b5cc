import { buildEligibility, type EligibilityTable } from './assignment-eligibility.js';
import { type AssignmentInfeasibility, hallCertificate, perProposalShortfalls } from './assignment-infeasibility.js';
import {
  type AssignmentCostWeights,
  type AssignmentProblem,
  type ResolvedCostWeights,
  hasExpertise,
  marginalLoadCost,
  pairCost,
  resolveCostWeights,
  totalAssignmentCost,
} from './assignment-model.js';
import { type FlowNetwork, FlowNetworkBuilder } from './flow-network.js';
import { solveMinCostFlow } from './min-cost-flow.js';

export type { AssignmentInfeasibility, FixedAssignmentProblem } from './assignment-infeasibility.js';

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

export interface AssignmentFailure {
  readonly feasible: false;
  readonly reasons: readonly AssignmentInfeasibility[];
}

export type AssignmentResult = AssignmentSolution | AssignmentFailure;

export function solveReviewerAssignment(problem: AssignmentProblem, weights: AssignmentCostWeights = {}): AssignmentResult {
  const resolved = resolveCostWeights(weights);
  const eligibility = buildEligibility(problem);
  if (!eligibility.ok) return { feasible: false, reasons: eligibility.reasons };
  const { table } = eligibility;

  const shortfalls = perProposalShortfalls(problem, table);
  if (shortfalls.length > 0) return { feasible: false, reasons: shortfalls };

  const net = buildNetwork(problem, table, resolved);
  const wanted = table.needed.reduce((sum, n) => sum + n, 0);
  const { flow } = solveMinCostFlow(net.network, net.source, net.sink, wanted);
  if (flow < wanted) {
    const reachable = net.network.reachableFrom(net.source);
    const onSourceSide = (p: number) => reachable[net.proposalNode(p)] === 1;
    return {
      feasible: false,
      reasons: [hallCertificate(problem, table, onSourceSide, wanted - flow)],
    };
  }

  const chosen = new Set<number>(table.fixedPairs);
  for (let i = 0; i < net.pairKeys.length; i++) {
    if (net.network.flowOn(net.firstPairEdge + i) === 1) chosen.add(net.pairKeys[i]!);
  }
  return buildSolution(problem, chosen, table.fixedPairs, weights);
}

interface AssignmentNetwork {
  readonly network: FlowNetwork;
  readonly source: number;
  readonly sink: number;
  readonly proposalNode: (p: number) => number;
  /** Pair edges are consecutive ids from firstPairEdge; pairKeys[i] = p * E + e of edge i. */
  readonly firstPairEdge: number;
  readonly pairKeys: readonly number[];
}

/** Nodes: 0 source, 1..P proposals, P+1..P+E evaluators, P+E+1 sink. */
function buildNetwork(problem: AssignmentProblem, table: EligibilityTable, weights: ResolvedCostWeights): AssignmentNetwork {
  const { proposals, evaluators } = problem;
  const P = table.proposalCount;
  const E = table.evaluatorCount;
  const source = 0;
  const sink = P + E + 1;
  const proposalNode = (p: number) => 1 + p;
  const evaluatorNode = (e: number) => 1 + P + e;
  const builder = new FlowNetworkBuilder(P + E + 2, P * E + P + E);
  for (let p = 0; p < P; p++) {
    if (table.needed[p]! > 0) builder.addEdge(source, proposalNode(p), table.needed[p]!, 0);
  }
  const pairKeys: number[] = [];
  let firstPairEdge = 0;
  for (let p = 0; p < P; p++) {
    if (table.needed[p] === 0) continue;
    for (let e = 0; e < E; e++) {
      if (!table.isOpen(p, e) || table.spare[e] === 0) continue;
      const cost = pairCost(evaluators[e]!, proposals[p]!, weights);
      const id = builder.addEdge(proposalNode(p), evaluatorNode(e), 1, cost);
      if (pairKeys.length === 0) firstPairEdge = id;
      pairKeys.push(p * E + e);
    }
  }
  for (let e = 0; e < E; e++) {
    addLoadEdges(builder, evaluatorNode(e), sink, table.fixedLoad[e]!, table.spare[e]!, weights);
  }
  return { network: builder.build(), source, sink, proposalNode, firstPairEdge, pairKeys };
}

/**
 * Parallel unit edges evaluator -> sink, one per remaining unit of capacity, priced at the
 * marginal load cost of that unit (units already taken by fixed assignments are skipped).
 * Consecutive units with equal cost (only when loadWeight is 0) are merged into one edge.
 */
function addLoadEdges(builder: FlowNetworkBuilder, from: number, sink: number, alreadyLoaded: number, spareUnits: number, weights: ResolvedCostWeights): void {
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

function buildSolution(problem: AssignmentProblem, chosen: ReadonlySet<number>, fixedPairs: ReadonlySet<number>, weights: AssignmentCostWeights): AssignmentSolution {
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
