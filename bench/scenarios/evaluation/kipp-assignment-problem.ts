import type { AssignmentProblem, ConflictPair } from '../../../src/server/modules/evaluation/domain/index.js';
import { planAccounts } from '../../generator/accounts.js';
import { generateAgencies } from '../../generator/agencies.js';
import type { DatasetOptions } from '../../generator/dataset-options.js';
import { generateInnovation, innovationUniverse } from '../../generator/innovations.js';

/**
 * A KIPP desk-evaluation round drawn from the national data set: `proposals` published
 * innovations old enough to enter (started before `year`), the data set's evaluators with their
 * expertise, and every conflict the evaluation module must respect: the evaluator's own
 * affiliation, the evaluator's home province, and the organisations they declared.
 */
export interface KippAssignmentSetup {
  readonly problem: AssignmentProblem;
  readonly conflictCount: number;
  readonly conflictsByRule: Record<'affiliation' | 'province' | 'declared', number>;
}

export function kippAssignmentProblem(dataset: DatasetOptions, proposals: number, evaluators: number, k = 3, year = 2022): KippAssignmentSetup {
  const agencies = generateAgencies(dataset.seed);
  const universe = innovationUniverse(dataset.seed, agencies, dataset.asOf);
  const plan = planAccounts(dataset.seed, agencies, { ...dataset, evaluators });
  const chosen: { id: string; theme: string; agency: number; province: string }[] = [];
  for (let i = 0; chosen.length < proposals && i < dataset.innovations * 10; i++) {
    const spec = generateInnovation(universe, i);
    if (spec.workflowState !== 'published' || Number(spec.startDate.slice(0, 4)) >= year) continue;
    chosen.push({ id: `P${chosen.length + 1}`, theme: spec.themeKey, agency: spec.agencyIndex, province: spec.regionCode.slice(0, 2) });
  }
  // Capacity about 8% above the demand, varied a little per evaluator, as a secretariat would set it.
  const base = Math.ceil((chosen.length * k * 1.08) / plan.evaluators.length);
  const evaluatorList = plan.evaluators.map((e, i) => ({ id: e.email, maxProposals: base + ((i * 7) % 5) - 2, expertiseCategoryIds: e.expertise }));
  const conflicts: ConflictPair[] = [];
  const byRule = { affiliation: 0, province: 0, declared: 0 };
  for (const p of chosen) {
    for (const e of plan.evaluators) {
      const rule = e.agencyIndex === p.agency ? 'affiliation' : e.homeProvince === p.province ? 'province' : e.declaredConflictAgencyIndexes.includes(p.agency) ? 'declared' : null;
      if (!rule) continue;
      byRule[rule]++;
      conflicts.push({ evaluatorId: e.email, proposalId: p.id });
    }
  }
  return {
    problem: { proposals: chosen.map((p) => ({ id: p.id, categoryId: p.theme, reviewersRequired: k })), evaluators: evaluatorList, conflicts },
    conflictCount: conflicts.length,
    conflictsByRule: byRule,
  };
}
