import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssignmentProblem, EvaluatorCapacity, ProposalToReview, ReviewAssignment } from './assignment-model.js';
import { totalAssignmentCost } from './assignment-model.js';
import { type AssignmentResult, solveReviewerAssignment } from './assignment-solver.js';

const proposal = (id: string, categoryId: string, k = 2): ProposalToReview => ({
  id,
  categoryId,
  reviewersRequired: k,
});
const evaluator = (id: string, cap: number, expertise: string[] = []): EvaluatorCapacity => ({
  id,
  maxProposals: cap,
  expertiseCategoryIds: expertise,
});

function expectHardRules(problem: AssignmentProblem, result: AssignmentResult) {
  if (!result.feasible) throw new Error(`expected feasible, got ${JSON.stringify(result.reasons)}`);
  const conflicts = new Set((problem.conflicts ?? []).map((c) => `${c.evaluatorId}|${c.proposalId}`));
  const pairs = new Set<string>();
  const perProposal = new Map<string, number>();
  const perEvaluator = new Map<string, number>();
  for (const a of result.assignments) {
    const key = `${a.evaluatorId}|${a.proposalId}`;
    expect(pairs.has(key), `duplicate ${key}`).toBe(false);
    expect(conflicts.has(key), `conflicted ${key}`).toBe(false);
    expect(problem.isConflicted?.(a.evaluatorId, a.proposalId) ?? false).toBe(false);
    pairs.add(key);
    perProposal.set(a.proposalId, (perProposal.get(a.proposalId) ?? 0) + 1);
    perEvaluator.set(a.evaluatorId, (perEvaluator.get(a.evaluatorId) ?? 0) + 1);
  }
  for (const p of problem.proposals) expect(perProposal.get(p.id) ?? 0).toBe(p.reviewersRequired);
  for (const e of problem.evaluators) {
    expect(perEvaluator.get(e.id) ?? 0).toBeLessThanOrEqual(e.maxProposals);
  }
  for (const f of problem.fixedAssignments ?? []) {
    expect(pairs.has(`${f.evaluatorId}|${f.proposalId}`)).toBe(true);
  }
}

describe('solveReviewerAssignment: hard rules', () => {
  it('covers every proposal with exactly k distinct evaluators within caps', () => {
    const problem: AssignmentProblem = {
      proposals: [proposal('p1', 'health', 3), proposal('p2', 'education', 2), proposal('p3', 'health', 1)],
      evaluators: [evaluator('e1', 2, ['health']), evaluator('e2', 2), evaluator('e3', 2), evaluator('e4', 1)],
    };
    expectHardRules(problem, solveReviewerAssignment(problem));
  });

  it('never assigns a conflicted pair, whether listed or given by a predicate', () => {
    const problem: AssignmentProblem = {
      proposals: [proposal('p1', 'a'), proposal('p2', 'a')],
      evaluators: [evaluator('e1', 2, ['a']), evaluator('e2', 2, ['a']), evaluator('e3', 2)],
      conflicts: [{ evaluatorId: 'e1', proposalId: 'p1' }],
      isConflicted: (e, p) => e === 'e2' && p === 'p2',
    };
    const result = solveReviewerAssignment(problem);
    expectHardRules(problem, result);
    if (!result.feasible) return;
    expect(result.assignments.map((a) => `${a.proposalId}:${a.evaluatorId}`)).toEqual(['p1:e2', 'p1:e3', 'p2:e1', 'p2:e3']);
  });

  it('prefers expertise, then spreads load evenly', () => {
    const problem: AssignmentProblem = {
      proposals: [proposal('p1', 'health', 1), proposal('p2', 'education', 1)],
      evaluators: [evaluator('e1', 2, ['health', 'education']), evaluator('e2', 2, ['health'])],
    };
    const result = solveReviewerAssignment(problem);
    expectHardRules(problem, result);
    if (!result.feasible) return;
    // Giving both to e1 costs 1 + 3 = 4; p1 -> e2 costs 1 + 1 = 2, both experts.
    expect(result.assignments.map((a) => `${a.proposalId}:${a.evaluatorId}`)).toEqual(['p1:e2', 'p2:e1']);
    expect(result.expertiseMatches).toBe(2);
    expect(result.totalCost).toBe(2);
  });

  it('keeps fixed assignments and counts them against caps and load', () => {
    const problem: AssignmentProblem = {
      proposals: [proposal('p1', 'a'), proposal('p2', 'a')],
      evaluators: [evaluator('e1', 2), evaluator('e2', 1), evaluator('e3', 2)],
      fixedAssignments: [{ evaluatorId: 'e2', proposalId: 'p1' }],
    };
    const result = solveReviewerAssignment(problem);
    expectHardRules(problem, result);
    if (!result.feasible) return;
    expect(result.assignments.filter((a) => a.fixed)).toEqual([{ evaluatorId: 'e2', proposalId: 'p1', fixed: true, expertiseMatch: false }]);
    expect(result.evaluatorLoads.find((l) => l.evaluatorId === 'e2')?.load).toBe(1);
  });

  it('handles an empty round', () => {
    expect(solveReviewerAssignment({ proposals: [], evaluators: [] })).toMatchObject({
      feasible: true,
      assignments: [],
      totalCost: 0,
    });
  });

  it('rejects malformed input loudly', () => {
    expect(() =>
      solveReviewerAssignment({
        proposals: [proposal('p', 'a'), proposal('p', 'a')],
        evaluators: [],
      }),
    ).toThrow(/duplicate proposal/);
    expect(() => solveReviewerAssignment({ proposals: [proposal('p', 'a', -1)], evaluators: [] })).toThrow(/reviewersRequired/);
    expect(() => solveReviewerAssignment({ proposals: [], evaluators: [] }, { loadWeight: 0.5 })).toThrow(/loadWeight/);
  });
});

