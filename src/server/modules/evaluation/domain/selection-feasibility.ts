import { type BoundedEdge, hasFeasibleCirculation, minimumCirculationCost } from './feasible-circulation.js';

/**
 * Exact feasibility oracle for constrained selection: "from the candidates still undecided, can
 * exactly R more be chosen so that every remaining minimum is met and no province cap is broken?"
 *
 * Why not one flow: category minimums, group minimums and the 3T quota are three families of sets
 * that overlap freely; with three such families the question is NP-hard in general, so no single
 * network models it. It is answered exactly by a depth-first search with strong pruning:
 *
 * 1. Minimums are monotone (adding candidates never breaks them), so it suffices to find a
 *    *cover* of at most R candidates meeting the minimums, then pad with anyone a province cap
 *    still allows. Padding to exactly R is possible iff the sum over provinces of
 *    min(cap left, candidates left) >= R, whichever cover was chosen.
 * 2. The search counts candidates per *quota class* (category, group, 3T), never per candidate
 *    or per province: candidates of one class are interchangeable for the minimums, and where
 *    they come from is settled exactly by a flow (class -> province -> cap).
 * 3. A unit of every unmet minimum must come from a class in that set, so branching on "which
 *    class serves the tightest minimum next" is complete; failed class counts are memoised.
 * 4. At every node, three relaxations are solved exactly as min-cost circulations: categories
 *    with groups, categories with province caps, groups with province caps, each keeping the
 *    classes already chosen and each maximising the 3T count (a single extra set can be handled
 *    exactly as an objective). They cut almost every dead branch before it is explored.
 * A node budget turns a pathological instance into an explicit error, never an endless loop.
 */

export class SearchLimitExceeded extends Error {
  constructor(readonly nodes: number) {
    super(`selection feasibility search gave up after ${nodes} nodes`);
    this.name = 'SearchLimitExceeded';
  }
}

/** The attributes that carry a minimum; -1 (or false) when no minimum applies. */
export interface QuotaProfile {
  readonly category: number;
  readonly group: number;
  readonly remote: boolean;
}

export interface CandidateProfile extends QuotaProfile {
  readonly province: number;
}

export interface FeasibilityShape {
  readonly categoryCount: number;
  readonly groupCount: number;
  readonly provinceCount: number;
}

/** A quota family as a partition of the classes, with a minimum per part. */
interface Family {
  readonly parts: number;
  readonly partOf: (profile: QuotaProfile) => number;
  readonly need: (part: number) => number;
  readonly constraining: boolean;
}

/**
 * Tracks the undecided pool (a suffix of the ranked list, consumed one candidate at a time), the
 * unmet minimums and the caps left, and answers feasibility questions about them.
 */
export class SelectionFeasibility {
  readonly categoryNeed: Int32Array;
  readonly groupNeed: Int32Array;
  remoteNeed = 0;
  readonly capLeft: Int32Array;

  private readonly classes: QuotaProfile[] = [];
  private readonly classOf: Int32Array;
  private readonly provinces: number;
  /** pool[k * provinces + p]: undecided candidates of class k in province p. */
  private readonly pool: Int32Array;
  private readonly poolPerClass: Int32Array;
  private readonly poolPerProvince: Int32Array;
  /** Units of each class taken by the current search path. */
  private readonly chosen: Int32Array;
  private nodes = 0;
  private totalNodes = 0;

