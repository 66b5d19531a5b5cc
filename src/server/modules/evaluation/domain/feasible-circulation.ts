import { FlowNetworkBuilder } from './flow-network.js';
import { solveMinCostFlow } from './min-cost-flow.js';

/**
 * Circulations with lower and upper bounds (and optional non-negative integer costs).
 *
 * Constraint systems built from two nested (laminar) families of sets, such as "at least a_c per
 * category" with "at most M per province", are exactly such circulations. Adding a cost answers
 * one more question exactly: "how many units *outside* a given set must such a choice contain?",
 * which turns a third, single-set constraint (at least q from 3T regions) into an exact check.
 * The selection search uses these as exact sub-checks and cheap relaxations.
 *
 * Standard reduction: each lower bound is sent up front, leaving node excesses and reduced
 * capacities; a feasible circulation exists iff a flow from a super source feeding the positive
 * excesses to a super sink draining the negative ones saturates them all. With non-negative
 * costs there is no negative cycle, so a minimum-cost saturating flow (plus the cost of the
 * lower bounds) is a minimum-cost circulation.
 */
export interface BoundedEdge {
  readonly from: number;
  readonly to: number;
  readonly lower: number;
  readonly upper: number;
  /** Cost per unit, a non-negative integer; 0 when omitted. */
  readonly cost?: number;
}

/** Cost of the cheapest feasible circulation, or null when none exists. */
export function minimumCirculationCost(nodeCount: number, edges: readonly BoundedEdge[]): number | null {
  const excess = new Float64Array(nodeCount);
  const superSource = nodeCount;
  const superSink = nodeCount + 1;
  const builder = new FlowNetworkBuilder(nodeCount + 2, edges.length + nodeCount);
  let fixedCost = 0;
  for (const { from, to, lower, upper, cost = 0 } of edges) {
    if (lower > upper) return null;
    if (upper > lower) builder.addEdge(from, to, upper - lower, cost);
    excess[to]! += lower;
    excess[from]! -= lower;
    fixedCost += lower * cost;
  }
  let required = 0;
  for (let v = 0; v < nodeCount; v++) {
    const e = excess[v]!;
    if (e > 0) {
      builder.addEdge(superSource, v, e, 0);
      required += e;
    } else if (e < 0) {
      builder.addEdge(v, superSink, -e, 0);
    }
  }
  if (required === 0) {
    // Nothing is forced; with non-negative costs the empty circulation (plus bounds) is cheapest.
    return fixedCost;
  }
  const { flow, cost } = solveMinCostFlow(builder.build(), superSource, superSink, required);
  return flow === required ? fixedCost + cost : null;
}

export function hasFeasibleCirculation(nodeCount: number, edges: readonly BoundedEdge[]): boolean {
  return minimumCirculationCost(nodeCount, edges) !== null;
}
