/** The list shape every paginated endpoint returns. */
export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * Rows per page of the admin lists. The list endpoints take `page` only, so this must match
 * the server's page size.
 */
export const LIST_PAGE_SIZE = 20;

export function pageCount(total: number, pageSize = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
