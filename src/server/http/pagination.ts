import { z } from 'zod';

/** `?page=&pageSize=` on every list; pages start at 1, size capped so no list can be unbounded. */
export const paginationQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
};

export function pageBounds(page: number, pageSize: number): { limit: number; offset: number } {
  return { limit: pageSize, offset: (page - 1) * pageSize };
}