  /**
   * Budgets bound the worst case to a few seconds: `nodeBudget` per question and
   * `totalNodeBudget` over the whole walk down the ranked list.
   */
  constructor(
    private readonly candidates: readonly CandidateProfile[],
    shape: FeasibilityShape,
    provinceCap: number,
    private readonly nodeBudget = 25_000,
    private readonly totalNodeBudget = 400_000,
  ) {
    this.categoryNeed = new Int32Array(shape.categoryCount);
    this.groupNeed = new Int32Array(shape.groupCount);
    this.provinces = shape.provinceCount;
    this.capLeft = new Int32Array(shape.provinceCount).fill(provinceCap);
    this.classOf = new Int32Array(candidates.length);
    const index = new Map<string, number>();
    candidates.forEach((c, i) => {
      const key = `${c.category}|${c.group}|${c.remote ? 1 : 0}`;
      let k = index.get(key);
      if (k === undefined) {
        k = this.classes.length;
        index.set(key, k);
        this.classes.push({ category: c.category, group: c.group, remote: c.remote });
      }
      this.classOf[i] = k;
    });
    const K = this.classes.length;
    this.pool = new Int32Array(K * this.provinces);
    this.poolPerClass = new Int32Array(K);
    this.poolPerProvince = new Int32Array(this.provinces);
    this.chosen = new Int32Array(K);
    for (const [i, c] of candidates.entries()) this.adjustPool(i, c.province, 1);
  }

  /** Candidate `index` leaves the undecided pool (it is being decided now). */
  removeFromPool(index: number): void {
    this.adjustPool(index, this.candidates[index]!.province, -1);
  }

  /** Records a decided candidate as selected (or, with -1, undoes that). */
  select(profile: CandidateProfile, direction: 1 | -1 = 1): void {
    this.serve(profile, direction);
    this.capLeft[profile.province]! -= direction;
  }

  /** Largest number of pool candidates a set could contribute, province caps respected. */
  supply(serves: (profile: QuotaProfile) => boolean): number {
    let total = 0;
    for (let p = 0; p < this.provinces; p++) {
      let here = 0;
      for (let k = 0; k < this.classes.length; k++) {
        if (serves(this.classes[k]!)) here += this.pool[k * this.provinces + p]!;
      }
      total += Math.min(Math.max(this.capLeft[p]!, 0), here);
    }
    return total;
  }

  /** Can exactly `slots` more be chosen from the pool while meeting every minimum? */
  canComplete(slots: number): boolean {
    if (slots < 0) return false;
    let paddable = 0;
    for (let p = 0; p < this.provinces; p++) {
      paddable += Math.min(Math.max(this.capLeft[p]!, 0), this.poolPerProvince[p]!);
    }
    if (paddable < slots) return false;
    this.nodes = 0;
    const saved = [this.categoryNeed.slice(), this.groupNeed.slice(), this.remoteNeed] as const;
    try {
      return this.search(slots, new Set<string>());
    } finally {
      // The search undoes its own steps, except when the node budget aborts it midway.
      this.categoryNeed.set(saved[0]);
      this.groupNeed.set(saved[1]);
      this.remoteNeed = saved[2];
      this.chosen.fill(0);
    }
  }

  private adjustPool(index: number, province: number, delta: number): void {
    const k = this.classOf[index]!;
    this.pool[k * this.provinces + province]! += delta;
    this.poolPerClass[k]! += delta;
    this.poolPerProvince[province]! += delta;
  }

  private serve(profile: QuotaProfile, direction: number): void {
    if (profile.category >= 0) this.categoryNeed[profile.category]! -= direction;
    if (profile.group >= 0) this.groupNeed[profile.group]! -= direction;
    if (profile.remote) this.remoteNeed -= direction;
  }

  private search(slots: number, failed: Set<string>): boolean {
    this.totalNodes++;
    if (++this.nodes > this.nodeBudget || this.totalNodes > this.totalNodeBudget) {
      throw new SearchLimitExceeded(this.totalNodes);
    }
    let categoryTotal = 0;
    let groupTotal = 0;
    for (const need of this.categoryNeed) if (need > 0) categoryTotal += need;
    for (const need of this.groupNeed) if (need > 0) groupTotal += need;
    const remote = Math.max(this.remoteNeed, 0);
    if (categoryTotal === 0 && groupTotal === 0 && remote === 0) return this.chosenFitsProvinces();
    // One candidate serves at most one category, one group and the 3T quota once.
    if (categoryTotal > slots || groupTotal > slots || remote > slots) return false;

    const key = this.chosen.join(',');
    if (failed.has(key)) return false;
    const options = this.relaxationsHold(slots) ? this.branchOptions() : null;
    if (options !== null) {
      for (const k of options) {
        this.take(k, 1);
        const found = this.search(slots - 1, failed);
        this.take(k, -1);
        if (found) return true;
      }
    }
    failed.add(key);
    return false;
  }

