import { expect, it } from 'vitest';
import { remembered } from '../../src/server/modules/catalog/search-cache.js';

/** search-cache.ts `remembered`: the per-generation memo of facet counts and filter populations. */
it('shares one piece of work between concurrent askers', async () => {
  const memo = new Map<string, Promise<number>>();
  let made = 0;
  const make = async () => ++made;
  const [a, b] = await Promise.all([remembered(memo, 'k', make, 10), remembered(memo, 'k', make, 10)]);
  expect([a, b, made]).toEqual([1, 1, 1]);
});

it('forgets a failure so the next asker tries again', async () => {
  const memo = new Map<string, Promise<number>>();
  await expect(remembered(memo, 'k', () => Promise.reject(new Error('gagal')), 10)).rejects.toThrow('gagal');
  expect(memo.has('k')).toBe(false);
  expect(await remembered(memo, 'k', async () => 7, 10)).toBe(7);
});

it('lets the oldest kept go first beyond its size', async () => {
  const memo = new Map<string, Promise<number>>();
  for (const key of ['a', 'b', 'c']) await remembered(memo, key, async () => 1, 2);
  expect([...memo.keys()]).toEqual(['b', 'c']);
});
