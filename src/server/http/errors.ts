import { z } from 'zod';

/**
 * The one error type. Every refusal carries a stable machine code and a message in Bahasa
 * Indonesia and English; the error handler picks the language from `Accept-Language`.
 */
export interface LocalizedText {
  id: string;
  en: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: LocalizedText,
    /** Extra machine-readable detail (e.g. which field), safe to show the client. */
    readonly details?: unknown,
    /** Response headers that belong to the refusal (e.g. `retry-after` on a 429). */
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(text.en);
    this.name = 'AppError';
  }
}

export const errors = {
  badRequest: (code: string, text: LocalizedText, details?: unknown) => new AppError(400, code, text, details),
  validation: (text: LocalizedText, details?: unknown) => new AppError(400, 'VALIDATION_FAILED', text, details),
  unauthenticated: () =>
    new AppError(401, 'UNAUTHENTICATED', {
      id: 'Silakan masuk terlebih dahulu.',
      en: 'Please sign in first.',
    }),
  forbidden: () =>
    new AppError(403, 'FORBIDDEN', {
      id: 'Anda tidak memiliki akses untuk tindakan ini.',
      en: 'You are not allowed to do this.',
    }),
  notFound: (what: LocalizedText = { id: 'Data', en: 'Record' }) =>
    new AppError(404, 'NOT_FOUND', {
      id: `${what.id} tidak ditemukan.`,
      en: `${what.en} not found.`,
    }),
  conflict: (code: string, text: LocalizedText, details?: unknown) => new AppError(409, code, text, details),
  /** 429 with `retry-after` (whole seconds, at least 1) so clients and proxies know when to come back. */
  tooManyRequests: (code: string, text: LocalizedText, retryAfterSeconds: number, details: Record<string, unknown> = {}) => {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    return new AppError(429, code, text, { ...details, retryAfterSeconds: seconds }, { 'retry-after': String(seconds) });
  },
  csrf: () =>
    new AppError(403, 'CSRF_TOKEN_INVALID', {
      id: 'Token keamanan (CSRF) tidak ada atau tidak cocok. Muat ulang halaman lalu coba lagi.',
      en: 'The security (CSRF) token is missing or does not match. Reload the page and try again.',
    }),
};

/** The body of every refusal, for routes' response schemas (400, 401, 403, 404, 409 …). */
export const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** The refusal statuses a route documents (each answers `errorResponse`). */
export type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

/**
 * The documented refusals of a route's `response` schema, one place for every module:
 * `response: { 200: shape, ...refusals(400, 401, 403, 404) }` — each status answers `errorResponse`.
 */
export function refusals<const S extends readonly RefusalStatus[]>(...statuses: S): { [K in S[number]]: typeof errorResponse } {
  return Object.fromEntries(statuses.map((s) => [s, errorResponse])) as { [K in S[number]]: typeof errorResponse };
}

export type Language = 'id' | 'en';

/** Bahasa Indonesia unless the client prefers English over Indonesian. */
export function pickLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'id';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim(), q: q ? Number.parseFloat(q.split('=')[1] ?? '1') || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('id') || tag.startsWith('in')) return 'id';
    if (tag.startsWith('en')) return 'en';
  }
  return 'id';
}
