import { useQuery } from '@tanstack/react-query';
import { fetchProvinces, fetchRegencies } from './regions-api';

/** Reference data: changes rarely, so it is cached for the whole visit. */
const REFERENCE_STALE_TIME = Number.POSITIVE_INFINITY;

export function useProvinces() {
  return useQuery({
    queryKey: ['regions', 'provinces'],
    queryFn: ({ signal }) => fetchProvinces(signal),
    select: (data) => data.items,
    staleTime: REFERENCE_STALE_TIME,
  });
}

export function useRegencies(province: string | null) {
  return useQuery({
    queryKey: ['regions', 'regencies', province],
    queryFn: ({ signal }) => fetchRegencies(province ?? '', signal),
    select: (data) => data.items,
    enabled: Boolean(province),
    staleTime: REFERENCE_STALE_TIME,
  });
}
