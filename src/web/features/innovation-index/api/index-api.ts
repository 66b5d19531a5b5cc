import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  answerBody,
  availableView,
  decisionBody,
  innovationBody,
  levelBody,
  linkEvidenceBody,
  ownReportView,
  queueQuery,
  queueView,
  reportView,
  reviewBody,
} from '../../../../common/index-reports';
import type { recomputeView, resultsQuery, resultsView } from '../../../../common/index-results';
import type { changeModelBody, createModelBody, ModelConfig, modelView, windowBody } from '../../../../common/innovation-index';
import type { Serialised } from '../../../../common/serialised';
import type { Expect } from '../../../../common/type-equality';
import { api, apiUrl } from '../../../api/client';

/** The index API typed from the server's schemas (src/common/innovation-index.ts, index-reports.ts, index-results.ts); dates arrive as ISO strings. */
export type Model = Serialised<z.output<typeof modelView>>;
export type ModelIndicator = Model['config']['indicators'][number];
export type Report = Serialised<z.output<typeof reportView>>;
export type ReportRowView = Report['rows'][number];
export type Evidence = ReportRowView['evidence'][number];
export type Results = Serialised<z.output<typeof resultsView>>;
export type ResultItem = Results['items'][number];
export type Queue = Serialised<z.output<typeof queueView>>;
export type QueueItem = Queue['items'][number];
export type QueueFilter = Omit<z.input<typeof queueQuery>, 'page' | 'pageSize'>;
export type ResultsCluster = z.input<typeof resultsQuery>['cluster'];
export type LevelRequest = z.input<typeof levelBody>;
export type LinkRequest = z.input<typeof linkEvidenceBody>;
export type Decision = z.input<typeof decisionBody>;

/** The editor sends a whole model configuration; the server takes any value and validates it itself (its errors name the field). */
export type ModelConfigIsRequest = Expect<{ config: ModelConfig } extends z.input<typeof changeModelBody> ? true : false>;
/** The window is sent as ISO instants; the server coerces them to dates. */
export type WindowIsRequest = Expect<{ opensAt: string; closesAt: string } extends z.input<typeof windowBody> ? true : false>;

export const indexApi = {
  model: (year: number) => api.get<Model>(`/api/index/models/${year}`),
  models: () => api.get<{ items: Model[] }>('/api/index/models'),
  fullModel: (year: number) => api.get<Model>(`/api/index/models/${year}`),
  createModel: (body: z.input<typeof createModelBody>) => api.post<Model>('/api/index/models', body),
  changeModel: (year: number, config: ModelConfig) => api.put<Model>(`/api/index/models/${year}`, { config }),
  publishModel: (year: number) => api.post<Model>(`/api/index/models/${year}/publish`),
  computeResults: (year: number) => api.post<z.output<typeof recomputeView>>(`/api/index/${year}/results/compute`),
  publishResults: (year: number) => api.post<Model>(`/api/index/${year}/results/publish`),
  setWindow: (year: number, opensAt: string, closesAt: string) => api.put<Model>(`/api/index/models/${year}/window`, { opensAt, closesAt }),
  report: (year: number) => api.get<Serialised<z.output<typeof ownReportView>>>(`/api/index/${year}/report`),
  available: (year: number) => api.get<z.output<typeof availableView>>(`/api/index/${year}/report/available`),
  addInnovation: (year: number, innovationId: string) => api.post<Report>(`/api/index/${year}/report/innovations`, { innovationId } satisfies z.input<typeof innovationBody>),
  setLevel: (year: number, body: LevelRequest) => api.put<Report>(`/api/index/${year}/report/levels`, body),
  addLink: (year: number, rowId: string, body: LinkRequest) => api.post<Report>(`/api/index/${year}/report/rows/${rowId}/links`, body),
  answer: (year: number, rowId: string, answer: string) => api.post<Report>(`/api/index/${year}/report/rows/${rowId}/answer`, { answer } satisfies z.input<typeof answerBody>),
  ready: (year: number) => api.post<Report>(`/api/index/${year}/report/ready`),
  review: (year: number, decision: z.input<typeof reviewBody>['decision']) => api.post<Report>(`/api/index/${year}/report/review`, { decision }),
  queue: (year: number, filter: QueueFilter) => api.get<Queue>(`/api/index/${year}/queue`, filter),
  staffReport: (id: string) => api.get<Report>(`/api/index/reports/${id}`),
  decide: (id: string, rowId: string, body: Decision) => api.post<Report>(`/api/index/reports/${id}/rows/${rowId}/decision`, body),
  finish: (id: string) => api.post<Report>(`/api/index/reports/${id}/finish`),
  results: (year: number, cluster?: ResultsCluster) => api.get<Results>(`/api/index/${year}/results`, { cluster }),
  resultsXlsx: (year: number, cluster?: ResultsCluster) => apiUrl(`/api/index/${year}/results.xlsx`, { cluster }),
  cardPdf: (year: number, code: string) => apiUrl(`/api/index/${year}/results/${code}/card.pdf`),
};

const KEY = ['innovation-index'] as const;
export const useModel = (year: number) => useQuery({ queryKey: [...KEY, 'model', year], queryFn: () => indexApi.model(year), retry: false });
export const useModels = () => useQuery({ queryKey: [...KEY, 'models'], queryFn: () => indexApi.models() });
export const useFullModel = (year: number | null) => useQuery({ queryKey: [...KEY, 'full-model', year], queryFn: () => indexApi.fullModel(year!), enabled: year !== null });
export const useOwnReport = (year: number) => useQuery({ queryKey: [...KEY, 'report', year], queryFn: () => indexApi.report(year), retry: false });
export const useAvailable = (year: number) => useQuery({ queryKey: [...KEY, 'available', year], queryFn: () => indexApi.available(year), retry: false });
export const useQueue = (year: number, filter: QueueFilter) => useQuery({ queryKey: [...KEY, 'queue', year, filter], queryFn: () => indexApi.queue(year, filter), retry: false });
export const useStaffReport = (id: string | null) => useQuery({ queryKey: [...KEY, 'staff-report', id], queryFn: () => indexApi.staffReport(id!), enabled: Boolean(id) });
export const useResults = (year: number, cluster?: ResultsCluster) =>
  useQuery({ queryKey: [...KEY, 'results', year, cluster ?? ''], queryFn: () => indexApi.results(year, cluster), retry: false });

/** Every index write refreshes every index read (the scores depend on every row). */
export function useIndexMutation<A, R>(fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: KEY }) });
}
