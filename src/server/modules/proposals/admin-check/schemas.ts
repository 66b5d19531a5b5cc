import { z } from 'zod';

/**
 * Request and response shapes of the secretariat's administrative check, counts and exports.
 * The bodies, list query and answers the web client shares live in src/common/proposals.ts;
 * here are the path and export shapes.
 */
export {
  bulkChanges,
  bulkDecisionBody,
  bulkResult,
  checkItemView,
  checkListResponse,
  decisionBody,
  decisionOutcome,
  listChecksQuery,
  statsView,
} from '../../../../common/proposals.js';
export type { BulkChanges, BulkResult, CheckItemView, Counts, StatsView } from '../../../../common/proposals.js';

export const checkParams = z.strictObject({ proposalId: z.uuid() });

export const statsParams = z.strictObject({ competitionId: z.uuid() });

export const exportQuery = z.strictObject({
  report: z.enum(['proposals', 'counts']).default('proposals'),
  format: z.enum(['csv', 'xlsx']).default('csv'),
});
