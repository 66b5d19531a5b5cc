export const SESSION_COOKIE = 'simpul_session';
export const CSRF_COOKIE = 'simpul_csrf';
