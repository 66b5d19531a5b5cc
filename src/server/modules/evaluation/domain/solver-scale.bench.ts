/**
 * National-scale timing of the reviewer assignment solver (not a test: run it by hand).
 *
 *   npx tsx src/server/modules/evaluation/domain/solver-scale.bench.ts [proposals] [evaluators] [k]
 *
 * Defaults mirror a KIPP desk-evaluation round: 3,500 proposals, 120 evaluators, k = 3,
 * 10 categories, each evaluator expert in 2-3 of them, ~5% conflicted pairs. Two scenarios:
 * - `uniform`: categories equally common, capacities ~15% above the demand;
 * - `skewed`: a few categories dominate (as health and education do in KIPP) while expertise is
 *   spread evenly, and capacities are only ~3% above the demand, so expertise and balance
 *   genuinely compete.
 * Prints a JSON array, one object per scenario.
 */
import { performance } from 'node:perf_hooks';
import type { AssignmentProblem, ConflictPair } from './assignment-model.js';
import { DEFAULT_COST_WEIGHTS, loadCost, pairCost, totalAssignmentCost } from './assignment-model.js';
import { type SolvedAssignment, solveReviewerAssignment } from './assignment-solver.js';
import { SeededRandom } from './seeded-random.js';

const [proposalCount = 3500, evaluatorCount = 120, k = 3] = process.argv.slice(2).map((arg) => Number.parseInt(arg, 10));
const CATEGORIES = 10;
const CONFLICT_RATE = 0.05;

function generate(scenario: 'uniform' | 'skewed', seed: number): AssignmentProblem {
  const random = new SeededRandom(seed);
  // Skewed: category c is drawn with weight 1 / (c + 1) (Zipf-like).
  const weights = Array.from({ length: CATEGORIES }, (_, c) => (scenario === 'skewed' ? 1 / (c + 1) : 1));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const drawCategory = () => {
    let x = random.next() * totalWeight;
    for (let c = 0; c < CATEGORIES; c++) {
      x -= weights[c]!;
      if (x < 0) return `C${c}`;
    }
    return `C${CATEGORIES - 1}`;
  };
  const proposals = Array.from({ length: proposalCount }, (_, i) => ({
    id: `P${i + 1}`,
    categoryId: drawCategory(),
    reviewersRequired: k,
  }));
  const slack = scenario === 'skewed' ? 1.03 : 1.15;
  const baseCap = Math.ceil((proposalCount * k * slack) / evaluatorCount);
  const evaluators = Array.from({ length: evaluatorCount }, (_, i) => ({
    id: `E${i + 1}`,
    maxProposals: baseCap + random.int(5) - 2,
    expertiseCategoryIds: random.shuffled(Array.from({ length: CATEGORIES }, (_, c) => `C${c}`)).slice(0, 2 + random.int(2)),
  }));
  const conflicts: ConflictPair[] = [];
  for (const p of proposals) {
    for (const e of evaluators) {
      if (random.next() < CONFLICT_RATE) conflicts.push({ evaluatorId: e.id, proposalId: p.id });
    }
  }
  return { proposals, evaluators, conflicts };
}

/**
 * Independent sanity check of optimality: moving one review from its evaluator to another
 * eligible one must never lower the total cost (a necessary condition; the solver's guarantee is
 * global, this merely catches a gross regression at full scale).
 */
function improvingSingleMoves(problem: AssignmentProblem, assignments: readonly SolvedAssignment[]): number {
  const w = DEFAULT_COST_WEIGHTS;
  const proposals = new Map(problem.proposals.map((p) => [p.id, p]));
  const conflicts = new Set(problem.conflicts?.map((c) => `${c.evaluatorId}|${c.proposalId}`));
  const load = new Map<string, number>();
  const onProposal = new Set<string>();
  for (const a of assignments) {
    load.set(a.evaluatorId, (load.get(a.evaluatorId) ?? 0) + 1);
    onProposal.add(`${a.evaluatorId}|${a.proposalId}`);
  }
  const marginal = (l: number, delta: 1 | -1) => loadCost(l + delta, w) - loadCost(l, w);
  let improving = 0;
  for (const a of assignments) {
    const proposal = proposals.get(a.proposalId)!;
    const from = problem.evaluators.find((e) => e.id === a.evaluatorId)!;
    const removeGain = pairCost(from, proposal, w) + marginal(load.get(from.id)!, -1);
    for (const to of problem.evaluators) {
      const key = `${to.id}|${a.proposalId}`;
      const toLoad = load.get(to.id) ?? 0;
      if (onProposal.has(key) || conflicts.has(key) || toLoad >= to.maxProposals) continue;
      if (pairCost(to, proposal, w) + marginal(toLoad, 1) + removeGain < 0) improving++;
    }
  }
  return improving;
}

const reports = (['uniform', 'skewed'] as const).map((scenario) => {
  const problem = generate(scenario, 20_240_601);
  const started = performance.now();
  const result = solveReviewerAssignment(problem);
  const elapsedMs = Math.round(performance.now() - started);
  const base = {
    scenario,
    proposals: proposalCount,
    evaluators: evaluatorCount,
    k,
    conflicts: problem.conflicts?.length ?? 0,
    elapsedMs,
  };
  if (!result.feasible) return { ...base, feasible: false, reasons: result.reasons.slice(0, 3) };
  const loads = result.evaluatorLoads.map((l) => l.load);
  return {
    ...base,
    feasible: true,
    totalCost: result.totalCost,
    recomputedCost: totalAssignmentCost(problem, result.assignments),
    improvingSingleMoves: improvingSingleMoves(problem, result.assignments),
    assignments: result.assignments.length,
    expertiseMatches: result.expertiseMatches,
    minLoad: Math.min(...loads),
    maxLoad: Math.max(...loads),
  };
});
console.log(JSON.stringify({ node: process.version, reports }, null, 2));
