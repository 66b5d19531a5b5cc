import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap } from './binary-heap.js';

describe('MinHeap', () => {
  it('pops keys in non-decreasing order, growing past its initial capacity', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 200 }), (keys) => {
        const heap = new MinHeap(2);
        for (const [i, key] of keys.entries()) heap.push(key, i);
        const popped: number[] = [];
        while (heap.size > 0) {
          const key = heap.peekKey();
          expect(keys[heap.peekValue()]).toBe(key);
          popped.push(key);
          heap.pop();
        }
        expect(popped).toEqual([...keys].sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });

  it('can be cleared and reused', () => {
    const heap = new MinHeap();
    heap.push(5, 1);
    heap.clear();
    heap.push(7, 2);
    expect(heap.size).toBe(1);
    expect(heap.peekValue()).toBe(2);
  });
});
