import { MinHeap } from './binary-heap.js';
import type { FlowNetwork } from './flow-network.js';

export interface MinCostFlowResult {
  /** Units sent; less than requested when the network cannot carry more. */
  readonly flow: number;
  /** Total cost of the flow sent (sum of flow x cost over edges). */
  readonly cost: number;
}

/**
 * Sends up to `wanted` units from `source` to `sink` at minimum total cost (the flow found is a
 * minimum-cost flow of its value, and of maximum value when less than `wanted`).
 *
 * Method: successive shortest paths with Johnson potentials (primal-dual).
 * - Dijkstra on reduced costs `cost + potential[u] - potential[v]` (never negative once the
 *   potentials are updated with the distances) finds the current shortest s-t distance.
 * - Instead of augmenting one path per Dijkstra, every s-t path made only of zero-reduced-cost
 *   arcs is a shortest path, so a Dinic blocking flow saturates all of them at once. With small
 *   integer costs the shortest distance can take only a few hundred values, so the number of
 *   Dijkstra runs is bounded by that range rather than by the number of flow units (10,500 in
 *   a national-scale KIPP assignment).
 * - Dijkstra stops as soon as the sink is settled; unsettled nodes take the sink's distance.
 *   Clamping keeps every residual reduced cost non-negative (see `updatePotentials`).
 *
 * Mutates the residual capacities of `network`; read the result with `network.flowOn(edge)`.
 */
export function solveMinCostFlow(network: FlowNetwork, source: number, sink: number, wanted: number): MinCostFlowResult {
  if (source === sink) throw new RangeError('source and sink must differ');
  const search = new ShortestPathSearch(network);
  let flow = 0;
  let cost = 0;
  while (flow < wanted) {
    const distanceToSink = search.run(source, sink);
    if (distanceToSink === Number.POSITIVE_INFINITY) break;
    search.updatePotentials(distanceToSink);
    // Along a zero-reduced-cost path the real cost telescopes to potential[sink] - potential[source].
    const unitCost = search.potential[sink]! - search.potential[source]!;
    const sent = search.saturateShortestPaths(source, sink, wanted - flow);
    flow += sent;
    cost += sent * unitCost;
  }
  return { flow, cost };
}

/** Working state of the primal-dual loop, allocated once per solve. */
class ShortestPathSearch {
  readonly potential: Float64Array;
  private readonly distance: Float64Array;
  private readonly settled: Uint8Array;
  private readonly level: Int32Array;
  private readonly nextArc: Int32Array;
  private readonly queue: Int32Array;
  private readonly heap: MinHeap;

  constructor(private readonly network: FlowNetwork) {
    const n = network.nodeCount;
    this.potential = new Float64Array(n);
    this.distance = new Float64Array(n);
    this.settled = new Uint8Array(n);
    this.level = new Int32Array(n);
    this.nextArc = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.heap = new MinHeap(Math.max(1024, n * 4));
  }

  /** Dijkstra on reduced costs; returns the reduced distance of the sink (or Infinity). */
  run(source: number, sink: number): number {
    const { arcStart, arcHead, arcResidual, arcCost } = this.network;
    const { potential, distance, settled, heap } = this;
    distance.fill(Number.POSITIVE_INFINITY);
    settled.fill(0);
    heap.clear();
    distance[source] = 0;
    heap.push(0, source);
    while (heap.size > 0) {
      const d = heap.peekKey();
      const u = heap.peekValue();
      heap.pop();
      if (settled[u] === 1) continue;
      settled[u] = 1;
      if (u === sink) return d;
      const pu = potential[u]!;
      for (let a = arcStart[u]!, end = arcStart[u + 1]!; a < end; a++) {
        if (arcResidual[a] === 0) continue;
        const v = arcHead[a]!;
        if (settled[v] === 1) continue;
        const candidate = d + arcCost[a]! + pu - potential[v]!;
        if (candidate < distance[v]!) {
          distance[v] = candidate;
          heap.push(candidate, v);
        }
      }
    }
    return Number.POSITIVE_INFINITY;
  }

  /**
   * potential[v] += min(distance[v], D) with D the sink's distance. For a residual arc (u, v)
   * with reduced cost c >= 0 the new reduced cost stays >= 0 in all cases: both distances below
   * D (triangle inequality), u clamped (c + D - min(d_v, D) >= 0), or v clamped
   * (D <= d_v <= d_u + c). Arcs on shortest s-t paths end with reduced cost exactly 0.
   */
  updatePotentials(distanceToSink: number): void {
    const { potential, distance } = this;
    for (let v = 0; v < potential.length; v++) {
      const d = distance[v]!;
      potential[v]! += Math.min(d, distanceToSink);
    }
  }

  /**
   * Dinic's blocking flows restricted to admissible arcs (residual > 0, reduced cost 0).
   * Reverse arcs created by pushing flow also have reduced cost 0, so they join the admissible
   * graph, and every s-t path found is still a shortest path.
   */
  saturateShortestPaths(source: number, sink: number, limit: number): number {
    let total = 0;
    while (total < limit && this.buildLevels(source, sink)) {
      this.nextArc.set(this.network.arcStart.subarray(0, this.nextArc.length));
      for (;;) {
        const sent = this.augment(source, sink, limit - total);
        if (sent === 0) break;
        total += sent;
        if (total === limit) break;
      }
    }
    return total;
  }

  /** Breadth-first levels over admissible arcs; true when the sink is reachable. */
  private buildLevels(source: number, sink: number): boolean {
    const { arcStart, arcHead, arcResidual, arcCost } = this.network;
    const { potential, level, queue } = this;
    level.fill(-1);
    level[source] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = source;
    while (head < tail) {
      const u = queue[head++]!;
      const nextLevel = level[u]! + 1;
      const pu = potential[u]!;
      for (let a = arcStart[u]!, end = arcStart[u + 1]!; a < end; a++) {
        if (arcResidual[a] === 0) continue;
        const v = arcHead[a]!;
        if (level[v] !== -1) continue;
        if (arcCost[a]! + pu - potential[v]! !== 0) continue;
        level[v] = nextLevel;
        if (v === sink) return true; // deeper levels cannot lie on a shortest level path
        queue[tail++] = v;
      }
    }
    return false;
  }

  /** One augmenting path along increasing levels (depth-first, with per-node arc cursors). */
  private augment(u: number, sink: number, limit: number): number {
    if (u === sink) return limit;
    const { arcStart, arcHead, arcResidual, arcCost, arcReverse } = this.network;
    const { potential, level, nextArc } = this;
    const wantedLevel = level[u]! + 1;
    const pu = potential[u]!;
    for (const end = arcStart[u + 1]!; nextArc[u]! < end; nextArc[u]!++) {
      const a = nextArc[u]!;
      const residual = arcResidual[a]!;
      if (residual === 0) continue;
      const v = arcHead[a]!;
      if (level[v] !== wantedLevel) continue;
      if (arcCost[a]! + pu - potential[v]! !== 0) continue;
      const sent = this.augment(v, sink, Math.min(limit, residual));
      if (sent > 0) {
        arcResidual[a] = residual - sent;
        arcResidual[arcReverse[a]!]! += sent;
        return sent;
      }
    }
    return 0;
  }
}
