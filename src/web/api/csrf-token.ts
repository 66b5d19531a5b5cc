/**
 * The CSRF token of the current session, as last returned by `GET /api/auth/me` or login.
 * The auth state writes it; the API client sends it as `x-csrf-token` on every non-GET request.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}
