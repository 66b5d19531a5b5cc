import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CandidateFacts, EvaluatorFacts } from '../../src/server/modules/evaluation/candidates.js';
import { conflictMatrix, conflictReasons, type DeclaredConflict } from '../../src/server/modules/evaluation/conflicts.js';
import { solveReviewerAssignment, totalAssignmentCost } from '../../src/server/modules/evaluation/domain/index.js';

/**
 * The rules the service feeds the solver, checked on random juries: conflicts derived from
 * affiliation and declarations are never assigned, coverage is exactly k, caps hold, and the
 * solver's cost equals an exhaustive search on small cases.
 */
const REGIONS = ['35.78', '35.73', '33.74', '73.71', '53.01'];
const province = (code: string) => code.split('.')[0]!;

function proposal(i: number, region: string, category: string): CandidateFacts {
  return {
    id: `p${i}`,
    number: `N${i}`,
    title: `Usulan ${i}`,
    categoryId: category,
    groupId: 'g',
    agencyId: `agency-${region}`,
    agencyName: `Dinas ${region}`,
    regionCode: region,
    regionName: region,
    provinceName: province(region),
    provinceCode: province(region),
    remote3T: region === '53.01',
    ownerId: `owner${i}`,
    ownerEmail: `owner${i}@uji.test`,
    innovationId: null,
    submittedAt: null,
    registrationOrder: i + 1,
  };
}

function evaluator(i: number, region: string | null): EvaluatorFacts {
  return {
    id: `e${i}`,
    name: `E${i}`,
    email: `e${i}@uji.test`,
    role: 'evaluator',
    active: true,
    agencyId: region ? `univ-${region}` : null,
    agencyName: null,
    regionCode: region,
    provinceCode: region ? province(region) : null,
  };
}

const jury = fc.record({
  proposals: fc.array(fc.record({ region: fc.constantFrom(...REGIONS), category: fc.constantFrom('a', 'b') }), { minLength: 1, maxLength: 5 }),
  evaluators: fc.array(fc.record({ region: fc.option(fc.constantFrom(...REGIONS, '11.71')), cap: fc.integer({ min: 0, max: 4 }), expert: fc.constantFrom('a', 'b') }), {
    minLength: 1,
    maxLength: 4,
  }),
  declared: fc.array(fc.record({ evaluator: fc.nat(3), region: fc.constantFrom(...REGIONS.map(province)) }), { maxLength: 2 }),
  k: fc.integer({ min: 1, max: 2 }),
});

function* subsets<T>(items: readonly T[], size: number, start = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= items.length - size; i++) for (const rest of subsets(items, size - 1, i + 1)) yield [items[i]!, ...rest];
}

describe('conflict rules', () => {
  it('detects own agency, same region, same province and declared conflicts', () => {
    const p = proposal(0, '35.78', 'a');
    expect(conflictReasons({ ...evaluator(0, '35.78'), agencyId: 'agency-35.78' }, [], p)).toEqual(['same_agency', 'same_region']);
    expect(conflictReasons(evaluator(1, '35.73'), [], p)).toEqual(['same_province']);
    expect(conflictReasons(evaluator(2, '11.71'), [], p)).toEqual([]);
    expect(conflictReasons({ ...evaluator(3, null), id: 'owner0' }, [], p)).toEqual(['own_proposal']);
    const declared: DeclaredConflict[] = [
      { evaluatorId: 'e2', kind: 'person', agencyId: null, regionCode: null, personEmail: 'OWNER0@uji.test' },
      { evaluatorId: 'e2', kind: 'agency', agencyId: 'agency-35.78', regionCode: null, personEmail: null },
    ];
    expect(conflictReasons(evaluator(2, '11.71'), declared, p).sort()).toEqual(['declared_agency', 'declared_person']);
  });
});

describe('assignment under the service’s rules', () => {
  it('never assigns a conflicted pair, covers exactly k, respects caps, and is optimal', () => {
    fc.assert(
      fc.property(jury, ({ proposals: ps, evaluators: es, declared: ds, k }) => {
        const proposals = ps.map((p, i) => proposal(i, p.region, p.category));
        const evaluators = es.map((e, i) => evaluator(i, e.region));
        const declared: DeclaredConflict[] = ds
          .filter((d) => d.evaluator < es.length)
          .map((d) => ({ evaluatorId: `e${d.evaluator}`, kind: 'region', agencyId: null, regionCode: d.region, personEmail: null }));
        const conflicts = new Set(conflictMatrix(evaluators, declared, proposals).map((c) => `${c.proposalId}|${c.evaluatorId}`));
        const problem = {
          proposals: proposals.map((p) => ({ id: p.id, categoryId: p.categoryId, reviewersRequired: k })),
          evaluators: es.map((e, i) => ({ id: `e${i}`, maxProposals: e.cap, expertiseCategoryIds: [e.expert] })),
          isConflicted: (e: string, p: string) => conflicts.has(`${p}|${e}`),
        };
        const result = solveReviewerAssignment(problem);
        // Exhaustive search over every choice of k evaluators per proposal.
        const options = proposals.map((p) => [
          ...subsets(
            problem.evaluators.filter((e) => !conflicts.has(`${p.id}|${e.id}`)).map((e) => e.id),
            k,
          ),
        ]);
        let best = Number.POSITIVE_INFINITY;
        const walk = (i: number, chosen: { evaluatorId: string; proposalId: string }[]) => {
          if (i === proposals.length) {
            const load = new Map<string, number>();
            for (const a of chosen) load.set(a.evaluatorId, (load.get(a.evaluatorId) ?? 0) + 1);
            if (problem.evaluators.every((e) => (load.get(e.id) ?? 0) <= e.maxProposals)) best = Math.min(best, totalAssignmentCost(problem, chosen));
            return;
          }
          for (const set of options[i]!) walk(i + 1, [...chosen, ...set.map((e) => ({ evaluatorId: e, proposalId: proposals[i]!.id }))]);
        };
        walk(0, []);
        if (!result.feasible) {
          expect(best).toBe(Number.POSITIVE_INFINITY);
          return;
        }
        expect(result.totalCost).toBe(best);
        const perProposal = new Map<string, number>();
        const load = new Map<string, number>();
        for (const a of result.assignments) {
          expect(conflicts.has(`${a.proposalId}|${a.evaluatorId}`)).toBe(false);
          perProposal.set(a.proposalId, (perProposal.get(a.proposalId) ?? 0) + 1);
          load.set(a.evaluatorId, (load.get(a.evaluatorId) ?? 0) + 1);
        }
        for (const p of proposals) expect(perProposal.get(p.id)).toBe(k);
        for (const e of problem.evaluators) expect(load.get(e.id) ?? 0).toBeLessThanOrEqual(e.maxProposals);
      }),
      { numRuns: 150 },
    );
  });
});
