import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseOutcome, LogMode, MilestoneKind } from '../../../../common/replication';
import type { CaseList, CaseView, HubSummary, HubView, Lineage, MentorHome, MentorView } from '../../../../common/replication-views';
import { api, apiUrl, type QueryParams } from '../../../api/client';

/** Fetchers and TanStack Query hooks of the replication network (hubs, mentors, cases, lineage). */
const KEY = ['replication'] as const;

export type CaseFilters = { state?: string; province?: string; hubId?: string; year?: string; flag?: string; page?: number };

export const casesExportUrl = (filters: CaseFilters) => apiUrl('/api/replications/export.xlsx', { ...(filters as QueryParams), page: undefined });

export function useCases(filters: CaseFilters) {
  return useQuery({ queryKey: [...KEY, 'cases', filters], queryFn: ({ signal }) => api.get<CaseList>('/api/replications', { ...(filters as QueryParams), pageSize: 25 }, signal) });
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
    mutationFn: (body: { sourceInnovationId: string; problem: string; context: string; leadName: string }) => api.post<CaseView>('/api/replications', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export type CaseAction =
  | { kind: 'accept'; reason?: string }
  | { kind: 'decline'; reason: string }
  | { kind: 'mentor'; mentorId: string; override: boolean }
  | { kind: 'agreement'; number: string; date: string; document: string | null }
  | { kind: 'start' }
  | { kind: 'logs'; heldOn: string; mode: LogMode; notes: string }
  | { kind: 'milestoneDone'; milestoneId: string }
  | { kind: 'milestones'; milestones: { id?: string; kind: MilestoneKind; title: string; dueOn: string }[] }
  | { kind: 'indicators'; indicators: { name: string; unit: string; baseline: number; followUp: number | null }[] }
  | { kind: 'complete'; outcome: CaseOutcome }
  | { kind: 'stop'; reason: string };

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
