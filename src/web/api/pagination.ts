/** The list shape every paginated endpoint returns. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** Rows per page of the admin lists; sent as `pageSize` (the server's default is 25, max 200). */
export const LIST_PAGE_SIZE = 25;

export function pageCount(total: number, pageSize = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
