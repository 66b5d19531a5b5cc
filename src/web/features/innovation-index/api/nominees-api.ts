import { useQuery } from '@tanstack/react-query';
import type { NomineesView, SendNomineesInput, SendNomineesResult } from '../../../../common/index-nominees';
import { api, apiUrl } from '../../../api/client';
import { useIndexMutation } from './index-api';

/** Award nominees per cluster of a published index year (shapes from src/common/index-nominees.ts). */
export const nomineesApi = {
  list: (year: number, n: number, cluster: string) => api.get<NomineesView>(`/api/index/${year}/nominees`, { n, cluster }),
  /** Every cluster's top N as XLSX. */
  xlsx: (year: number, n: number) => apiUrl(`/api/index/${year}/nominees.xlsx`, { n }),
  send: (year: number, input: SendNomineesInput) => api.post<SendNomineesResult>(`/api/index/${year}/nominees/send`, input),
};

export const useNominees = (year: number, n: number, cluster: string, enabled: boolean) =>
  useQuery({ queryKey: ['innovation-index', 'nominees', year, n, cluster], queryFn: () => nomineesApi.list(year, n, cluster), retry: false, enabled });

export const useSendNominees = (year: number) => useIndexMutation((input: SendNomineesInput) => nomineesApi.send(year, input));
