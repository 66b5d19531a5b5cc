/** Error codes produced by the client itself, when the server gave no `{error: {code}}` body. */
export const CLIENT_ERROR_CODES = {
  network: 'NETWORK_ERROR',
  badResponse: 'BAD_RESPONSE',
} as const;

/** An API failure, carrying the server's `{error: {code, message}}` and the HTTP status (0: no response). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: string;
  readonly status: number;
  /** From a 429's `retry-after`: seconds until the server takes the request again; null if not said. */
  readonly retryAfterSeconds: number | null;

  constructor(code: string, message: string, status: number, retryAfterSeconds: number | null = null) {
    super(message);
    this.code = code;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** `retry-after` is whole seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // HTTP dates are always in GMT ("Sun, 06 Nov 1994 08:49:37 GMT"); anything else is not one.
  const at = trimmed.endsWith('GMT') ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