describe('solveReviewerAssignment: infeasibility', () => {
  it('names a proposal whose non-conflicted evaluators are too few', () => {
    const result = solveReviewerAssignment({
      proposals: [proposal('p1', 'a', 2), proposal('p2', 'a', 1)],
      evaluators: [evaluator('e1', 5), evaluator('e2', 5)],
      conflicts: [{ evaluatorId: 'e1', proposalId: 'p1' }],
    });
    expect(result).toEqual({
      feasible: false,
      reasons: [
        {
          kind: 'too-few-eligible-evaluators',
          proposalId: 'p1',
          reviewsStillNeeded: 2,
          nonConflictedEvaluators: 1,
          withSpareCapacity: 1,
        },
      ],
    });
  });

  it('proves a capacity shortage with a deficient proposal set', () => {
    // p1 and p2 can only go to e1 and e2 (e3 is conflicted with both), who can take 3 in total.
    const result = solveReviewerAssignment({
      proposals: [proposal('p1', 'a', 2), proposal('p2', 'a', 2), proposal('p3', 'a', 1)],
      evaluators: [evaluator('e1', 2), evaluator('e2', 1), evaluator('e3', 5)],
      conflicts: [
        { evaluatorId: 'e3', proposalId: 'p1' },
        { evaluatorId: 'e3', proposalId: 'p2' },
      ],
    });
    expect(result).toEqual({
      feasible: false,
      reasons: [
        {
          kind: 'insufficient-capacity',
          proposalIds: ['p1', 'p2'],
          evaluatorIds: ['e1', 'e2'],
          reviewsNeeded: 4,
          reviewsAvailable: 3,
          uncoverableReviews: 1,
        },
      ],
    });
  });

  it('reports fixed assignments that break a hard rule instead of silently dropping them', () => {
    const result = solveReviewerAssignment({
      proposals: [proposal('p1', 'a', 1)],
      evaluators: [evaluator('e1', 1), evaluator('e2', 0)],
      conflicts: [{ evaluatorId: 'e1', proposalId: 'p1' }],
      fixedAssignments: [
        { evaluatorId: 'e1', proposalId: 'p1' },
        { evaluatorId: 'e2', proposalId: 'p1' },
        { evaluatorId: 'e9', proposalId: 'p1' },
      ],
    });
    expect(result.feasible).toBe(false);
    if (result.feasible) return;
    expect(result.reasons.map((r) => (r.kind === 'invalid-fixed-assignment' ? r.problem : r.kind))).toEqual(['conflicted', 'exceeds-capacity', 'unknown-evaluator']);
  });
});

// ---------------------------------------------------------------------------------------------
// Brute force: enumerate every choice of evaluator subsets per proposal. Written independently of
// the solver and of the cost model (cost recomputed here from its definition).

interface Instance {
  readonly problem: AssignmentProblem;
  readonly mismatch: number;
  readonly loadWeight: number;
}

