import type { HistoricalImportBody, HistoricalImportReport, HistoricalUpload } from '../../../../common/historical-import';
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

export const commitHistorical = (fileId: string, body: HistoricalImportBody) => api.post<HistoricalImportReport>(`/api/historical-imports/${fileId}/commit`, body);
