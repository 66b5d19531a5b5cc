import { expect, it } from 'vitest';
import { idBound } from '../../src/server/modules/catalog/search-facets-repository.js';

/** The facet sample is an id range (search-facets-repository.ts): the bound must cut the id space at the share asked. */
it('puts the id bound at the share of the random id space asked for', () => {
  expect(idBound(0.5)).toBe('80000000-0000-0000-0000-000000000000');
  expect(idBound(1 / 64)).toBe('04000000-0000-0000-0000-000000000000');
  expect(idBound(0)).toBe('00000000-0000-0000-0000-000000000000');
  // The whole catalog: every id, including the largest, is at or below it.
  expect(idBound(1)).toBe('ffffffff-ffff-ffff-ffff-ffffffffffff');
  expect(idBound(3)).toBe('ffffffff-ffff-ffff-ffff-ffffffffffff');
  expect(idBound(0.999999999999)).toBe('ffffffff-ffff-ffff-ffff-ffffffffffff'.slice(0, 8) + '-0000-0000-0000-000000000000');
});
