import { performance } from 'node:perf_hooks';
import { type AssignmentProblem, solveReviewerAssignment, totalAssignmentCost } from '../../../src/server/modules/evaluation/domain/index.js';
import { Rng } from '../../generator/rng.js';
import type { StandaloneScenario } from '../../harness/scenario.js';
import { bruteForceOptimum, negativeCycleImprovement, ruleViolations } from './assignment-checks.js';
import { kippAssignmentProblem } from './kipp-assignment-problem.js';

/**
 * Issue #5: assign a KIPP year's proposals (3,500) to 120 evaluators, 3 each, with conflicts and
 * caps, by the evaluation module's min-cost-flow solver. Reported: solve time; the hard rules
 * (exact coverage, caps, no conflict) counted independently; global optimality by a negative-
 * cycle certificate on the residual network; and agreement with brute force on small random
 * problems (where enumerating every assignment is possible).
 */
export const assignmentScenario: StandaloneScenario = {
  kind: 'standalone',
  id: 'evaluation-assignment',
  title: 'Reviewer assignment (min-cost flow): a KIPP round (3,500 proposals; 1,000 in --quick) × 120 evaluators × 3',
  async run(ctx) {
    const proposals = ctx.profile.quick ? 1000 : 3500;
    const setup = kippAssignmentProblem(ctx.dataset, proposals, 120);
    const started = performance.now();
    const result = solveReviewerAssignment(setup.problem);
    const solveMs = performance.now() - started;
    if (!result.feasible) throw new Error(`the KIPP round was infeasible: ${JSON.stringify(result.reasons.slice(0, 2))}`);
    const violations = ruleViolations(setup.problem, result.assignments);
    const certificateStarted = performance.now();
    const improvement = negativeCycleImprovement(setup.problem, result.assignments);
    const certificateMs = performance.now() - certificateStarted;
    const small = compareWithBruteForce(ctx.profile.quick ? 40 : 150);
    const loads = result.evaluatorLoads.map((l) => l.load);
    return {
      metrics: [
        { name: 'solve time', value: solveMs, unit: 'ms', better: 'lower' },
        { name: 'rule violations (coverage, caps, conflicts)', value: violations.coverage + violations.overCapacity + violations.conflicted, unit: 'count', better: 'lower' },
        { name: 'improving cycle found (0 = optimal)', value: -improvement, unit: 'cost', better: 'lower' },
        { name: 'brute-force agreement (small cases)', value: small.agreed / small.cases, unit: 'share', better: 'higher' },
        { name: 'expertise match', value: result.expertiseMatches / result.assignments.length, unit: 'share', better: 'higher' },
        { name: 'load spread (max - min)', value: Math.max(...loads) - Math.min(...loads), unit: 'proposals', better: 'lower' },
        { name: 'certificate check time', value: certificateMs, unit: 'ms', better: 'none' },
      ],
      details: {
        proposals,
        evaluators: setup.problem.evaluators.length,
        k: 3,
        conflicts: setup.conflictCount,
        conflictsByRule: setup.conflictsByRule,
        totalCost: result.totalCost,
        recomputedCost: totalAssignmentCost(setup.problem, result.assignments),
        violations,
        smallCases: small,
      },
    };
  },
};

/** Random small rounds (5-6 proposals, 4-5 evaluators, k = 2) solved both ways. */
export function compareWithBruteForce(cases: number, seed = 7): { cases: number; agreed: number; feasibleCases: number; disagreements: string[] } {
  let agreed = 0;
  let feasibleCases = 0;
  const disagreements: string[] = [];
  for (let c = 0; c < cases; c++) {
    const problem = smallProblem(new Rng(seed, 0xb2f0, c));
    const solved = solveReviewerAssignment(problem);
    const optimum = bruteForceOptimum(problem);
    const same = solved.feasible ? optimum !== null && solved.totalCost === optimum : optimum === null;
    if (same) agreed++;
    else if (disagreements.length < 5) disagreements.push(`case ${c}: solver ${solved.feasible ? solved.totalCost : 'infeasible'}, brute force ${optimum ?? 'infeasible'}`);
    if (optimum !== null) feasibleCases++;
  }
  return { cases, agreed, feasibleCases, disagreements };
}

function smallProblem(rng: Rng): AssignmentProblem {
  const categories = ['a', 'b', 'c'];
  const proposals = Array.from({ length: rng.between(5, 6) }, (_, i) => ({ id: `p${i}`, categoryId: rng.pick(categories), reviewersRequired: 2 }));
  const evaluators = Array.from({ length: rng.between(4, 5) }, (_, i) => ({
    id: `e${i}`,
    maxProposals: rng.between(2, 5),
    expertiseCategoryIds: rng.sample(categories, rng.between(1, 2)),
  }));
  const conflicts = proposals.flatMap((p) => evaluators.filter(() => rng.chance(0.15)).map((e) => ({ evaluatorId: e.id, proposalId: p.id })));
  return { proposals, evaluators, conflicts };
}
