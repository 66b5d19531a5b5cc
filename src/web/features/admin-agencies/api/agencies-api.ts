import { api } from '../../../api/client';
import { LIST_PAGE_SIZE, type Page } from '../../../api/pagination';
import type { z } from 'zod';
import type { AgencyView, createAgencyBody, listAgenciesQuery, updateAgencyBody } from '../../../../common/agencies';

/** Answers, the list query and request bodies typed from the server's schemas (src/common/agencies.ts). */
export type Agency = AgencyView;
/** The list's filters and page; the page size is the admin lists' own. */
export type AgencyListParams = Omit<z.input<typeof listAgenciesQuery>, 'pageSize'>;
export type NewAgency = z.input<typeof createAgencyBody>;
export type AgencyChange = z.input<typeof updateAgencyBody>;

export function fetchAgencies(params: AgencyListParams, signal?: AbortSignal): Promise<Page<Agency>> {
  return api.get('/api/agencies', { ...params, pageSize: LIST_PAGE_SIZE }, signal);
}

export function createAgency(agency: NewAgency): Promise<unknown> {
  return api.post('/api/agencies', agency);
}

export function updateAgency(id: string, change: AgencyChange): Promise<unknown> {
  return api.patch(`/api/agencies/${encodeURIComponent(id)}`, change);
}
