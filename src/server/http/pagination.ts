/** The query shape lives in src/common (list queries shared with the web client build on it). */
export { paginationQuery } from '../../common/pagination.js';

export function pageBounds(page: number, pageSize: number): { limit: number; offset: number } {
  return { limit: pageSize, offset: (page - 1) * pageSize };
}
