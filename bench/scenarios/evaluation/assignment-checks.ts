import { type AssignmentProblem, DEFAULT_COST_WEIGHTS, type ReviewAssignment, totalAssignmentCost } from '../../../src/server/modules/evaluation/domain/index.js';

/**
 * Checks of a reviewer assignment written independently of the solver (it uses only the shared
 * cost model `totalAssignmentCost`; weights are the defaults: mismatch 20, load w·L²).
 */

const W = DEFAULT_COST_WEIGHTS;
const pairCost = (expertise: ReadonlySet<string>, category: string) => (expertise.has(category) ? 0 : W.expertiseMismatchCost);
const marginal = (unit: number) => W.loadWeight * (2 * unit - 1);

export interface RuleViolations {
  /** Proposals without exactly k distinct evaluators. */
  readonly coverage: number;
  readonly overCapacity: number;
  readonly conflicted: number;
}

export function ruleViolations(problem: AssignmentProblem, assignments: readonly ReviewAssignment[]): RuleViolations {
  const conflicts = new Set(problem.conflicts?.map((c) => `${c.evaluatorId}|${c.proposalId}`));
  const perProposal = new Map<string, Set<string>>();
  const load = new Map<string, number>();
  let conflicted = 0;
  for (const a of assignments) {
    const set = perProposal.get(a.proposalId) ?? new Set<string>();
    set.add(a.evaluatorId);
    perProposal.set(a.proposalId, set);
    load.set(a.evaluatorId, (load.get(a.evaluatorId) ?? 0) + 1);
    if (conflicts.has(`${a.evaluatorId}|${a.proposalId}`)) conflicted++;
  }
  const coverage = problem.proposals.filter((p) => (perProposal.get(p.id)?.size ?? 0) !== p.reviewersRequired).length;
  const overCapacity = problem.evaluators.filter((e) => (load.get(e.id) ?? 0) > e.maxProposals).length;
  return { coverage, overCapacity, conflicted };
}

/**
 * Global optimality certificate. A feasible min-cost flow is optimal exactly when its residual
 * network has no negative cycle. Collapsing each residual path evaluator -> proposal ->
 * evaluator' (move one review) into one edge, and adding the sink with the marginal load costs,
 * gives a graph on E + 1 nodes with the same negative cycles; Bellman-Ford finds one if it exists.
 * Returns the cost of the most negative cycle found (0 when none: the assignment is optimal).
 */
export function negativeCycleImprovement(problem: AssignmentProblem, assignments: readonly ReviewAssignment[]): number {
  const E = problem.evaluators.length;
  const evaluatorIndex = new Map(problem.evaluators.map((e, i) => [e.id, i]));
  const expertise = problem.evaluators.map((e) => new Set(e.expertiseCategoryIds));
  const category = new Map(problem.proposals.map((p) => [p.id, p.categoryId]));
  const conflicts = new Set(problem.conflicts?.map((c) => `${c.evaluatorId}|${c.proposalId}`));
  const load = new Array<number>(E).fill(0);
  const onProposal = new Map<string, Set<number>>();
  for (const a of assignments) {
    const e = evaluatorIndex.get(a.evaluatorId)!;
    load[e]!++;
    const set = onProposal.get(a.proposalId) ?? new Set<number>();
    set.add(e);
    onProposal.set(a.proposalId, set);
  }
  const SINK = E;
  const INF = Number.POSITIVE_INFINITY;
  const weight = Array.from({ length: E + 1 }, () => new Array<number>(E + 1).fill(INF));
  for (const a of assignments) {
    const from = evaluatorIndex.get(a.evaluatorId)!;
    const cat = category.get(a.proposalId)!;
    const already = onProposal.get(a.proposalId)!;
    for (let to = 0; to < E; to++) {
      if (already.has(to) || conflicts.has(`${problem.evaluators[to]!.id}|${a.proposalId}`)) continue;
      const w = pairCost(expertise[to]!, cat) - pairCost(expertise[from]!, cat);
      if (w < weight[from]![to]!) weight[from]![to] = w;
    }
  }
  for (let e = 0; e < E; e++) {
    if (load[e]! > 0) weight[SINK]![e] = -marginal(load[e]!);
    if (load[e]! < problem.evaluators[e]!.maxProposals) weight[e]![SINK] = marginal(load[e]! + 1);
  }
  // Bellman-Ford from a virtual source joined to every node at cost 0.
  const n = E + 1;
  const dist = new Array<number>(n).fill(0);
  const pred = new Array<number>(n).fill(-1);
  let changed = -1;
  for (let iteration = 0; iteration < n; iteration++) {
    changed = -1;
    for (let u = 0; u < n; u++) {
      const row = weight[u]!;
      for (let v = 0; v < n; v++) {
        const w = row[v]!;
        if (w !== INF && dist[u]! + w < dist[v]!) {
          dist[v] = dist[u]! + w;
          pred[v] = u;
          changed = v;
        }
      }
    }
    if (changed === -1) return 0;
  }
  // Still relaxing after n rounds: walk back n steps to land on the cycle, then price it.
  // (A chain that leaves the graph cannot happen with a real cycle; -1 still reports "not optimal".)
  let node = changed;
  for (let i = 0; i < n && node >= 0; i++) node = pred[node]!;
  if (node < 0) return -1;
  let cost = 0;
  let at = node;
  for (let steps = 0; steps <= n; steps++) {
    const from = pred[at]!;
    cost += weight[from]![at]!;
    at = from;
    if (at === node) return cost;
  }
  return -1;
}

/** The exact optimum by enumeration, for small problems only (every k-subset per proposal). */
export function bruteForceOptimum(problem: AssignmentProblem): number | null {
  const conflicts = new Set(problem.conflicts?.map((c) => `${c.evaluatorId}|${c.proposalId}`));
  const options = problem.proposals.map((p) => {
    const eligible = problem.evaluators.filter((e) => !conflicts.has(`${e.id}|${p.id}`)).map((e) => e.id);
    return subsets(eligible, p.reviewersRequired);
  });
  const capacity = new Map(problem.evaluators.map((e) => [e.id, e.maxProposals]));
  const load = new Map<string, number>();
  const chosen: ReviewAssignment[] = [];
  let best: number | null = null;
  const visit = (i: number) => {
    if (i === problem.proposals.length) {
      const cost = totalAssignmentCost(problem, chosen);
      if (best === null || cost < best) best = cost;
      return;
    }
    for (const subset of options[i]!) {
      if (subset.some((e) => (load.get(e) ?? 0) >= capacity.get(e)!)) continue;
      for (const e of subset) {
        load.set(e, (load.get(e) ?? 0) + 1);
        chosen.push({ evaluatorId: e, proposalId: problem.proposals[i]!.id });
      }
      visit(i + 1);
      for (const e of subset) {
        load.set(e, load.get(e)! - 1);
        chosen.pop();
      }
    }
  };
  visit(0);
  return best;
}

function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, size - 1).map((s) => [first!, ...s]), ...subsets(rest, size)];
}
