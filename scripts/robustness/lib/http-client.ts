/**
 * A minimal browser stand-in over fetch: a cookie jar and the CSRF header, as the web app sends
 * them. Used by the crash, multi-instance and backup scripts against real server processes.
 */
export interface RequestOptions {
  headers?: Record<string, string>;
  as?: { sessionToken: string; csrfToken: string };
  timeoutMs?: number;
}

export class HttpClient {
  private cookies = new Map<string, string>();
  csrfToken = '';

  constructor(public baseUrl: string) {}

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** Copies this client's session into another (e.g. to use one session on another instance). */
  cloneTo(baseUrl: string): HttpClient {
    const copy = new HttpClient(baseUrl);
    for (const [k, v] of this.cookies) copy.cookies.set(k, v);
    copy.csrfToken = this.csrfToken;
    return copy;
  }

  /**
   * One JSON request. `as` sends it in another session (a cookie token and its CSRF token) instead
   * of this client's own, so a workload can act as many users through one (possibly tracked) client.
   */
  async request(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<{ status: number; json: any }> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    const cookie = options.as ? `simpul_session=${options.as.sessionToken}` : this.cookieHeader();
    if (cookie) headers.cookie = cookie;
    if (method !== 'GET') headers['x-csrf-token'] = options.as ? options.as.csrfToken : this.csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
    if (!options.as) this.remember(response);
    const text = await response.text();
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = { raw: text.slice(0, 200) };
    }
    return { status: response.status, json };
  }

  async signIn(email: string, password: string): Promise<void> {
    const me = await this.request('GET', '/api/auth/me');
    this.csrfToken = me.json.csrfToken;
    const login = await this.request('POST', '/api/auth/login', { email, password });
    if (login.status !== 200) throw new Error(`sign-in as ${email} failed: ${login.status} ${JSON.stringify(login.json)}`);
    this.csrfToken = login.json.csrfToken;
  }
}
