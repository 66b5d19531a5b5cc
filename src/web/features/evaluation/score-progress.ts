/**
 * What an evaluator sees while filling a sheet: the points already earned on the criteria filled
 * so far (each counted criterion's share of the total is its weight over the weight of all
 * counted criteria), so the total grows as criteria are scored instead of showing "—" until the
 * last one. When the sheet is complete the page shows the exact stored total instead
 * (`computeWeightedTotal`), which rescales weights around abstentions.
 *
 * Self-contained (structural types only) so a unit test can import it without the web's imports.
 */
interface ScaleLike {
  kind: 'numeric' | 'levels';
  min?: number;
  max?: number;
  levels?: readonly string[];
}
interface CriterionLike {
  id: string;
  weight: number;
  required: boolean;
  includedInTotal: boolean;
  scale: ScaleLike;
}

export interface RunningTotal {
  /** Points earned so far, 0..100. */
  points: number;
  /** Criteria with a value or an abstention. */
  filled: number;
  total: number;
  /** Required criteria still without a value. */
  requiredMissing: number;
}

export function runningTotal(criteria: readonly CriterionLike[], values: Readonly<Record<string, number | 'abstain' | undefined>>): RunningTotal {
  const counted = criteria.filter((c) => c.includedInTotal);
  const weightSum = counted.reduce((sum, c) => sum + c.weight, 0);
  let points = 0;
  let filled = 0;
  let requiredMissing = 0;
  for (const c of criteria) {
    const value = values[c.id];
    if (value !== undefined) filled++;
    if (c.required && (value === undefined || value === 'abstain')) requiredMissing++;
    if (typeof value !== 'number' || !c.includedInTotal || weightSum <= 0) continue;
    const min = c.scale.kind === 'numeric' ? (c.scale.min ?? 0) : 0;
    const max = c.scale.kind === 'numeric' ? (c.scale.max ?? 1) : (c.scale.levels?.length ?? 1) - 1;
    if (!(max > min) || value < min || value > max) continue;
    points += (c.weight / weightSum) * ((value - min) / (max - min)) * 100;
  }
  return { points: Math.min(100, points), filled, total: criteria.length, requiredMissing };
}

/** Where a proposal stands among the evaluator's assignments of the round, and which one is next (the first not yet submitted after it, wrapping round). */
export function reviewPosition<T extends { roundId: string; proposalId: string; myStatus: string }>(
  items: readonly T[],
  roundId: string,
  proposalId: string,
): { done: number; total: number; next: T | null } {
  const round = items.filter((a) => a.roundId === roundId);
  const done = round.filter((a) => a.myStatus === 'submitted').length;
  const here = round.findIndex((a) => a.proposalId === proposalId);
  const ordered = [...round.slice(here + 1), ...round.slice(0, Math.max(0, here))];
  return { done, total: round.length, next: ordered.find((a) => a.myStatus !== 'submitted') ?? null };
}