  private take(k: number, direction: 1 | -1): void {
    this.chosen[k]! += direction;
    this.serve(this.classes[k]!, direction);
  }

  private remaining(k: number): number {
    return this.poolPerClass[k]! - this.chosen[k]!;
  }

  /**
   * Classes able to serve the unmet minimum with the least spare supply, those serving the most
   * unmet minimums first; null when some minimum can no longer be met at all.
   */
  private branchOptions(): number[] | null {
    let best: Family | null = null;
    let bestPart = -1;
    let bestSlack = Number.POSITIVE_INFINITY;
    for (const family of this.families()) {
      const supply = new Int32Array(family.parts);
      for (let k = 0; k < this.classes.length; k++) {
        supply[family.partOf(this.classes[k]!)]! += this.remaining(k);
      }
      for (let part = 0; part < family.parts; part++) {
        const need = family.need(part);
        if (need <= 0) continue;
        const slack = supply[part]! - need;
        if (slack < 0) return null;
        if (slack < bestSlack) {
          bestSlack = slack;
          best = family;
          bestPart = part;
        }
      }
    }
    if (best === null) return [];
    const family = best;
    const usefulness = (x: QuotaProfile) =>
      (x.category >= 0 && this.categoryNeed[x.category]! > 0 ? 1 : 0) + (x.group >= 0 && this.groupNeed[x.group]! > 0 ? 1 : 0) + (x.remote && this.remoteNeed > 0 ? 1 : 0);
    const options: number[] = [];
    for (let k = 0; k < this.classes.length; k++) {
      if (this.remaining(k) > 0 && family.partOf(this.classes[k]!) === bestPart) options.push(k);
    }
    return options.sort((a, b) => usefulness(this.classes[b]!) - usefulness(this.classes[a]!) || this.remaining(b) - this.remaining(a) || a - b);
  }

  /** Category, group and 3T as partitions of the classes ("no minimum" is a part of its own). */
  private families(): Family[] {
    const C = this.categoryNeed.length;
    const G = this.groupNeed.length;
    const needOf = (needs: Int32Array) => (part: number) => (part < needs.length ? Math.max(needs[part]!, 0) : 0);
    return [
      {
        parts: C + 1,
        partOf: (x) => (x.category >= 0 ? x.category : C),
        need: needOf(this.categoryNeed),
        constraining: this.categoryNeed.some((v) => v > 0),
      },
      {
        parts: G + 1,
        partOf: (x) => (x.group >= 0 ? x.group : G),
        need: needOf(this.groupNeed),
        constraining: this.groupNeed.some((v) => v > 0),
      },
      {
        parts: 2,
        partOf: (x) => (x.remote ? 0 : 1),
        need: (part) => (part === 0 ? Math.max(this.remoteNeed, 0) : 0),
        constraining: this.remoteNeed > 0,
      },
    ];
  }

  /**
   * Necessary conditions, each exact for the constraints it looks at. Each one asks for exactly
   * `slots` more units (padding never hurts a minimum, and the caller checked that padding is
   * possible) and minimises the units outside 3T regions, so the 3T quota is checked exactly
   * alongside the two families of the network.
   */
  private relaxationsHold(slots: number): boolean {
    const [category, group] = this.families() as [Family, Family, Family];
    const allowedOutside3T = slots - Math.max(this.remoteNeed, 0);
    const within = (cost: number | null) => cost !== null && cost <= allowedOutside3T;
    if (!within(this.quotasCost(category, group, slots))) return false;
    if (!within(this.withProvincesCost(category, slots))) return false;
    return !group.constraining || within(this.withProvincesCost(group, slots));
  }

