import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Cluster, IndexScore, LocalText, ModelConfig, Predicate, ReportStatus, RowStatus } from '../../../../common/innovation-index';
import { api, apiUrl } from '../../../api/client';

/** The index API as the web reads it (shapes from src/common/innovation-index.ts; dates as ISO strings). */

export interface Evidence {
  id: string;
  evidenceType: string;
  kind: 'file' | 'link' | 'video_link';
  url: string | null;
  filename: string | null;
  platformFact: boolean;
}
export interface ReportRowView {
  id: string;
  indicatorCode: string;
  innovationId: string | null;
  claimedLevel: number;
  status: RowStatus;
  verifiedLevel: number | null;
  rejectReason: string | null;
  answer: string | null;
  answerDueAt: string | null;
  evidenceCount: number;
  evidence: Evidence[];
}
export interface Report {
  id: string;
  year: number;
  regionCode: string;
  status: ReportStatus;
  innovations: { id: string; title: string; affair: string | null; replicationRegions: number; suggestedReplicationLevel: number | null }[];
  rows: ReportRowView[];
  claimed: IndexScore;
  verified: IndexScore;
  gap: number;
  warnings: { code: string; message: LocalText }[];
}
export interface ModelIndicator {
  code: string;
  no: number;
  aspect: 'spd' | 'sid';
  name: LocalText;
  weight: number;
  mandatory: boolean;
  levels: { level: number; text: LocalText }[];
  evidenceTypes: string[];
}
export interface Model {
  year: number;
  status: 'draft' | 'published';
  windowOpensAt: string | null;
  windowClosesAt: string | null;
  config: { k: number; indicators: ModelIndicator[] };
}
/** A model as the index team edits it: the whole configuration. */
export interface FullModel extends Omit<Model, 'config'> {
  id: string;
  config: ModelConfig;
  resultsPublishedAt: string | null;
  copiedFrom: string | null;
}
export interface ResultItem {
  regionCode: string;
  regionName: string;
  clusters: Cluster[];
  rank: number | null;
  verifiedIid: number;
  predicate: Predicate;
  claimedIid: number;
  gap: number;
  disclaimer: string | null;
  innovations: number;
}
export interface QueueItem {
  reportId: string;
  regionCode: string;
  regionName: string;
  status: ReportStatus;
  pending: number;
  accepted: number;
  rejected: number;
  corrected: number;
}

export const indexApi = {
  model: (year: number) => api.get<Model>(`/api/index/models/${year}`),
  models: () => api.get<{ items: FullModel[] }>('/api/index/models'),
  fullModel: (year: number) => api.get<FullModel>(`/api/index/models/${year}`),
  createModel: (year: number, copyFromYear?: number) => api.post<FullModel>('/api/index/models', { year, copyFromYear }),
  changeModel: (year: number, config: ModelConfig) => api.put<FullModel>(`/api/index/models/${year}`, { config }),
  publishModel: (year: number) => api.post<FullModel>(`/api/index/models/${year}/publish`),
  computeResults: (year: number) => api.post<{ regions: number }>(`/api/index/${year}/results/compute`),
  publishResults: (year: number) => api.post<FullModel>(`/api/index/${year}/results/publish`),
  setWindow: (year: number, opensAt: string, closesAt: string) => api.put<FullModel>(`/api/index/models/${year}/window`, { opensAt, closesAt }),
  report: (year: number) => api.get<{ report: Report | null }>(`/api/index/${year}/report`),
  available: (year: number) => api.get<{ items: { id: string; title: string }[] }>(`/api/index/${year}/report/available`),
  addInnovation: (year: number, innovationId: string) => api.post<Report>(`/api/index/${year}/report/innovations`, { innovationId }),
  setLevel: (year: number, body: { indicatorCode: string; innovationId: string | null; level: number; usePlatformFact?: boolean }) =>
    api.put<Report>(`/api/index/${year}/report/levels`, body),
  addLink: (year: number, rowId: string, body: { evidenceType: string; url: string }) => api.post<Report>(`/api/index/${year}/report/rows/${rowId}/links`, body),
  answer: (year: number, rowId: string, answer: string) => api.post<Report>(`/api/index/${year}/report/rows/${rowId}/answer`, { answer }),
  ready: (year: number) => api.post<Report>(`/api/index/${year}/report/ready`),
  review: (year: number, decision: 'send' | 'return') => api.post<Report>(`/api/index/${year}/report/review`, { decision }),
  queue: (year: number, filter: { province?: string; cluster?: string; status?: string }) => api.get<{ items: QueueItem[]; total: number }>(`/api/index/${year}/queue`, filter),
  staffReport: (id: string) => api.get<Report>(`/api/index/reports/${id}`),
  decide: (id: string, rowId: string, body: { decision: 'accept' | 'reject' | 'correct'; level?: number; reason?: string }) =>
    api.post<Report>(`/api/index/reports/${id}/rows/${rowId}/decision`, body),
  finish: (id: string) => api.post<Report>(`/api/index/reports/${id}/finish`),
  results: (year: number, cluster?: string) => api.get<{ year: number; publishedAt: string | null; items: ResultItem[] }>(`/api/index/${year}/results`, { cluster }),
  resultsXlsx: (year: number, cluster?: string) => apiUrl(`/api/index/${year}/results.xlsx`, { cluster }),
  cardPdf: (year: number, code: string) => apiUrl(`/api/index/${year}/results/${code}/card.pdf`),
};

const KEY = ['innovation-index'] as const;
export const useModel = (year: number) => useQuery({ queryKey: [...KEY, 'model', year], queryFn: () => indexApi.model(year), retry: false });
export const useModels = () => useQuery({ queryKey: [...KEY, 'models'], queryFn: () => indexApi.models() });
export const useFullModel = (year: number | null) => useQuery({ queryKey: [...KEY, 'full-model', year], queryFn: () => indexApi.fullModel(year!), enabled: year !== null });
export const useOwnReport = (year: number) => useQuery({ queryKey: [...KEY, 'report', year], queryFn: () => indexApi.report(year), retry: false });
export const useAvailable = (year: number) => useQuery({ queryKey: [...KEY, 'available', year], queryFn: () => indexApi.available(year), retry: false });
export const useQueue = (year: number, filter: { province?: string; cluster?: string; status?: string }) =>
  useQuery({ queryKey: [...KEY, 'queue', year, filter], queryFn: () => indexApi.queue(year, filter), retry: false });
export const useStaffReport = (id: string | null) => useQuery({ queryKey: [...KEY, 'staff-report', id], queryFn: () => indexApi.staffReport(id!), enabled: Boolean(id) });
export const useResults = (year: number, cluster?: string) =>
  useQuery({ queryKey: [...KEY, 'results', year, cluster ?? ''], queryFn: () => indexApi.results(year, cluster), retry: false });

/** Every index write refreshes every index read (the scores depend on every row). */
export function useIndexMutation<A, R>(fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: KEY }) });
}
