/** One page of a list that tells which page comes next (null: this was the last). */
export interface NextPaged<T> {
  items: T[];
  nextPage: number | null;
}

/**
 * Every item of a paged list, asking page after page until the server says there is no next one
 * (the events calendar's month: the server caps each answer, the month must still be whole).
 */
export async function everyPage<T>(fetchPage: (page: number) => Promise<NextPaged<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let page: number | null = 1; page !== null;) {
    const answer: NextPaged<T> = await fetchPage(page);
    items.push(...answer.items);
    page = answer.nextPage;
  }
  return items;
}
