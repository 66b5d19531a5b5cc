import type { z } from 'zod';
import { api } from '../../../api/client';
import { ADMIN_CHECK_STATUSES } from '../../../../common/competitions';
import type { bulkDecisionBody, bulkResult, checkListResponse, decisionBody, decisionOutcome, listChecksQuery, statsView } from '../../../../common/proposals';
import { knownValue } from '../../../utils/known-value';

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

/** The list's query: the server's own list query, so a filter it does not take is no type here. */
export type CheckListParams = z.input<typeof listChecksQuery>;

/** The list's filters as the page keeps them in the address bar (plain strings, '' = not set). */
export type CheckUrlFilters = Record<'competitionId' | 'status' | 'groupId' | 'categoryId' | 'flagged', string>;

const TRUTHS = ['true', 'false'] as const;

/** The page's filters as the server takes them: a value it does not know reads as not set. */
export function checkFilterFrom(filters: CheckUrlFilters): CheckFilter {
  return {
    competitionId: filters.competitionId,
    status: knownValue(ADMIN_CHECK_STATUSES, filters.status),
    groupId: filters.groupId || undefined,
    categoryId: filters.categoryId || undefined,
    flagged: knownValue(TRUTHS, filters.flagged),
  };
}

/**
 * The page's filters as a bulk decision's filter, or null when the address bar holds a value the
 * server does not take: the list then leaves that filter out and shows more than was asked for,
 * and a decision must never reach more proposals than the user meant, so "decide all filtered"
 * is unavailable instead.
 */
export function checkFilterOf(filters: CheckUrlFilters): CheckFilter | null {
  const filter = checkFilterFrom(filters);
  return (filters.status && !filter.status) || (filters.flagged && !filter.flagged) ? null : filter;
}

export const adminCheckApi = {
  list: (query: CheckListParams, signal?: AbortSignal) => api.get<CheckList>('/api/admin-checks', query, signal),
  stats: (competitionId: string, signal?: AbortSignal) => api.get<Stats>(`/api/competitions/${competitionId}/stats`, undefined, signal),
  decide: (proposalId: string, body: DecisionBody) => api.post<DecisionOutcome>(`/api/admin-checks/${proposalId}/decision`, body),
  bulk: (body: BulkDecisionBody) => api.post<BulkResult>('/api/admin-checks/bulk', body),
};
