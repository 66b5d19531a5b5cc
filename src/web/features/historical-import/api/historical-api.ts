import type { HistoricalImportBody, HistoricalImportJob, HistoricalImportReport, HistoricalUpload } from '../../../../common/historical-import';
import { api } from '../../../api/client';
import { ApiError } from '../../../api/api-error';
import { postFile } from '../../../api/upload';
import { i18n } from '../../../i18n';

/** The ministry's historical import wizard: upload, dry run, commit. */
export async function uploadHistoricalFile(file: File): Promise<HistoricalUpload> {
  const { status, body } = await postFile<HistoricalUpload | { error: { code: string; message: string } }>('/api/historical-imports', file);
  if (status >= 400) {
    const error = (body as { error?: { code: string; message: string } })?.error;
    throw new ApiError(error?.code ?? 'BAD_RESPONSE', error?.message ?? i18n.t('common:errors.unexpected'), status);
  }
  return body as HistoricalUpload;
}

export const previewHistorical = (fileId: string, body: HistoricalImportBody) => api.post<HistoricalImportReport>(`/api/historical-imports/${fileId}/preview`, body);

/**
 * The commit runs as a background job on the server: start it, then poll its progress until it
 * ends with the report, or throw its error (nothing was written).
 */
export async function commitHistorical(fileId: string, body: HistoricalImportBody, onProgress: (job: HistoricalImportJob) => void): Promise<HistoricalImportReport> {
  let job = await api.post<HistoricalImportJob>(`/api/historical-imports/${fileId}/commit`, body);
  onProgress(job);
  while (job.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 700));
    job = await api.get<HistoricalImportJob>(`/api/historical-imports/jobs/${job.id}`);
    onProgress(job);
  }
  if (job.status === 'failed' || !job.report) throw new ApiError(job.error?.code ?? 'IMPORT_FAILED', job.error?.message ?? i18n.t('common:errors.unexpected'), 500);
  return job.report;
}
