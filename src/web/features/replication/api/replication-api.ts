import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  agreementBody,
  assignMentorBody,
  completeBody,
  indicatorsBody,
  listCasesQuery,
  logBody,
  milestonesBody,
  optionalReasonBody,
  reasonBody,
  replicationRequestBody,
  startBody,
  stopBody,
} from '../../../../common/replication-case-requests';
import type { CaseList, CaseView, HubSummary, HubView, Lineage, MentorHome, MentorView } from '../../../../common/replication-views';
import { api, apiUrl } from '../../../api/client';

/** Fetchers and TanStack Query hooks of the replication network (hubs, mentors, cases, lineage). */
const KEY = ['replication'] as const;

/** The case list's filters and page (the client asks 25 a page): the server's own list query. */
export type CaseFilters = Omit<z.input<typeof listCasesQuery>, 'pageSize'>;
/** A replication request, as a suggestion or an innovation's page starts it. */
export type ReplicationRequest = z.input<typeof replicationRequestBody>;

export const casesExportUrl = (filters: CaseFilters) => apiUrl('/api/replications/export.xlsx', { ...filters, page: undefined });

export function useCases(filters: CaseFilters) {
  return useQuery({
    queryKey: [...KEY, 'cases', filters],
    queryFn: ({ signal }) => api.get<CaseList>('/api/replications', { ...filters, pageSize: 25 } satisfies z.input<typeof listCasesQuery>, signal),
  });
}

export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'case', id],
    queryFn: ({ signal }) => api.get<CaseView>(`/api/replications/${encodeURIComponent(id!)}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useHubs() {
  return useQuery({ queryKey: [...KEY, 'hubs'], queryFn: ({ signal }) => api.get<{ items: HubSummary[] }>('/api/hubs', undefined, signal), select: (d) => d.items });
}

export function useHub(id: string | undefined, year?: number) {
  return useQuery({
    queryKey: [...KEY, 'hub', id, year],
    queryFn: ({ signal }) => api.get<HubView>(`/api/hubs/${encodeURIComponent(id!)}`, { year }, signal),
    enabled: Boolean(id),
  });
}

export function useMentors(enabled: boolean) {
  return useQuery({ queryKey: [...KEY, 'mentors'], queryFn: ({ signal }) => api.get<{ items: MentorView[] }>('/api/mentors', undefined, signal), select: (d) => d.items, enabled });
}

export function useMentorHome() {
  return useQuery({ queryKey: [...KEY, 'mentor-home'], queryFn: ({ signal }) => api.get<MentorHome>('/api/replications/mentor-home', undefined, signal) });
}

export function useLineage(innovationId: string) {
  return useQuery({
    queryKey: [...KEY, 'lineage', innovationId],
    queryFn: ({ signal }) => api.get<Lineage>(`/api/innovations/${encodeURIComponent(innovationId)}/lineage`, undefined, signal),
  });
}

export function useRequestReplication() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ReplicationRequest) => api.post<CaseView>('/api/replications', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

/** One step on a case: the action's path and the body the server validates it with (`z.input`). */
type Step<K extends string, B extends z.ZodType> = { kind: K } & z.input<B>;
export type CaseAction =
  | Step<'accept', typeof optionalReasonBody>
  | Step<'decline', typeof reasonBody>
  | Step<'mentor', typeof assignMentorBody>
  | Step<'agreement', typeof agreementBody>
  | Step<'start', typeof startBody>
  | Step<'logs', typeof logBody>
  | { kind: 'milestoneDone'; milestoneId: string }
  | Step<'milestones', typeof milestonesBody>
  | Step<'indicators', typeof indicatorsBody>
  | Step<'complete', typeof completeBody>
  | Step<'stop', typeof stopBody>;

function send(caseId: string, action: CaseAction): Promise<CaseView> {
  const base = `/api/replications/${encodeURIComponent(caseId)}`;
  const { kind, ...body } = action;
  switch (action.kind) {
    case 'milestoneDone':
      return api.post<CaseView>(`${base}/milestones/${encodeURIComponent(action.milestoneId)}/done`);
    case 'milestones':
    case 'indicators':
      return api.put<CaseView>(`${base}/${kind}`, body);
    default:
      return api.post<CaseView>(`${base}/${kind}`, body);
  }
}

export function useCaseAction(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (action: CaseAction) => send(caseId, action),
    onSuccess: (view) => {
      qc.setQueryData([...KEY, 'case', caseId], view);
      void qc.invalidateQueries({ queryKey: [...KEY, 'cases'] });
      void qc.invalidateQueries({ queryKey: [...KEY, 'mentor-home'] });
    },
  });
}
