import { currentLanguage, i18n } from '../i18n';
import { ApiError, CLIENT_ERROR_CODES, parseRetryAfter } from './api-error';
import { getCsrfToken } from './csrf-token';

export { ApiError, isApiError } from './api-error';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

export interface ApiRequest {
  method?: Method;
  /** Sent as JSON. */
  body?: unknown;
  /** Appended as a query string; empty, null and undefined values are left out. */
  query?: QueryParams;
  signal?: AbortSignal;
}

export const CSRF_HEADER = 'x-csrf-token';

/** Builds `/api/...?a=b`, leaving out empty parameters. */
export function apiUrl(path: string, query?: QueryParams): string {
  if (!path.startsWith('/api/')) throw new Error(`API paths start with /api/: ${path}`);
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

function buildHeaders(method: Method, hasBody: boolean): Headers {
  const headers = new Headers({
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
  });
  if (hasBody) headers.set('Content-Type', 'application/json');
  if (method !== 'GET') {
    const token = getCsrfToken();
    if (token) headers.set(CSRF_HEADER, token);
  }
  return headers;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(response: Response, body: unknown): ApiError {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = (body as { error: unknown }).error;
    if (typeof error === 'object' && error !== null) {
      const { code, message } = error as { code?: unknown; message?: unknown };
      if (typeof code === 'string') {
        return new ApiError(code, typeof message === 'string' && message ? message : i18n.t('common:errors.unexpected'), response.status, retryAfter);
      }
    }
  }
  return new ApiError(`${CLIENT_ERROR_CODES.badResponse}_${response.status}`, i18n.t('common:errors.unexpected'), response.status, retryAfter);
}

/**
 * Calls the Simpul API on the same origin. Resolves with the parsed JSON body (undefined for
 * 204), rejects with an {@link ApiError} for any non-2xx answer or when the server is unreachable.
 */
export async function apiRequest<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const method = request.method ?? 'GET';
  const hasBody = request.body !== undefined;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, request.query), {
      method,
      credentials: 'same-origin',
      headers: buildHeaders(method, hasBody),
      body: hasBody ? JSON.stringify(request.body) : null,
      signal: request.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(CLIENT_ERROR_CODES.network, i18n.t('common:errors.network'), 0);
  }
  const body = response.status === 204 ? undefined : await readJson(response);
  if (!response.ok) throw toApiError(response, body);
  return body as T;
}

export const api = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) => apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  delete: <T>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};
