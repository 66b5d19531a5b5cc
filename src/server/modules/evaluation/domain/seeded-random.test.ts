import { describe, expect, it } from 'vitest';
import { SeededRandom } from './seeded-random.js';

describe('SeededRandom', () => {
  it('replays the same stream for the same seed', () => {
    const draw = (seed: number) => {
      const r = new SeededRandom(seed);
      return [r.next(), r.int(10), r.normal(), r.shuffled([1, 2, 3, 4, 5])];
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('stays in range and has roughly the requested moments', () => {
    const r = new SeededRandom(7);
    const n = 20_000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      const z = r.normal(10, 2);
      sum += z;
      squares += (z - 10) ** 2;
    }
    expect(sum / n).toBeCloseTo(10, 1);
    expect(Math.sqrt(squares / n)).toBeCloseTo(2, 1);
    expect([...new SeededRandom(1).shuffled([3, 1, 2])].sort()).toEqual([1, 2, 3]);
    expect(() => new SeededRandom(1).int(0)).toThrow(RangeError);
  });
});
