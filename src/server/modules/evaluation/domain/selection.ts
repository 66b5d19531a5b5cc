import { type CandidateProfile, type QuotaProfile, SearchLimitExceeded, SelectionFeasibility } from './selection-feasibility.js';

/**
 * Choosing the Top N (e.g. KIPP's Top 99) from a ranked list while honouring the panel's
 * balance rules: a minimum per category, a minimum per group (umum / replikasi / khusus), at most
 * M per province (regional spread) and a minimum from remote "3T" regions.
 *
 * Rule: among all sets of the target size that satisfy every constraint, choose the one that is
 * best *lexicographically by rank*: it contains the best-ranked candidate possible, then the
 * second best possible, and so on. Implemented as a walk down the ranked list that takes each
 * candidate unless taking it would make the constraints impossible to complete (an exact
 * feasibility check, see selection-feasibility.ts). Consequences, all tested:
 * - never more than N are selected; fewer only when the pool (after province caps) is smaller;
 * - the minimums are met whenever any valid selection exists, otherwise nothing is selected and
 *   the unsatisfiable constraints are named;
 * - no swap of a selected candidate for a better-ranked unselected one keeps the rules.
 */

export interface SelectionCandidate {
  readonly proposalId: string;
  readonly categoryId: string;
  readonly groupId: string;
  /** Kemendagri province code, e.g. "35". */
  readonly provinceCode: string;
  /** From a 3T region (daerah tertinggal, terdepan, terluar). */
  readonly remote3T: boolean;
}

export interface SelectionRules {
  /** N: how many to select at most. */
  readonly size: number;
  readonly minPerCategory?: Readonly<Record<string, number>>;
  readonly minPerGroup?: Readonly<Record<string, number>>;
  readonly maxPerProvince?: number;
  readonly minRemote3T?: number;
}

export type ConstraintRef = { readonly type: 'category'; readonly id: string } | { readonly type: 'group'; readonly id: string } | { readonly type: 'remote3T' };

export type SelectionProblem =
  | {
      /** This minimum alone asks for more than can be selected (`size`: N, or the pool if smaller). */
      readonly kind: 'minimum-exceeds-size';
      readonly constraint: ConstraintRef;
      readonly minimum: number;
      readonly size: number;
    }
  | {
      /** The minimums of one family (all categories, or all groups) add up to more than N. */
      readonly kind: 'minimums-exceed-size';
      readonly family: 'category' | 'group';
      readonly totalMinimum: number;
      readonly size: number;
    }
  | {
      /** Too few candidates in the set, counting at most M per province. */
      readonly kind: 'not-enough-candidates';
      readonly constraint: ConstraintRef;
      readonly minimum: number;
      readonly available: number;
    }
  | {
      /** Each rule can be met on its own, but not all of them together. */
      readonly kind: 'minimums-jointly-infeasible';
      readonly constraints: readonly ConstraintRef[];
    }
  | {
      /** The exact check exceeded its budget; loosen or simplify the rules. */
      readonly kind: 'search-limit';
      readonly nodes: number;
    };

export interface SelectedCandidate<T> {
  readonly candidate: T;
  /** 1-based position in the ranked input. */
  readonly rank: number;
  /** True when a plain cut at N would not have included it: a rule brought it in. */
  readonly beyondPlainCut: boolean;
  /** The minimum rules this candidate counts toward. */
  readonly countsToward: readonly ConstraintRef[];
}

export interface PassedOverCandidate<T> {
  readonly candidate: T;
  readonly rank: number;
  /** `province-cap`: its province was full. `displaced-by-quota`: its place was needed for a minimum. */
  readonly reason: 'province-cap' | 'displaced-by-quota';
}

export type SelectionResult<T> =
  | {
      readonly ok: true;
      /** In rank order. */
      readonly selected: readonly SelectedCandidate<T>[];
      /** Candidates ranked above the last selected one that were not selected, and why. */
      readonly passedOver: readonly PassedOverCandidate<T>[];
      /** N minus the number selected: non-zero only when the pool cannot fill N. */
      readonly shortBy: number;
    }
  | { readonly ok: false; readonly problems: readonly SelectionProblem[] };

/** `ranked` must be best first (e.g. the output order of `rankProposals`). */
export function selectTop<T extends SelectionCandidate>(ranked: readonly T[], rules: SelectionRules): SelectionResult<T> {
  validateRules(ranked, rules);
  const index = indexAttributes(ranked, rules);
  const profiles = ranked.map((c) => index.profile(c));
  const cap = rules.maxPerProvince ?? ranked.length;
  const state = new SelectionFeasibility(profiles, index.shape, cap);
  index.minimums.forEach(({ ref, minimum }) => {
    if (ref.type === 'category') state.categoryNeed[index.categoryOf(ref.id)] = minimum;
    else if (ref.type === 'group') state.groupNeed[index.groupOf(ref.id)] = minimum;
    else state.remoteNeed = minimum;
  });

  const fillable = state.supply(() => true);
  const target = Math.min(rules.size, fillable);
  const problems = diagnose(index.minimums, target, state);
  if (problems.length > 0) return { ok: false, problems };

  try {
    if (!state.canComplete(target)) {
      return {
        ok: false,
        problems: [{ kind: 'minimums-jointly-infeasible', constraints: index.minimums.map((m) => m.ref) }],
      };
    }
    const selected: SelectedCandidate<T>[] = [];
    const passedOver: PassedOverCandidate<T>[] = [];
    for (let i = 0; i < ranked.length && selected.length < target; i++) {
      const candidate = ranked[i]!;
      const profile = profiles[i]!;
      state.removeFromPool(i);
      if (state.capLeft[profile.province]! <= 0) {
        passedOver.push({ candidate, rank: i + 1, reason: 'province-cap' });
        continue;
      }
      state.select(profile);
      if (state.canComplete(target - selected.length - 1)) {
        selected.push({
          candidate,
          rank: i + 1,
          beyondPlainCut: i >= rules.size,
          countsToward: index.minimums.map((m) => m.ref).filter((ref) => serves(candidate, ref)),
        });
      } else {
        state.select(profile, -1);
        passedOver.push({ candidate, rank: i + 1, reason: 'displaced-by-quota' });
      }
    }
    return { ok: true, selected, passedOver, shortBy: rules.size - selected.length };
  } catch (error) {
    if (error instanceof SearchLimitExceeded) {
      return { ok: false, problems: [{ kind: 'search-limit', nodes: error.nodes }] };
    }
    throw error;
  }
}

