import { api, apiUrl, ApiError } from '../../../api/client';
import { postFile } from '../../../api/upload';
import { i18n } from '../../../i18n';
import type { WorkflowTransition } from '../../../../common/catalog';
import type {
  Category,
  CaseQuery,
  CategoryChange,
  CategoryListQuery,
  CreatedInnovation,
  DuplicateCandidate,
  DuplicatesQuestion,
  ExportQuery,
  ImportQuery,
  ImportReport,
  ImportTemplateQuery,
  InnovationChange,
  InnovationView,
  NewCategory,
  NewInnovation,
  ReviewNote,
  SearchParams,
  SearchResponse,
  StatusConfirmation,
  VersionEntry,
  WorkspaceItem,
  WorkspaceQuery,
} from './catalog-types';

const base = (id: string) => `/api/innovations/${encodeURIComponent(id)}`;

export function searchCatalog(params: SearchParams, signal?: AbortSignal): Promise<SearchResponse> {
  return api.get('/api/innovations', params, signal);
}

/** Download links keep the search: the same filters produce the file. */
export function exportUrl(params: SearchParams, format: ExportQuery['format']): string {
  const { page: _page, pageSize: _pageSize, ...filters } = params;
  return apiUrl('/api/innovations/export', { ...filters, format });
}

export const caseUrl = (id: string, format: CaseQuery['format']) => apiUrl(`${base(id)}/case`, { format });
export const documentUrl = (id: string, documentId: string) => `${base(id)}/documents/${encodeURIComponent(documentId)}`;
export const templateUrl = (format: ImportTemplateQuery['format']) => apiUrl('/api/innovations/import/template', { format });

export const fetchInnovation = (id: string, signal?: AbortSignal) => api.get<InnovationView>(base(id), undefined, signal);
export const fetchHistory = (id: string, signal?: AbortSignal) => api.get<{ items: VersionEntry[] }>(`${base(id)}/versions`, undefined, signal);
export const fetchCategories = (signal?: AbortSignal, all = false) =>
  api.get<{ items: Category[] }>('/api/innovation-categories', all ? ({ all: 'true' } satisfies CategoryListQuery) : undefined, signal);
export const fetchWorkspace = (query: WorkspaceQuery, signal?: AbortSignal) => api.get<{ items: WorkspaceItem[]; total: number }>('/api/innovations/workspace', query, signal);
export const fetchReminders = (signal?: AbortSignal) => api.get<{ items: WorkspaceItem[] }>('/api/innovations/reminders', undefined, signal);

export const createInnovation = (input: NewInnovation) => api.post<CreatedInnovation>('/api/innovations', input);
export const updateInnovation = (id: string, input: InnovationChange) => api.patch<InnovationView>(base(id), input);
export const deleteInnovation = (id: string) => api.delete<void>(base(id));
export const findDuplicates = (body: DuplicatesQuestion) => api.post<{ items: DuplicateCandidate[] }>('/api/innovations/duplicates', body);

/** The workflow moves (common/catalog.ts); approve takes an optional note, return and unpublish a required one. */
export type Transition = WorkflowTransition;
export const transition = (id: string, action: Transition, note?: string) =>
  api.post<InnovationView>(`${base(id)}/${action}`, action === 'submit' ? undefined : note ? ({ note } satisfies ReviewNote) : {});
export const confirmStatus = (id: string, body: StatusConfirmation) => api.post<InnovationView>(`${base(id)}/confirm-status`, body);
export const removeDocument = (id: string, documentId: string) => api.delete<InnovationView>(documentUrl(id, documentId));

export const createCategory = (body: NewCategory) => api.post<Category>('/api/innovation-categories', body);
export const updateCategory = (id: number, body: CategoryChange) => api.patch<Category>(`/api/innovation-categories/${id}`, body);

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
  const query: ImportQuery = { dryRun: options.dryRun ? 'true' : 'false', publish: options.publish ? 'true' : 'false' };
  const url = apiUrl('/api/innovations/import', query);
  const { status, body } = await postFile<ImportReport | { error: { code: string; message: string; details?: ImportReport } }>(url, file);
  if (status < 400) return body as ImportReport;
  const error = (body as { error?: { code: string; message: string; details?: ImportReport } })?.error;
  if (error?.code === 'IMPORT_INVALID' && error.details) throw new ImportRejected(error.details, error.message);
  throw new ApiError(error?.code ?? 'BAD_RESPONSE', error?.message ?? i18n.t('common:errors.unexpected'), status);
}
