/**
 * National-scale timing of the reviewer assignment solver (not a test: run it by hand).
 *
 *   npx tsx src/server/modules/evaluation/domain/solver-scale.bench.ts [proposals] [evaluators] [k]
 *
 * Defaults mirror a KIPP desk-evaluation round: 3,500 proposals, 120 evaluators, k = 3,
 * 10 categories, each evaluator expert in 2-3 of them, ~5% conflicted pairs, capacities with
 * about 15% slack over the demand. Prints one JSON object.
 */
import { performance } from "node:perf_hooks";
import type { AssignmentProblem, ConflictPair } from "./assignment-model.js";
import { totalAssignmentCost } from "./assignment-model.js";
import { solveReviewerAssignment } from "./assignment-solver.js";
import { SeededRandom } from "./seeded-random.js";

const [proposalCount = 3500, evaluatorCount = 120, k = 3] = process.argv
  .slice(2)
  .map((arg) => Number.parseInt(arg, 10));
const categories = 10;
const conflictRate = 0.05;
const random = new SeededRandom(20_240_601);

const proposals = Array.from({ length: proposalCount }, (_, i) => ({
  id: `P${i + 1}`,
  categoryId: `C${random.int(categories)}`,
  reviewersRequired: k,
}));
const baseCap = Math.ceil((proposalCount * k * 1.15) / evaluatorCount);
const evaluators = Array.from({ length: evaluatorCount }, (_, i) => ({
  id: `E${i + 1}`,
  maxProposals: baseCap + random.int(11) - 5,
  expertiseCategoryIds: random
    .shuffled(Array.from({ length: categories }, (_, c) => `C${c}`))
    .slice(0, 2 + random.int(2)),
}));
const conflicts: ConflictPair[] = [];
for (const p of proposals) {
  for (const e of evaluators) {
    if (random.next() < conflictRate) conflicts.push({ evaluatorId: e.id, proposalId: p.id });
  }
}
const problem: AssignmentProblem = { proposals, evaluators, conflicts };

const started = performance.now();
const result = solveReviewerAssignment(problem);
const elapsedMs = performance.now() - started;

if (!result.feasible) {
  console.log(JSON.stringify({ feasible: false, elapsedMs, reasons: result.reasons.slice(0, 5) }));
  process.exitCode = 1;
} else {
  const loads = result.evaluatorLoads.map((l) => l.load);
  console.log(
    JSON.stringify(
      {
        proposals: proposalCount,
        evaluators: evaluatorCount,
        k,
        conflicts: conflicts.length,
        feasible: true,
        elapsedMs: Math.round(elapsedMs),
        totalCost: result.totalCost,
        recomputedCost: totalAssignmentCost(problem, result.assignments),
        assignments: result.assignments.length,
        expertiseMatches: result.expertiseMatches,
        minLoad: Math.min(...loads),
        maxLoad: Math.max(...loads),
        node: process.version,
      },
      null,
      2,
    ),
  );
}
