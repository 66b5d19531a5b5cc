/**
 * Strings that have broken web applications before: markup and script (stored XSS), SQL
 * fragments, path traversal, control characters (a NUL byte is refused by PostgreSQL's text type),
 * Unicode edge cases (lone surrogates, right-to-left overrides, combining marks), template and
 * prototype keys. The fuzzer mixes them into every free-text field, parameter and header.
 */
export const XSS_PAYLOADS = [
  '<script>window.__simpulXss=1</script>',
  '"><img src=x onerror="window.__simpulXss=1">',
  "'><svg onload=fetch('/xss-hit')>",
  'javascript:window.__simpulXss=1',
  '<iframe srcdoc="<script>parent.__simpulXss=1</script>"></iframe>',
  '{{constructor.constructor("window.__simpulXss=1")()}}',
] as const;

export const SQL_INJECTION = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  "Robert'); DROP TABLE agencies;--",
  '1; SELECT pg_sleep(5)--',
  "' UNION SELECT password_hash FROM users --",
  '%_\\%',
  '$$; select 1; $$',
] as const;

export const PATH_TRAVERSAL = ['../../../../etc/passwd', '..\\..\\windows\\win.ini', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/etc/passwd\u0000.png', '....//....//x'] as const;

export const ODD_UNICODE = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF\uD800',
  '\u202Egnp.exe',
  'Z̴̧̛̛a̶̡l̷g̸o̵',
  '\uFEFF',
  '𝕊𝕚𝕞𝕡𝕦𝕝 😀',
  '\r\nSet-Cookie: x=1',
  ' ',
  '',
  '__proto__',
  'constructor',
  'NaN',
  '-0',
  '1e309',
  'null',
  'undefined',
] as const;

export const HOSTILE_STRINGS: readonly string[] = [...XSS_PAYLOADS, ...SQL_INJECTION, ...PATH_TRAVERSAL, ...ODD_UNICODE];