  /** categories -> classes -> groups, provinces ignored: cheapest count of non-3T units. */
  private quotasCost(a: Family, b: Family, slots: number): number | null {
    // Nodes: 0 source, a's parts, b's parts, sink.
    const sink = 1 + a.parts + b.parts;
    const edges: BoundedEdge[] = [{ from: sink, to: 0, lower: slots, upper: slots }];
    for (let part = 0; part < a.parts; part++) {
      edges.push({ from: 0, to: 1 + part, lower: a.need(part), upper: slots });
    }
    for (let part = 0; part < b.parts; part++) {
      edges.push({ from: 1 + a.parts + part, to: sink, lower: b.need(part), upper: slots });
    }
    for (let k = 0; k < this.classes.length; k++) {
      const left = this.remaining(k);
      if (left === 0) continue;
      const x = this.classes[k]!;
      const to = 1 + a.parts + b.partOf(x);
      edges.push({ from: 1 + a.partOf(x), to, lower: 0, upper: left, cost: x.remote ? 0 : 1 });
    }
    return minimumCirculationCost(sink + 1, edges);
  }

  /**
   * One quota family with the province caps, keeping the classes already chosen on this path:
   * source -> part [need, slots] -> class [0, remaining] (cost 1 outside 3T);
   * source -> class [chosen, chosen]; class -> province [0, pool]; province -> sink [0, cap left];
   * sink -> source fixed at chosen + slots.
   */
  private withProvincesCost(family: Family, slots: number): number | null {
    const K = this.classes.length;
    const classNode = (k: number) => 1 + family.parts + k;
    const provinceNode = (p: number) => 1 + family.parts + K + p;
    const sink = 1 + family.parts + K + this.provinces;
    let alreadyChosen = 0;
    const edges: BoundedEdge[] = [];
    for (let part = 0; part < family.parts; part++) {
      edges.push({ from: 0, to: 1 + part, lower: family.need(part), upper: slots });
    }
    for (let k = 0; k < K; k++) {
      const x = this.classes[k]!;
      const chosen = this.chosen[k]!;
      alreadyChosen += chosen;
      edges.push({
        from: 1 + family.partOf(x),
        to: classNode(k),
        lower: 0,
        upper: this.remaining(k),
        cost: x.remote ? 0 : 1,
      });
      if (chosen > 0) edges.push({ from: 0, to: classNode(k), lower: chosen, upper: chosen });
      for (let p = 0; p < this.provinces; p++) {
        const units = this.pool[k * this.provinces + p]!;
        if (units > 0) {
          edges.push({ from: classNode(k), to: provinceNode(p), lower: 0, upper: units });
        }
      }
    }
    for (let p = 0; p < this.provinces; p++) {
      const cap = Math.max(this.capLeft[p]!, 0);
      edges.push({ from: provinceNode(p), to: sink, lower: 0, upper: cap });
    }
    const total = alreadyChosen + slots;
    edges.push({ from: sink, to: 0, lower: total, upper: total });
    return minimumCirculationCost(sink + 1, edges);
  }

  /** The classes chosen on this path can be drawn from provinces that still have room. */
  private chosenFitsProvinces(): boolean {
    const K = this.classes.length;
    const sink = 1 + K + this.provinces;
    const edges: BoundedEdge[] = [];
    let total = 0;
    for (let k = 0; k < K; k++) {
      const count = this.chosen[k]!;
      if (count === 0) continue;
      total += count;
      edges.push({ from: 0, to: 1 + k, lower: count, upper: count });
      for (let p = 0; p < this.provinces; p++) {
        const units = this.pool[k * this.provinces + p]!;
        if (units > 0) edges.push({ from: 1 + k, to: 1 + K + p, lower: 0, upper: units });
      }
    }
    if (total === 0) return true;
    for (let p = 0; p < this.provinces; p++) {
      edges.push({ from: 1 + K + p, to: sink, lower: 0, upper: Math.max(this.capLeft[p]!, 0) });
    }
    edges.push({ from: sink, to: 0, lower: 0, upper: total });
    return hasFeasibleCirculation(sink + 1, edges);
  }
}