function serves(candidate: SelectionCandidate, ref: ConstraintRef): boolean {
  if (ref.type === 'category') return candidate.categoryId === ref.id;
  if (ref.type === 'group') return candidate.groupId === ref.id;
  return candidate.remote3T;
}

function validateRules(ranked: readonly SelectionCandidate[], rules: SelectionRules): void {
  const count = (name: string, value: number | undefined) => {
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
      throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
    }
  };
  count('size', rules.size);
  count('maxPerProvince', rules.maxPerProvince);
  count('minRemote3T', rules.minRemote3T);
  for (const [id, v] of Object.entries(rules.minPerCategory ?? {})) count(`minPerCategory.${id}`, v);
  for (const [id, v] of Object.entries(rules.minPerGroup ?? {})) count(`minPerGroup.${id}`, v);
  const ids = new Set<string>();
  for (const c of ranked) {
    if (ids.has(c.proposalId)) throw new RangeError(`proposal ${c.proposalId} is listed twice`);
    ids.add(c.proposalId);
  }
}

interface Minimum {
  readonly ref: ConstraintRef;
  readonly minimum: number;
  /** Whether a candidate profile counts toward this minimum. */
  readonly servedBy: (profile: QuotaProfile) => boolean;
}

/** Maps the attributes that carry a rule to small integers for the feasibility search. */
function indexAttributes(ranked: readonly SelectionCandidate[], rules: SelectionRules) {
  const positive = (record: Readonly<Record<string, number>> | undefined) => Object.entries(record ?? {}).filter(([, v]) => v > 0);
  const categories = new Map(positive(rules.minPerCategory).map(([id], i) => [id, i]));
  const groups = new Map(positive(rules.minPerGroup).map(([id], i) => [id, i]));
  const provinces = new Map<string, number>();
  for (const c of ranked) {
    if (!provinces.has(c.provinceCode)) provinces.set(c.provinceCode, provinces.size);
  }
  const remoteMatters = (rules.minRemote3T ?? 0) > 0;
  const minimums: Minimum[] = [
    ...positive(rules.minPerCategory).map(([id, minimum]) => ({
      ref: { type: 'category', id } as const,
      minimum,
      servedBy: (p: QuotaProfile) => p.category === categories.get(id),
    })),
    ...positive(rules.minPerGroup).map(([id, minimum]) => ({
      ref: { type: 'group', id } as const,
      minimum,
      servedBy: (p: QuotaProfile) => p.group === groups.get(id),
    })),
    ...(remoteMatters
      ? [
          {
            ref: { type: 'remote3T' } as const,
            minimum: rules.minRemote3T ?? 0,
            servedBy: (p: QuotaProfile) => p.remote,
          },
        ]
      : []),
  ];
  return {
    minimums,
    shape: {
      categoryCount: categories.size,
      groupCount: groups.size,
      provinceCount: provinces.size,
    },
    categoryOf: (id: string) => categories.get(id)!,
    groupOf: (id: string) => groups.get(id)!,
    profile: (c: SelectionCandidate): CandidateProfile => ({
      category: categories.get(c.categoryId) ?? -1,
      group: groups.get(c.groupId) ?? -1,
      remote: remoteMatters && c.remote3T,
      province: provinces.get(c.provinceCode)!,
    }),
  };
}

/** Rule-by-rule reasons, so a panel sees which rule to relax, not just "impossible". */
function diagnose(minimums: readonly Minimum[], target: number, state: SelectionFeasibility): SelectionProblem[] {
  const problems: SelectionProblem[] = [];
  for (const { ref, minimum, servedBy } of minimums) {
    if (minimum > target) {
      problems.push({ kind: 'minimum-exceeds-size', constraint: ref, minimum, size: target });
      continue;
    }
    const available = state.supply(servedBy);
    if (available < minimum) problems.push({ kind: 'not-enough-candidates', constraint: ref, minimum, available });
  }
  for (const family of ['category', 'group'] as const) {
    const totalMinimum = minimums.filter((m) => m.ref.type === family).reduce((sum, m) => sum + m.minimum, 0);
    if (totalMinimum > target) problems.push({ kind: 'minimums-exceed-size', family, totalMinimum, size: target });
  }
  return problems;
}
