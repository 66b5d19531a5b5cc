import { useQuery, keepPreviousData } from '@tanstack/react-query';
import { api, apiUrl, type QueryParams } from '../../../api/client';
import type { DashboardFilters, NationalDashboard, RegionProfile, TodoList } from '../../../../common/dashboards';

const clean = (f: DashboardFilters): QueryParams => ({ year: f.year ?? undefined, province: f.province ?? undefined });

export function useNationalDashboard(filters: DashboardFilters) {
  return useQuery({
    queryKey: ['dashboards', 'national', filters],
    queryFn: ({ signal }) => api.get<NationalDashboard>('/api/dashboard/national', clean(filters), signal),
    placeholderData: keepPreviousData,
  });
}

export function useRegionProfile(code: string) {
  return useQuery({
    queryKey: ['dashboards', 'region', code],
    queryFn: ({ signal }) => api.get<RegionProfile>(`/api/regions/${encodeURIComponent(code)}/profile`, undefined, signal),
  });
}

export function useTodo() {
  return useQuery({ queryKey: ['dashboards', 'todo'], queryFn: ({ signal }) => api.get<TodoList>('/api/me/todo', undefined, signal) });
}

export const nationalExportUrl = (filters: DashboardFilters, format: 'xlsx' | 'pdf' = 'xlsx') => apiUrl('/api/dashboard/national/export', { ...clean(filters), format });
export const regionExportUrl = (code: string, format: 'xlsx' | 'pdf' = 'xlsx') => apiUrl(`/api/regions/${encodeURIComponent(code)}/profile/export`, { format });

/** The catalog search a figure summarises, in the catalog's URL format (`/katalog?province=35&year=2019&sdg=3`). */
export function catalogLink(filters: DashboardFilters & { sdg?: string; category?: string; regency?: string }): string {
  const params = new URLSearchParams();
  if (filters.province) params.set('province', filters.province);
  if (filters.regency) params.set('regency', filters.regency);
  if (filters.year) params.set('year', String(filters.year));
  if (filters.sdg) params.set('sdg', filters.sdg);
  if (filters.category) params.set('category', filters.category);
  const query = params.toString();
  return query ? `/katalog?${query}` : '/katalog';
}

export const regionPath = (code: string) => `/wilayah/${encodeURIComponent(code)}`;
