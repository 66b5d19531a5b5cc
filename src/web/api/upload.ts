import { currentLanguage, i18n } from '../i18n';
import { ApiError } from './api-error';
import { getCsrfToken } from './csrf-token';

/**
 * A multipart POST of one file in the field `file` (the JSON client cannot send files). Resolves
 * with the status and the parsed body whatever the status, so an import's 400 row report reaches
 * the page; rejects only when the server cannot be reached.
 */
export async function postFile<T>(url: string, file: File): Promise<{ status: number; body: T }> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers = new Headers({ Accept: 'application/json', 'Accept-Language': currentLanguage() });
  const token = getCsrfToken();
  if (token) headers.set('x-csrf-token', token);
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', credentials: 'same-origin', headers, body: form });
  } catch {
    throw new ApiError('NETWORK_ERROR', i18n.t('common:errors.network'), 0);
  }
  const body = (await response.json().catch(() => undefined)) as T;
  return { status: response.status, body };
}
