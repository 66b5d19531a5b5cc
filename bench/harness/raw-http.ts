import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { NATIONAL_PASSWORD } from '../generator/accounts.js';

/**
 * A request on its own connection (no keep-alive pool): for scenarios that send a long request and
 * probe the server with others while it runs (import-guard, historical-import).
 */
const CSRF = 'bench-csrf-token-0123456789abcdef';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
}

export function send(baseUrl: string, options: http.RequestOptions, payload?: Buffer | string, onSent?: () => void): Promise<Answer> {
  const url = new URL(baseUrl);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, agent: false, ...options }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }),
      );
    });
    request.on('error', reject);
    request.end(payload, onSent);
  });
}

/** Signs a national data set account in; the session cookie and CSRF token for later requests. */
export async function signIn(baseUrl: string, email: string): Promise<{ cookie: string; csrf: string }> {
  const answer = await send(
    baseUrl,
    { method: 'POST', path: '/api/auth/login', headers: { 'content-type': 'application/json', cookie: `simpul_csrf=${CSRF}`, 'x-csrf-token': CSRF } },
    JSON.stringify({ email, password: NATIONAL_PASSWORD }),
  );
  if (answer.status !== 200) throw new Error(`sign-in failed: ${answer.status} ${answer.body}`);
  const cookies = ([] as string[]).concat(answer.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!);
  return { cookie: cookies.join('; '), csrf: (JSON.parse(answer.body) as { csrfToken: string }).csrfToken };
}

/** A multipart/form-data body with one file in field `file`, and its content type. */
export function multipartFile(filename: string, contentType: string, bytes: Buffer): { body: Buffer; type: string } {
  const boundary = '----simpulbenchupload';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}
