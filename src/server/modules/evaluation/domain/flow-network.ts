/**
 * A directed flow network with integer capacities and integer costs, frozen into
 * compressed-sparse-row (CSR) arrays once all edges are known.
 *
 * Why CSR: the assignment solver's network has ~400k edges; scanning a node's arcs as one
 * contiguous slice of typed arrays is several times faster than chasing linked lists or
 * arrays of objects, and it keeps memory at a few bytes per arc.
 *
 * Every edge becomes two arcs: the forward arc (residual = remaining capacity) and its reverse
 * arc (residual = flow already sent, cost negated), as in any residual-graph algorithm.
 */

/** Collects edges; call `build()` once to obtain the searchable network. */
export class FlowNetworkBuilder {
  private from: Int32Array;
  private to: Int32Array;
  private capacity: Int32Array;
  private cost: Float64Array;
  private edgeCount = 0;

  constructor(
    readonly nodeCount: number,
    expectedEdges = 16,
  ) {
    if (!Number.isInteger(nodeCount) || nodeCount < 2) {
      throw new RangeError(`a flow network needs at least 2 nodes, got ${nodeCount}`);
    }
    const size = Math.max(1, expectedEdges);
    this.from = new Int32Array(size);
    this.to = new Int32Array(size);
    this.capacity = new Int32Array(size);
    this.cost = new Float64Array(size);
  }

  /**
   * Adds an edge and returns its id (0, 1, 2, ... in insertion order).
   * Costs must be non-negative safe integers: non-negative so that the first Dijkstra needs no
   * Bellman-Ford pass, integers so that "reduced cost is exactly zero" is an exact test.
   */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    this.checkNode(from);
    this.checkNode(to);
    if (!Number.isInteger(capacity) || capacity < 0 || capacity > 0x3fffffff) {
      throw new RangeError(`edge capacity must be a non-negative integer, got ${capacity}`);
    }
    if (!Number.isSafeInteger(cost) || cost < 0) {
      throw new RangeError(`edge cost must be a non-negative safe integer, got ${cost}`);
    }
    if (this.edgeCount === this.from.length) this.grow();
    const id = this.edgeCount++;
    this.from[id] = from;
    this.to[id] = to;
    this.capacity[id] = capacity;
    this.cost[id] = cost;
    return id;
  }

  build(): FlowNetwork {
    const nodes = this.nodeCount;
    const edges = this.edgeCount;
    const arcStart = new Int32Array(nodes + 1);
    for (let e = 0; e < edges; e++) {
      arcStart[this.from[e]! + 1]!++;
      arcStart[this.to[e]! + 1]!++;
    }
    for (let v = 0; v < nodes; v++) arcStart[v + 1]! += arcStart[v]!;

    const arcCount = 2 * edges;
    const arcHead = new Int32Array(arcCount);
    const arcResidual = new Int32Array(arcCount);
    const arcCost = new Float64Array(arcCount);
    const arcReverse = new Int32Array(arcCount);
    const edgeArc = new Int32Array(edges);
    const fill = arcStart.slice(0, nodes);
    for (let e = 0; e < edges; e++) {
      const u = this.from[e]!;
      const v = this.to[e]!;
      const forward = fill[u]!++;
      const backward = fill[v]!++;
      arcHead[forward] = v;
      arcResidual[forward] = this.capacity[e]!;
      arcCost[forward] = this.cost[e]!;
      arcReverse[forward] = backward;
      arcHead[backward] = u;
      arcResidual[backward] = 0;
      arcCost[backward] = -this.cost[e]!;
      arcReverse[backward] = forward;
      edgeArc[e] = forward;
    }
    return new FlowNetwork(nodes, arcStart, arcHead, arcResidual, arcCost, arcReverse, edgeArc, this.capacity.slice(0, edges));
  }

  private checkNode(node: number): void {
    if (!Number.isInteger(node) || node < 0 || node >= this.nodeCount) {
      throw new RangeError(`node ${node} is outside 0..${this.nodeCount - 1}`);
    }
  }

  private grow(): void {
    const size = this.from.length * 2;
    const from = new Int32Array(size);
    from.set(this.from);
    const to = new Int32Array(size);
    to.set(this.to);
    const capacity = new Int32Array(size);
    capacity.set(this.capacity);
    const cost = new Float64Array(size);
    cost.set(this.cost);
    this.from = from;
    this.to = to;
    this.capacity = capacity;
    this.cost = cost;
  }
}

/**
 * The residual network. Arcs of node `v` are `arcStart[v] .. arcStart[v + 1] - 1`.
 * The arrays are public so the flow algorithm can read them without accessor overhead;
 * only flow algorithms should write `arcResidual`.
 */
export class FlowNetwork {
  constructor(
    readonly nodeCount: number,
    readonly arcStart: Int32Array,
    readonly arcHead: Int32Array,
    readonly arcResidual: Int32Array,
    readonly arcCost: Float64Array,
    readonly arcReverse: Int32Array,
    private readonly edgeArc: Int32Array,
    private readonly edgeCapacity: Int32Array,
  ) {}

  get edgeCount(): number {
    return this.edgeArc.length;
  }

  /** Units of flow currently sent along edge `edge` (an id returned by `addEdge`). */
  flowOn(edge: number): number {
    return this.edgeCapacity[edge]! - this.arcResidual[this.edgeArc[edge]!]!;
  }

  /**
   * Nodes reachable from `source` through arcs with residual capacity. After a maximum flow this
   * is the source side of a minimum cut, which is how infeasibility gets explained.
   */
  reachableFrom(source: number): Uint8Array {
    const seen = new Uint8Array(this.nodeCount);
    const stack = new Int32Array(this.nodeCount);
    let top = 0;
    seen[source] = 1;
    stack[top++] = source;
    while (top > 0) {
      const u = stack[--top]!;
      for (let a = this.arcStart[u]!, end = this.arcStart[u + 1]!; a < end; a++) {
        const v = this.arcHead[a]!;
        if (this.arcResidual[a]! > 0 && seen[v] === 0) {
          seen[v] = 1;
          stack[top++] = v;
        }
      }
    }
    return seen;
  }
}
