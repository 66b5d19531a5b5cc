import type { z } from 'zod';
import { api } from '../../../api/client';
import { ADMIN_CHECK_STATUSES, type AdminCheckStatus } from '../../../../common/competitions';
import type { bulkDecisionBody, bulkResult, checkListResponse, decisionBody, decisionOutcome, statsView } from '../../../../common/proposals';

/**
 * The secretariat's administrative check as the web client reads it: answers are `z.output` and
 * request bodies `z.input` of the schemas the server validates and serialises with
 * (src/common/proposals.ts).
 */
export type CheckList = z.output<typeof checkListResponse>;
export type CheckItem = CheckList['items'][number];
export type Flags = CheckItem['flags'];
export type Stats = z.output<typeof statsView>;
export type BulkResult = z.output<typeof bulkResult>;
export type DecisionOutcome = z.output<typeof decisionOutcome>;
export type DecisionBody = z.input<typeof decisionBody>;
export type BulkDecisionBody = z.input<typeof bulkDecisionBody>;
/** The list's filters a bulk decision applies to. */
export type CheckFilter = NonNullable<BulkDecisionBody['filter']>;

/** The list's filters and order as the page keeps them (from the address bar, so plain strings). */
export interface CheckListParams {
  competitionId: string;
  status?: string;
  groupId?: string;
  categoryId?: string;
  flagged?: string;
  sort?: string;
  page: number;
  pageSize: number;
}

const isStatus = (value: string): value is AdminCheckStatus => (ADMIN_CHECK_STATUSES as readonly string[]).includes(value);
const isTruth = (value: string): value is 'true' | 'false' => value === 'true' || value === 'false';

/**
 * The page's filters as a bulk decision's filter, or null when one of them is not a value the
 * server takes: a decision must never reach more proposals than the list shows, so an unknown
 * filter is not dropped but makes "decide all filtered" unavailable.
 */
export function checkFilterOf(filters: Omit<CheckListParams, 'sort' | 'page' | 'pageSize'>): CheckFilter | null {
  const { competitionId, status, groupId, categoryId, flagged } = filters;
  if ((status && !isStatus(status)) || (flagged && !isTruth(flagged))) return null;
  return {
    competitionId,
    ...(status && isStatus(status) ? { status } : {}),
    ...(groupId ? { groupId } : {}),
    ...(categoryId ? { categoryId } : {}),
    ...(flagged && isTruth(flagged) ? { flagged } : {}),
  };
}

export const adminCheckApi = {
  list: (query: CheckListParams, signal?: AbortSignal) => api.get<CheckList>('/api/admin-checks', { ...query }, signal),
  stats: (competitionId: string, signal?: AbortSignal) => api.get<Stats>(`/api/competitions/${competitionId}/stats`, undefined, signal),
  decide: (proposalId: string, body: DecisionBody) => api.post<DecisionOutcome>(`/api/admin-checks/${proposalId}/decision`, body),
  bulk: (body: BulkDecisionBody) => api.post<BulkResult>('/api/admin-checks/bulk', body),
};
