import { api } from '../../../api/client';
import { LIST_PAGE_SIZE, type Page } from '../../../api/pagination';
import type { AgencyView } from '../../../../common/agencies';
import type { AgencyType } from './agency-types';

/** The server's answer shape, from the zod schema both sides import (no hand-made copy). */
export type Agency = AgencyView;

export interface AgencyListParams {
  q?: string;
  type?: string;
  province?: string;
  page?: number;
}

export interface NewAgency {
  name: string;
  type: AgencyType;
  regionCode?: string;
}

export interface AgencyChange {
  name?: string;
  active?: boolean;
}

export function fetchAgencies(params: AgencyListParams, signal?: AbortSignal): Promise<Page<Agency>> {
  return api.get('/api/agencies', { ...params, pageSize: LIST_PAGE_SIZE }, signal);
}

export function createAgency(agency: NewAgency): Promise<unknown> {
  return api.post('/api/agencies', agency);
}

export function updateAgency(id: string, change: AgencyChange): Promise<unknown> {
  return api.patch(`/api/agencies/${encodeURIComponent(id)}`, change);
}
