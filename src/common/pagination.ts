import { z } from 'zod';

/**
 * `?page=&pageSize=` on every list; pages start at 1, size capped so no list can be unbounded.
 * Shared so a list query the web client types with `z.input` can live in src/common; the input
 * type says what a client may put in a query string (a number, or its text).
 */
export const paginationQuery = {
  page: z.coerce.number<number | string>().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number<number | string>().int().min(1).max(200).default(25),
};
