import { z } from 'zod';
import { checkFilterFields } from '../../../../common/proposals.js';
import { paginationQuery } from '../../../http/pagination.js';

/**
 * Request and response shapes of the secretariat's administrative check, counts and exports.
 * The bodies and answers the web client shares live in src/common/proposals.ts; here are the
 * path, paging and export shapes.
 */
export { bulkChanges, bulkDecisionBody, bulkResult, checkItemView, checkListResponse, decisionBody, decisionOutcome, statsView } from '../../../../common/proposals.js';
export type { BulkChanges, BulkResult, CheckItemView, Counts, StatsView } from '../../../../common/proposals.js';

export const listChecksQuery = z.strictObject({
  ...checkFilterFields,
  ...paginationQuery,
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  /** `submitted` (oldest first) or `flags` (most own-content flags first, then by number). */
  sort: z.enum(['submitted', 'flags']).default('submitted'),
});

export const checkParams = z.strictObject({ proposalId: z.uuid() });

export const statsParams = z.strictObject({ competitionId: z.uuid() });

export const exportQuery = z.strictObject({
  report: z.enum(['proposals', 'counts']).default('proposals'),
  format: z.enum(['csv', 'xlsx']).default('csv'),
});