function bruteForce({ problem, mismatch, loadWeight }: Instance): { cost: number } | null {
  const { proposals, evaluators } = problem;
  const conflicted = (e: string, p: string) => (problem.conflicts ?? []).some((c) => c.evaluatorId === e && c.proposalId === p);
  const fixed = problem.fixedAssignments ?? [];
  const loads = evaluators.map((e) => fixed.filter((f) => f.evaluatorId === e.id).length);
  let pairTotal = 0;
  for (const f of fixed) {
    const e = evaluators.find((x) => x.id === f.evaluatorId)!;
    const p = proposals.find((x) => x.id === f.proposalId)!;
    pairTotal += e.expertiseCategoryIds.includes(p.categoryId) ? 0 : mismatch;
  }
  let best: number | null = null;
  const visit = (index: number, partial: number) => {
    if (index === proposals.length) {
      const total = partial + loads.reduce((sum, l) => sum + loadWeight * l * l, 0);
      if (best === null || total < best) best = total;
      return;
    }
    const p = proposals[index]!;
    const fixedHere = fixed.filter((f) => f.proposalId === p.id).map((f) => f.evaluatorId);
    const need = p.reviewersRequired - fixedHere.length;
    const candidates = evaluators.map((_, i) => i).filter((i) => !fixedHere.includes(evaluators[i]!.id) && !conflicted(evaluators[i]!.id, p.id));
    const choose = (from: number, left: number, cost: number) => {
      if (left === 0) return visit(index + 1, cost);
      for (let c = from; c < candidates.length; c++) {
        const i = candidates[c]!;
        const e = evaluators[i]!;
        if (loads[i]! >= e.maxProposals) continue;
        loads[i]!++;
        choose(c + 1, left - 1, cost + (e.expertiseCategoryIds.includes(p.categoryId) ? 0 : mismatch));
        loads[i]!--;
      }
    };
    choose(0, need, partial);
  };
  visit(0, pairTotal);
  return best === null ? null : { cost: best };
}

const smallInstance: fc.Arbitrary<Instance> = fc
  .record({
    proposalCount: fc.integer({ min: 1, max: 6 }),
    evaluatorCount: fc.integer({ min: 1, max: 4 }),
    seedBits: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 64, maxLength: 64 }),
    mismatch: fc.integer({ min: 0, max: 30 }),
    loadWeight: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ proposalCount, evaluatorCount, seedBits, mismatch, loadWeight }) => {
    let cursor = 0;
    const draw = (n: number) => seedBits[cursor++ % seedBits.length]! % n;
    const proposals = Array.from({ length: proposalCount }, (_, i) => proposal(`p${i}`, `c${draw(3)}`, draw(3)));
    const evaluators = Array.from({ length: evaluatorCount }, (_, i) =>
      evaluator(
        `e${i}`,
        draw(5),
        ['c0', 'c1', 'c2'].filter(() => draw(2) === 1),
      ),
    );
    const conflicts = [];
    const fixedAssignments: ReviewAssignment[] = [];
    const fixedPerProposal = new Map<string, number>();
    const fixedPerEvaluator = new Map<string, number>();
    for (const p of proposals) {
      for (const e of evaluators) {
        if (draw(5) === 0) conflicts.push({ evaluatorId: e.id, proposalId: p.id });
        else if (draw(8) === 0 && (fixedPerProposal.get(p.id) ?? 0) < p.reviewersRequired && (fixedPerEvaluator.get(e.id) ?? 0) < e.maxProposals) {
          fixedAssignments.push({ evaluatorId: e.id, proposalId: p.id });
          fixedPerProposal.set(p.id, (fixedPerProposal.get(p.id) ?? 0) + 1);
          fixedPerEvaluator.set(e.id, (fixedPerEvaluator.get(e.id) ?? 0) + 1);
        }
      }
    }
    return {
      problem: { proposals, evaluators, conflicts, fixedAssignments },
      mismatch,
      loadWeight,
    };
  });

describe('solveReviewerAssignment: agrees with brute force on small instances', () => {
  it('finds the optimum exactly when feasible and proves infeasibility otherwise', () => {
    fc.assert(
      fc.property(smallInstance, (instance) => {
        const weights = {
          expertiseMismatchCost: instance.mismatch,
          loadWeight: instance.loadWeight,
        };
        const result = solveReviewerAssignment(instance.problem, weights);
        const best = bruteForce(instance);
        expect(result.feasible).toBe(best !== null);
        if (result.feasible) {
          expectHardRules(instance.problem, result);
          expect(result.totalCost).toBe(best?.cost);
          expect(totalAssignmentCost(instance.problem, result.assignments, weights)).toBe(best?.cost);
        } else {
          for (const reason of result.reasons) {
            if (reason.kind === 'insufficient-capacity') {
              expect(reason.reviewsAvailable).toBeLessThan(reason.reviewsNeeded);
            }
            if (reason.kind === 'too-few-eligible-evaluators') {
              expect(reason.withSpareCapacity).toBeLessThan(reason.reviewsStillNeeded);
            }
            expect(reason.kind).not.toBe('invalid-fixed-assignment');
          }
        }
      }),
      { numRuns: 300, seed: 4242 },
    );
  });
});
