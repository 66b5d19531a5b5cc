/**
 * A min-heap of (priority, node) pairs stored in typed arrays.
 *
 * Dijkstra inside the assignment solver pushes hundreds of thousands of entries per phase;
 * object-per-entry heaps spend most of their time in the garbage collector, so priorities and
 * payloads live in two parallel growable typed arrays instead. Stale entries are allowed
 * ("lazy deletion"): the caller skips a popped node whose priority is no longer current, which
 * is cheaper than maintaining a decrease-key index.
 */
export class MinHeap {
  private keys: Float64Array;
  private values: Int32Array;
  private count = 0;

  constructor(initialCapacity = 1024) {
    const capacity = Math.max(1, initialCapacity);
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
  }

  push(key: number, value: number): void {
    if (this.count === this.keys.length) this.grow();
    const keys = this.keys;
    const values = this.values;
    // Sift up with a hole instead of swaps: one write per level.
    let hole = this.count++;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      const parentKey = keys[parent]!;
      if (parentKey <= key) break;
      keys[hole] = parentKey;
      values[hole] = values[parent]!;
      hole = parent;
    }
    keys[hole] = key;
    values[hole] = value;
  }

  /** Key of the smallest entry; only meaningful when size > 0. */
  peekKey(): number {
    return this.keys[0]!;
  }

  /** Value of the smallest entry; only meaningful when size > 0. */
  peekValue(): number {
    return this.values[0]!;
  }

  /** Removes the smallest entry. Read it first with peekKey/peekValue. */
  pop(): void {
    const last = --this.count;
    if (last <= 0) return;
    const keys = this.keys;
    const values = this.values;
    const key = keys[last]!;
    const value = values[last]!;
    let hole = 0;
    for (;;) {
      let child = 2 * hole + 1;
      if (child >= last) break;
      const right = child + 1;
      if (right < last && keys[right]! < keys[child]!) child = right;
      const childKey = keys[child]!;
      if (childKey >= key) break;
      keys[hole] = childKey;
      values[hole] = values[child]!;
      hole = child;
    }
    keys[hole] = key;
    values[hole] = value;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const values = new Int32Array(this.values.length * 2);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }
}
