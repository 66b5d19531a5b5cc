/**
 * One evaluator's score sheet for one proposal -> a weighted total on 0..100. Shared by the
 * server (stored totals) and the web score form (the live total): one code, one number.
 *
 * KIPP sets criteria (novelty, effectiveness, benefit, replicability, sustainability), their
 * weights and scales per competition, so nothing here is a constant. A criterion may be scored
 * on a numeric range or on labelled levels ("kurang", "cukup", "baik", "sangat baik") stored as
 * the level's index; both are mapped linearly onto 0..1 before weighting, which makes criteria
 * with different scales comparable.
 */

export type CriterionScale =
  | { readonly kind: 'numeric'; readonly min: number; readonly max: number }
  /** Levels from worst to best; a score is the index of the chosen level. */
  | { readonly kind: 'levels'; readonly levels: readonly string[] };

export interface Criterion {
  readonly id: string;
  /** Relative weight (> 0); weights need not sum to anything in particular. */
  readonly weight: number;
  readonly scale: CriterionScale;
  /** A required criterion must be scored: neither missing nor an abstention. */
  readonly required: boolean;
  /** False for criteria recorded for the record but not counted (e.g. a screening question). */
  readonly includedInTotal: boolean;
}

/** A value on the criterion's scale, or an explicit abstention ("cannot judge"). */
export type CriterionScore = number | 'abstain';

export type ScoreSheet = Readonly<Record<string, CriterionScore | undefined>>;

export type ScoreSheetError =
  | { readonly code: 'missing-required'; readonly criterionId: string }
  | {
      readonly code: 'out-of-scale';
      readonly criterionId: string;
      readonly value: number;
      readonly min: number;
      readonly max: number;
      /** Level scales accept only whole level indexes. */
      readonly integerOnly: boolean;
    }
  | { readonly code: 'unknown-criterion'; readonly criterionId: string }
  /** Every counted criterion was left out or abstained, so there is nothing to total. */
  | { readonly code: 'nothing-to-total' };

export interface CriterionContribution {
  readonly criterionId: string;
  /** Position on the criterion's scale, 0 (worst) .. 1 (best). */
  readonly normalised: number;
  /** Share of the total this criterion carried after abstentions were removed (sums to 1). */
  readonly effectiveWeight: number;
}

export type WeightedTotalResult =
  | {
      readonly ok: true;
      /** 0..100. */
      readonly total: number;
      readonly contributions: readonly CriterionContribution[];
      /** Counted criteria left out of the total because they were abstained or not scored. */
      readonly skippedCriterionIds: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly ScoreSheetError[] };

/** Throws on a criteria set that cannot be scored at all (a configuration error, not user input). */
export function validateCriteria(criteria: readonly Criterion[]): void {
  const ids = new Set<string>();
  for (const c of criteria) {
    if (ids.has(c.id)) throw new RangeError(`duplicate criterion id ${c.id}`);
    ids.add(c.id);
    if (!(Number.isFinite(c.weight) && c.weight > 0)) {
      throw new RangeError(`criterion ${c.id}: weight must be a positive number`);
    }
    const { min, max } = scaleBounds(c.scale);
    if (!(Number.isFinite(min) && Number.isFinite(max) && min < max)) {
      throw new RangeError(`criterion ${c.id}: scale needs min < max (or at least two levels)`);
    }
  }
}

/**
 * Weighted mean of the normalised scores of counted, scored criteria, times 100.
 * Abstentions and missing optional scores drop out and the remaining weights are rescaled, so an
 * evaluator who cannot judge one criterion neither rewards nor penalises the proposal.
 */
export function computeWeightedTotal(criteria: readonly Criterion[], sheet: ScoreSheet): WeightedTotalResult {
  validateCriteria(criteria);
  const errors: ScoreSheetError[] = [];
  const known = new Set(criteria.map((c) => c.id));
  for (const id of Object.keys(sheet)) {
    if (!known.has(id)) errors.push({ code: 'unknown-criterion', criterionId: id });
  }

  const scored: { criterion: Criterion; normalised: number }[] = [];
  const skipped: string[] = [];
  for (const criterion of criteria) {
    const value = sheet[criterion.id];
    if (value === undefined || value === 'abstain') {
      if (criterion.required) errors.push({ code: 'missing-required', criterionId: criterion.id });
      else if (criterion.includedInTotal) skipped.push(criterion.id);
      continue;
    }
    const { min, max } = scaleBounds(criterion.scale);
    const integerOnly = criterion.scale.kind === 'levels';
    const inScale = Number.isFinite(value) && value >= min && value <= max && (!integerOnly || Number.isInteger(value));
    if (!inScale) {
      errors.push({
        code: 'out-of-scale',
        criterionId: criterion.id,
        value,
        min,
        max,
        integerOnly,
      });
      continue;
    }
    if (criterion.includedInTotal) scored.push({ criterion, normalised: (value - min) / (max - min) });
  }
  if (errors.length === 0 && scored.length === 0) errors.push({ code: 'nothing-to-total' });
  if (errors.length > 0) return { ok: false, errors };

  let weightSum = 0;
  for (const s of scored) weightSum += s.criterion.weight;
  let weighted = 0;
  const contributions = scored.map(({ criterion, normalised }) => {
    const effectiveWeight = criterion.weight / weightSum;
    weighted += effectiveWeight * normalised;
    return { criterionId: criterion.id, normalised, effectiveWeight };
  });
  // Rounding error could push a perfect sheet to 100.00000000000001; keep the promise of 0..100.
  return {
    ok: true,
    total: Math.min(100, Math.max(0, weighted * 100)),
    contributions,
    skippedCriterionIds: skipped,
  };
}

function scaleBounds(scale: CriterionScale): { min: number; max: number } {
  return scale.kind === 'numeric' ? { min: scale.min, max: scale.max } : { min: 0, max: scale.levels.length - 1 };
}
