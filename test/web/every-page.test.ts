import { expect, it } from 'vitest';
import { everyPage } from '../../src/web/features/events/api/every-page.js';

/** The events calendar reads its month to the last page: no event is left behind a page cap. */
it('asks page after page until there is no next one, keeping the order', async () => {
  const asked: number[] = [];
  const pages: Record<number, { items: string[]; nextPage: number | null }> = {
    1: { items: ['a', 'b'], nextPage: 2 },
    2: { items: ['c', 'd'], nextPage: 3 },
    3: { items: ['e'], nextPage: null },
  };
  const items = await everyPage(async (page) => {
    asked.push(page);
    return pages[page]!;
  });
  expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
  expect(asked).toEqual([1, 2, 3]);
  expect(await everyPage(async () => ({ items: [], nextPage: null }))).toEqual([]);
});
