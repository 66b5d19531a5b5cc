import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * A browser stand-in for `inject()`: keeps cookies between requests and sends the CSRF token on
 * state-changing calls, like the web app does.
 */
export class Agent {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;

  constructor(
    private readonly app: FastifyInstance,
    private readonly language = 'id',
  ) {}

  private remember(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const expired = (cookie.expires && cookie.expires.getTime() <= Date.now()) || cookie.maxAge === 0 || cookie.value === '';
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(
    method: Method,
    url: string,
    options: { body?: unknown; headers?: Record<string, string>; csrf?: boolean; rawBody?: string | Buffer } = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { 'accept-language': this.language, ...options.headers };
    if (this.cookies.size > 0) headers.cookie = this.cookieHeader();
    if (method !== 'GET' && options.csrf !== false && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    let payload: string | Buffer | undefined = options.rawBody;
    if (options.body !== undefined) {
      payload = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await this.app.inject({ method, url, headers, payload });
    this.remember(response);
    return response;
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request('GET', url, { headers });
  }
  post(url: string, body?: unknown, options: { csrf?: boolean; headers?: Record<string, string> } = {}) {
    return this.request('POST', url, { body, ...options });
  }
  patch(url: string, body?: unknown, options: { csrf?: boolean } = {}) {
    return this.request('PATCH', url, { body, ...options });
  }
  delete(url: string, options: { csrf?: boolean } = {}) {
    return this.request('DELETE', url, options);
  }

  /** Fetches the anonymous CSRF token (and cookie), as the web app does on load. */
  async prime(): Promise<this> {
    const response = await this.get('/api/auth/me');
    this.csrfToken = (response.json() as { csrfToken: string }).csrfToken;
    return this;
  }

  async signIn(email: string, password: string): Promise<LightMyRequestResponse> {
    if (!this.csrfToken) await this.prime();
    const response = await this.post('/api/auth/login', { email, password });
    if (response.statusCode === 200) this.csrfToken = (response.json() as { csrfToken: string }).csrfToken;
    return response;
  }
}
