/**
 * Exact rupiah allocation (pure; BigInt throughout).
 *
 * The rule, as published with every recommendation:
 * 1. The pool is split between clusters by their shares. Clusters with no eligible region take no
 *    share: their share is spread over the others in proportion to theirs.
 * 2. Within a cluster each eligible region gets an amount proportional to its category index,
 *    kept between the minimum and the maximum per region: amount = clamp(λ × index, min, max),
 *    with the one λ that spends the cluster's pool. If the pool cannot give every region the
 *    minimum, the regions with the lowest index get nothing (each is told why) until it can. If
 *    every region reaches the maximum, what is left stays unallocated and is reported.
 * 3. Rupiah are whole: every share is rounded down, and the rupiah left by rounding go one each
 *    to the largest remainders (ties: the larger index, then the region code) — the largest
 *    remainder method — so the amounts add up to the pool exactly.
 */

export interface Claimant {
  key: string;
  /** A positive integer weight (the category index in millionths, or a share in basis points). */
  weight: bigint;
}

/** Splits `total` in proportion to the weights, exactly, by the largest remainder method. */
export function largestRemainder(total: bigint, claimants: readonly Claimant[]): Map<string, bigint> {
  const out = new Map<string, bigint>();
  const sum = claimants.reduce((s, c) => s + c.weight, 0n);
  if (claimants.length === 0) return out;
  if (sum <= 0n) throw new Error('largestRemainder needs a positive total weight');
  let given = 0n;
  const rest: { key: string; weight: bigint; remainder: bigint }[] = [];
  for (const c of claimants) {
    const product = total * c.weight;
    const share = product / sum;
    out.set(c.key, share);
    given += share;
    rest.push({ key: c.key, weight: c.weight, remainder: product % sum });
  }
  rest.sort((a, b) => (a.remainder !== b.remainder ? (b.remainder > a.remainder ? 1 : -1) : a.weight !== b.weight ? (b.weight > a.weight ? 1 : -1) : a.key < b.key ? -1 : 1));
  let left = total - given;
  for (const r of rest) {
    if (left <= 0n) break;
    out.set(r.key, (out.get(r.key) ?? 0n) + 1n);
    left -= 1n;
  }
  return out;
}

export interface ClusterAllocation {
  amounts: Map<string, bigint>;
  /** Regions left out because the pool could not pay everyone the minimum. */
  droppedForMinimum: string[];
  unallocated: bigint;
}

/** Ascending by weight, then by key descending, so "the lowest" is always the first one. */
function ascending(a: Claimant, b: Claimant): number {
  if (a.weight !== b.weight) return a.weight < b.weight ? -1 : 1;
  return a.key < b.key ? 1 : a.key > b.key ? -1 : 0;
}

/** One cluster: clamp(λ × weight, min, max) spending `pool`, in whole rupiah (rule 2 and 3 above). */
export function allocateCluster(pool: bigint, claimants: readonly Claimant[], min: bigint, max: bigint | null): ClusterAllocation {
  const sorted = [...claimants].filter((c) => c.weight > 0n).sort(ascending);
  const dropped: string[] = [];
  while (sorted.length > 0 && BigInt(sorted.length) * min > pool) dropped.push(sorted.shift()!.key);
  const amounts = new Map<string, bigint>();
  const n = sorted.length;
  if (n === 0) return { amounts, droppedForMinimum: dropped, unallocated: pool };
  if (max !== null && BigInt(n) * max <= pool) {
    for (const c of sorted) amounts.set(c.key, max);
    return { amounts, droppedForMinimum: dropped, unallocated: pool - BigInt(n) * max };
  }
  // Prefix sums of weights: the regions held at the minimum are a prefix of `sorted`, those held
  // at the maximum a suffix, the rest in between get λ × weight.
  const prefix: bigint[] = [0n];
  for (const c of sorted) prefix.push(prefix[prefix.length - 1]! + c.weight);
  for (let s = 0; s < n; s++) {
    if (max === null && s > 0) break;
    for (let p = 0; p + s < n; p++) {
      const budget = pool - BigInt(p) * min - BigInt(s) * (max ?? 0n);
      if (budget < 0n) break;
      const first = sorted[p]!.weight;
      const last = sorted[n - s - 1]!.weight;
      const weight = prefix[n - s]! - prefix[p]!;
      // λ = budget / weight; each comparison λ·w ⋚ bound is budget·w ⋚ bound·weight.
      const freeAboveMin = budget * first >= min * weight;
      const prefixAtMin = p === 0 || budget * sorted[p - 1]!.weight <= min * weight;
      const freeBelowMax = max === null || budget * last <= max * weight;
      const suffixAtMax = s === 0 || max === null || budget * sorted[n - s]!.weight >= max * weight;
      if (!(freeAboveMin && prefixAtMin && freeBelowMax && suffixAtMax)) continue;
      for (let i = 0; i < p; i++) amounts.set(sorted[i]!.key, min);
      for (let i = n - s; i < n; i++) amounts.set(sorted[i]!.key, max!);
      for (const [key, amount] of largestRemainder(budget, sorted.slice(p, n - s))) amounts.set(key, amount);
      return { amounts, droppedForMinimum: dropped, unallocated: 0n };
    }
  }
  // Unreachable for n·min ≤ pool < n·max (a consistent split always exists); kept as a guard.
  throw new Error('allocateCluster: no consistent split found');
}
