import type { EvaluationCriterionRow } from '../../db/schema/evaluation.js';
import type { Criterion } from './domain/index.js';

/** A criterion as evaluators and the admin see it. */
export interface CriterionView {
  id: string;
  position: number;
  name: string;
  nameEn: string | null;
  description: string;
  weight: number;
  scale: { kind: 'numeric'; min: number; max: number } | { kind: 'levels'; levels: string[] };
  required: boolean;
  includedInTotal: boolean;
}

export function criterionView(row: EvaluationCriterionRow): CriterionView {
  return {
    id: row.id,
    position: row.position,
    name: row.name,
    nameEn: row.name_en,
    description: row.description,
    weight: Number(row.weight),
    scale: row.scale_kind === 'numeric' ? { kind: 'numeric', min: Number(row.scale_min), max: Number(row.scale_max) } : { kind: 'levels', levels: row.levels },
    required: row.required,
    includedInTotal: row.included_in_total,
  };
}

/** The domain's view of the same criterion (for weighted totals). */
export function toDomainCriterion(view: CriterionView): Criterion {
  return { id: view.id, weight: view.weight, scale: view.scale, required: view.required, includedInTotal: view.includedInTotal };
}
