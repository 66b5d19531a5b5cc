import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BoundedEdge, hasFeasibleCirculation, minimumCirculationCost } from './feasible-circulation.js';

/**
 * The use made of circulations in selection: choose at most `total` units from a rows x cols
 * table, with row and column sums within bounds. Nodes: 0 source, rows, cols, sink.
 */
function transportEdges(t: Transport): { nodes: number; edges: BoundedEdge[] } {
  const sink = 1 + t.rows + t.cols;
  const edges: BoundedEdge[] = [{ from: sink, to: 0, lower: 0, upper: t.total }];
  for (let r = 0; r < t.rows; r++) {
    edges.push({ from: 0, to: 1 + r, lower: t.rowLower[r]!, upper: t.rowUpper[r]! });
    for (let c = 0; c < t.cols; c++) {
      const i = r * t.cols + c;
      edges.push({
        from: 1 + r,
        to: 1 + t.rows + c,
        lower: 0,
        upper: t.cell[i]!,
        cost: t.cellCost[i]!,
      });
    }
  }
  for (let c = 0; c < t.cols; c++) {
    edges.push({ from: 1 + t.rows + c, to: sink, lower: t.colLower[c]!, upper: t.colUpper[c]! });
  }
  return { nodes: sink + 1, edges };
}

interface Transport {
  rows: number;
  cols: number;
  cell: number[];
  cellCost: number[];
  rowLower: number[];
  rowUpper: number[];
  colLower: number[];
  colUpper: number[];
  total: number;
}

/** Tries every choice x[i] in 0..cell[i]: the definition itself. Returns the cheapest cost. */
function bruteForce(t: Transport): number | null {
  const n = t.rows * t.cols;
  const x = new Array<number>(n).fill(0);
  const sum = (idx: number[]) => idx.reduce((s, i) => s + x[i]!, 0);
  const valid = () => {
    if (sum(x.map((_, i) => i)) > t.total) return false;
    for (let r = 0; r < t.rows; r++) {
      const s = sum(Array.from({ length: t.cols }, (_, c) => r * t.cols + c));
      if (s < t.rowLower[r]! || s > t.rowUpper[r]!) return false;
    }
    for (let c = 0; c < t.cols; c++) {
      const s = sum(Array.from({ length: t.rows }, (_, r) => r * t.cols + c));
      if (s < t.colLower[c]! || s > t.colUpper[c]!) return false;
    }
    return true;
  };
  let best: number | null = null;
  const visit = (i: number) => {
    if (i === n) {
      const cost = x.reduce((s, v, j) => s + v * t.cellCost[j]!, 0);
      if (valid() && (best === null || cost < best)) best = cost;
      return;
    }
    for (let v = 0; v <= t.cell[i]!; v++) {
      x[i] = v;
      visit(i + 1);
    }
    x[i] = 0;
  };
  visit(0);
  return best;
}

describe('hasFeasibleCirculation', () => {
  it('honours lower and upper bounds around a cycle', () => {
    const cycle = (lower: number, upper: number): BoundedEdge[] => [
      { from: 0, to: 1, lower: 2, upper: 5 },
      { from: 1, to: 2, lower, upper },
      { from: 2, to: 0, lower: 0, upper: 9 },
    ];
    expect(hasFeasibleCirculation(3, cycle(0, 3))).toBe(true);
    expect(hasFeasibleCirculation(3, cycle(6, 9))).toBe(false);
    expect(hasFeasibleCirculation(3, cycle(0, 1))).toBe(false);
    expect(hasFeasibleCirculation(2, [{ from: 0, to: 1, lower: 2, upper: 1 }])).toBe(false);
  });

  it('finds the cheapest transport table, or none, exactly like exhaustive enumeration', () => {
    const small = fc.integer({ min: 0, max: 2 });
    const instance = fc.record({ rows: fc.integer({ min: 1, max: 2 }), cols: fc.integer({ min: 1, max: 3 }) }).chain(({ rows, cols }) =>
      fc.record({
        rows: fc.constant(rows),
        cols: fc.constant(cols),
        cell: fc.array(small, { minLength: rows * cols, maxLength: rows * cols }),
        cellCost: fc.array(small, { minLength: rows * cols, maxLength: rows * cols }),
        rowLower: fc.array(small, { minLength: rows, maxLength: rows }),
        rowUpper: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: rows, maxLength: rows }),
        colLower: fc.array(small, { minLength: cols, maxLength: cols }),
        colUpper: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: cols, maxLength: cols }),
        total: fc.integer({ min: 0, max: 6 }),
      }),
    );
    fc.assert(
      fc.property(instance, (t) => {
        const { nodes, edges } = transportEdges(t);
        expect(minimumCirculationCost(nodes, edges)).toBe(bruteForce(t));
      }),
      { numRuns: 300 },
    );
  });
});
