import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  agencyTargetInput,
  campaignInput,
  CampaignProgressQuery,
  CampaignProgressView,
  CampaignRecordsView,
  CampaignView,
  confirmInput,
  defaultTargetInput,
  InstitutionalisationDocumentSection,
  InstitutionalisationSection,
  InstitutionalisationView,
  OaoiAgencyView,
  OaoiCoverageQuery,
  OaoiCoverageView,
  PublicMaturityView,
} from '../../../../common/institutionalisation';
import { ApiError } from '../../../api/api-error';
import { LIST_PAGE_SIZE } from '../../../api/pagination';
import { api, apiUrl } from '../../../api/client';
import { postFile } from '../../../api/upload';

/** Fetchers and TanStack Query hooks of institutionalisation, OAOI and update campaigns. */
const KEY = ['institutionalisation'] as const;
const enc = encodeURIComponent;

export function useMaturity(innovationId: string) {
  return useQuery({
    queryKey: [...KEY, 'maturity', innovationId],
    queryFn: ({ signal }) => api.get<PublicMaturityView>(`/api/innovations/${enc(innovationId)}/maturity`, undefined, signal),
  });
}

export function useInstitutionalisation(innovationId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'record', innovationId],
    queryFn: ({ signal }) => api.get<InstitutionalisationView>(`/api/innovations/${enc(innovationId)}/institutionalisation`, undefined, signal),
    enabled,
  });
}

export function useRecordChange(innovationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (change: { section: InstitutionalisationSection; body: unknown } | { section: InstitutionalisationSection; removeId: string }) =>
      'removeId' in change
        ? api.delete<InstitutionalisationView>(`/api/innovations/${enc(innovationId)}/institutionalisation/${change.section}/${enc(change.removeId)}`)
        : api.post<InstitutionalisationView>(`/api/innovations/${enc(innovationId)}/institutionalisation/${change.section}`, change.body),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export const documentUrl = (innovationId: string, section: InstitutionalisationDocumentSection, itemId: string) =>
  `/api/innovations/${enc(innovationId)}/institutionalisation/${section}/${enc(itemId)}/document`;

/** Attaches (or replaces) a legal basis's or plan's document; the record is refreshed from the answer. */
export function useDocumentUpload(innovationId: string, section: InstitutionalisationDocumentSection, itemId: string, failed: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const { status, body } = await postFile<InstitutionalisationView & { error?: { code: string; message: string } }>(documentUrl(innovationId, section, itemId), file);
      if (status !== 201) throw new ApiError(body?.error?.code ?? 'UPLOAD_FAILED', body?.error?.message ?? failed, status);
      return body;
    },
    onSuccess: (view) => qc.setQueryData([...KEY, 'record', innovationId], view),
  });
}

export const campaignProgressExportUrl = (id: string) => apiUrl(`/api/campaigns/${enc(id)}/progress.xlsx`, {});

export const oaoiExportUrl = (year: number) => apiUrl('/api/oaoi/coverage.xlsx', { year });

/** The OAOI agency table's filters and order: the server's coverage query without year and paging. */
export type OaoiFilters = Omit<OaoiCoverageQuery, 'year' | 'page' | 'pageSize'>;
/** A campaign's agency table's filters and order: the server's progress query without paging. */
export type ProgressFilters = Omit<CampaignProgressQuery, 'page' | 'pageSize'>;

/** Coverage summaries and one page of the agencies, filtered on the server. */
export function useOaoiCoverage(year: number, filters: OaoiFilters, page: number, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'oaoi', year, filters, page],
    queryFn: ({ signal }) => api.get<OaoiCoverageView>('/api/oaoi/coverage', { ...filters, year, page, pageSize: LIST_PAGE_SIZE } satisfies OaoiCoverageQuery, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useOaoiAgency(agencyId: string | null | undefined, year: number) {
  return useQuery({
    queryKey: [...KEY, 'oaoi-agency', agencyId, year],
    queryFn: ({ signal }) => api.get<OaoiAgencyView>(`/api/oaoi/agencies/${enc(agencyId!)}`, { year }, signal),
    enabled: Boolean(agencyId),
  });
}

export function useSetDefaultTarget() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof defaultTargetInput>) => api.put<OaoiCoverageView>('/api/oaoi/default-targets', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export function useRaiseTarget(agencyId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof agencyTargetInput>) => api.put<OaoiAgencyView>(`/api/oaoi/agencies/${enc(agencyId)}/target`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export function useCampaigns() {
  return useQuery({ queryKey: [...KEY, 'campaigns'], queryFn: ({ signal }) => api.get<{ items: CampaignView[] }>('/api/campaigns', undefined, signal), select: (d) => d.items });
}

export function useCreateCampaign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof campaignInput>) => api.post<CampaignView>('/api/campaigns', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export function useCampaignProgress(id: string | undefined, filters: ProgressFilters, page: number, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'progress', id, filters, page],
    queryFn: ({ signal }) =>
      api.get<CampaignProgressView>(`/api/campaigns/${enc(id!)}/progress`, { ...filters, page, pageSize: LIST_PAGE_SIZE } satisfies CampaignProgressQuery, signal),
    enabled: enabled && Boolean(id),
    refetchInterval: 30_000,
    placeholderData: keepPreviousData,
  });
}

export function useCampaignRecords(id: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'records', id],
    queryFn: ({ signal }) => api.get<CampaignRecordsView>(`/api/campaigns/${enc(id!)}/records`, undefined, signal),
    enabled: enabled && Boolean(id),
  });
}

export function useConfirmRecord(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: z.input<typeof confirmInput> & { innovationId: string }) =>
      api.post<CampaignRecordsView>(`/api/campaigns/${enc(id)}/records/${enc(v.innovationId)}`, { answer: v.answer, ...(v.note ? { note: v.note } : {}) } satisfies z.input<
        typeof confirmInput
      >),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: KEY });
      void qc.invalidateQueries({ queryKey: ['dashboards'] });
    },
  });
}
