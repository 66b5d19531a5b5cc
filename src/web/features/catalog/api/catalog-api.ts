import { api, apiUrl, ApiError, type QueryParams } from '../../../api/client';
import { postFile } from '../../../api/upload';
import { i18n } from '../../../i18n';
import type { Category, DuplicateCandidate, ImportReport, InnovationView, SearchParams, SearchResponse, VersionEntry, WorkspaceItem } from './catalog-types';
import type { InnovationProfile } from '../../../../common/catalog';

const base = (id: string) => `/api/innovations/${encodeURIComponent(id)}`;

export function searchCatalog(params: SearchParams, signal?: AbortSignal): Promise<SearchResponse> {
  return api.get('/api/innovations', params as QueryParams, signal);
}

/** Download links keep the search: the same filters produce the file. */
export function exportUrl(params: SearchParams, format: 'csv' | 'xlsx'): string {
  const { page: _page, ...filters } = params;
  return apiUrl('/api/innovations/export', { ...(filters as QueryParams), format });
}

export const caseUrl = (id: string, format: 'md' | 'pdf') => apiUrl(`${base(id)}/case`, { format });
export const documentUrl = (id: string, documentId: string) => `${base(id)}/documents/${encodeURIComponent(documentId)}`;
export const templateUrl = (format: 'csv' | 'xlsx') => apiUrl('/api/innovations/import/template', { format });

export const fetchInnovation = (id: string, signal?: AbortSignal) => api.get<InnovationView>(base(id), undefined, signal);
export const fetchHistory = (id: string, signal?: AbortSignal) => api.get<{ items: VersionEntry[] }>(`${base(id)}/versions`, undefined, signal);
export const fetchCategories = (signal?: AbortSignal, all = false) => api.get<{ items: Category[] }>('/api/innovation-categories', all ? { all: 'true' } : undefined, signal);
export const fetchWorkspace = (query: { q?: string; state?: string; page?: number; pageSize?: number }, signal?: AbortSignal) =>
  api.get<{ items: WorkspaceItem[]; total: number }>('/api/innovations/workspace', query, signal);
export const fetchReminders = (signal?: AbortSignal) => api.get<{ items: WorkspaceItem[] }>('/api/innovations/reminders', undefined, signal);

export const createInnovation = (input: InnovationProfile) => api.post<{ innovation: InnovationView; duplicates: DuplicateCandidate[] }>('/api/innovations', input);
export const updateInnovation = (id: string, input: Partial<InnovationProfile> & { expectedVersion?: number }) => api.patch<InnovationView>(base(id), input);
export const deleteInnovation = (id: string) => api.delete<void>(base(id));
export const findDuplicates = (body: { title: string; summary?: string; excludeId?: string }) => api.post<{ items: DuplicateCandidate[] }>('/api/innovations/duplicates', body);

export type Transition = 'submit' | 'approve' | 'return' | 'unpublish';
export const transition = (id: string, action: Transition, note?: string) =>
  api.post<InnovationView>(`${base(id)}/${action}`, action === 'submit' ? undefined : note ? { note } : {});
export const confirmStatus = (id: string, body: { status: 'running' | 'stopped'; stoppedReason?: string }) => api.post<InnovationView>(`${base(id)}/confirm-status`, body);
export const removeDocument = (id: string, documentId: string) => api.delete<InnovationView>(documentUrl(id, documentId));

export const createCategory = (body: { code: string; nameId: string; nameEn: string; position?: number }) => api.post<Category>('/api/innovation-categories', body);
export const updateCategory = (id: number, body: Partial<{ nameId: string; nameEn: string; position: number; active: boolean }>) =>
  api.patch<Category>(`/api/innovation-categories/${id}`, body);

export class ImportRejected extends Error {
  constructor(
    readonly report: ImportReport,
    message: string,
  ) {
    super(message);
  }
}

export async function uploadDocument(id: string, file: File): Promise<InnovationView> {
  const { status, body } = await postFile<InnovationView | { error: { code: string; message: string } }>(`${base(id)}/documents`, file);
  if (status >= 400) {
    const error = (body as { error?: { code: string; message: string } })?.error;
    throw new ApiError(error?.code ?? 'BAD_RESPONSE', error?.message ?? i18n.t('common:errors.unexpected'), status);
  }
  return body as InnovationView;
}

/** Runs (or only checks) an import; a file with problems rejects with the full row report. */
export async function importFile(file: File, options: { dryRun: boolean; publish: boolean }): Promise<ImportReport> {
  const url = apiUrl('/api/innovations/import', { dryRun: String(options.dryRun), publish: String(options.publish) });
  const { status, body } = await postFile<ImportReport | { error: { code: string; message: string; details?: ImportReport } }>(url, file);
  if (status < 400) return body as ImportReport;
  const error = (body as { error?: { code: string; message: string; details?: ImportReport } })?.error;
  if (error?.code === 'IMPORT_INVALID' && error.details) throw new ImportRejected(error.details, error.message);
  throw new ApiError(error?.code ?? 'BAD_RESPONSE', error?.message ?? i18n.t('common:errors.unexpected'), status);
}
