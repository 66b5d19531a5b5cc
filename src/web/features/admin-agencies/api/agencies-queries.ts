import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type AgencyChange, type AgencyListParams, createAgency, fetchAgencies, type NewAgency, updateAgency } from './agencies-api';

export const AGENCIES_QUERY_KEY = ['agencies'] as const;

export function useAgencies(params: AgencyListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...AGENCIES_QUERY_KEY, params],
    queryFn: ({ signal }) => fetchAgencies(params, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useCreateAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (agency: NewAgency) => createAgency(agency),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: AGENCIES_QUERY_KEY }),
  });
}

export function useUpdateAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: AgencyChange }) => updateAgency(id, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: AGENCIES_QUERY_KEY }),
  });
}
