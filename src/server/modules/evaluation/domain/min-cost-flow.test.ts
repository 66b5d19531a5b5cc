import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlowNetworkBuilder } from './flow-network.js';
import { solveMinCostFlow } from './min-cost-flow.js';

interface Edge {
  readonly from: number;
  readonly to: number;
  readonly capacity: number;
  readonly cost: number;
}

/**
 * Textbook reference: one augmenting path per Bellman-Ford run (no potentials, no blocking
 * flows). Slow but obviously correct, and sharing no code with the solver under test.
 */
function referenceMinCostFlow(nodes: number, edges: readonly Edge[], source: number, sink: number, wanted: number) {
  const to: number[] = [];
  const residual: number[] = [];
  const cost: number[] = [];
  const from: number[] = [];
  for (const e of edges) {
    from.push(e.from, e.to);
    to.push(e.to, e.from);
    residual.push(e.capacity, 0);
    cost.push(e.cost, -e.cost);
  }
  let flow = 0;
  let total = 0;
  while (flow < wanted) {
    const dist = new Array<number>(nodes).fill(Number.POSITIVE_INFINITY);
    const via = new Array<number>(nodes).fill(-1);
    dist[source] = 0;
    for (let round = 0; round < nodes; round++) {
      let changed = false;
      for (let a = 0; a < to.length; a++) {
        if (residual[a]! > 0 && dist[from[a]!]! + cost[a]! < dist[to[a]!]!) {
          dist[to[a]!] = dist[from[a]!]! + cost[a]!;
          via[to[a]!] = a;
          changed = true;
        }
      }
      if (!changed) break;
    }
    if (dist[sink] === Number.POSITIVE_INFINITY) break;
    let push = wanted - flow;
    for (let v = sink; v !== source; v = from[via[v]!]!) push = Math.min(push, residual[via[v]!]!);
    for (let v = sink; v !== source; v = from[via[v]!]!) {
      residual[via[v]!]! -= push;
      residual[via[v]! ^ 1]! += push;
    }
    flow += push;
    total += push * dist[sink]!;
  }
  return { flow, cost: total };
}

const randomNetwork = fc.integer({ min: 2, max: 9 }).chain((nodes) =>
  fc.record({
    nodes: fc.constant(nodes),
    edges: fc.array(
      fc.record({
        from: fc.integer({ min: 0, max: nodes - 1 }),
        to: fc.integer({ min: 0, max: nodes - 1 }),
        capacity: fc.integer({ min: 0, max: 5 }),
        cost: fc.integer({ min: 0, max: 9 }),
      }),
      { maxLength: 30 },
    ),
    wanted: fc.integer({ min: 0, max: 20 }),
  }),
);

describe('solveMinCostFlow', () => {
  it('matches a Bellman-Ford reference on random networks (value and cost)', () => {
    fc.assert(
      fc.property(randomNetwork, ({ nodes, edges, wanted }) => {
        const builder = new FlowNetworkBuilder(nodes, 1);
        for (const e of edges) builder.addEdge(e.from, e.to, e.capacity, e.cost);
        const network = builder.build();
        const result = solveMinCostFlow(network, 0, nodes - 1, wanted);
        expect(result).toEqual(referenceMinCostFlow(nodes, edges, 0, nodes - 1, wanted));

        // The flow read back from the edges is conserved and priced as reported.
        const balance = new Array<number>(nodes).fill(0);
        let cost = 0;
        edges.forEach((e, id) => {
          const f = network.flowOn(id);
          expect(f).toBeGreaterThanOrEqual(0);
          expect(f).toBeLessThanOrEqual(e.capacity);
          balance[e.from]! -= f;
          balance[e.to]! += f;
          cost += f * e.cost;
        });
        expect(cost).toBe(result.cost);
        balance.forEach((b, v) => {
          if (v === 0) expect(b + result.flow).toBe(0);
          else if (v === nodes - 1) expect(b).toBe(result.flow);
          else expect(b).toBe(0);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('leaves the sink outside the residual reachable set when the flow is maximum', () => {
    const builder = new FlowNetworkBuilder(3);
    builder.addEdge(0, 1, 2, 1);
    builder.addEdge(1, 2, 1, 1);
    const network = builder.build();
    expect(solveMinCostFlow(network, 0, 2, 5)).toEqual({ flow: 1, cost: 2 });
    expect([...network.reachableFrom(0)]).toEqual([1, 1, 0]);
  });

  it('rejects negative or fractional costs', () => {
    const builder = new FlowNetworkBuilder(2);
    expect(() => builder.addEdge(0, 1, 1, -1)).toThrow(RangeError);
    expect(() => builder.addEdge(0, 1, 1, 0.5)).toThrow(RangeError);
    expect(() => builder.addEdge(0, 2, 1, 0)).toThrow(RangeError);
  });
});
