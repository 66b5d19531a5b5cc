import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import type { Role } from '../../../src/common/roles.js';
import type { Database } from '../../../src/server/db/schema.js';
import { buildUser, TEST_PASSWORD } from '../../helpers/factories.js';
import type { FuzzRequest } from './fuzz-request.js';

/**
 * A browser the fuzzer drives: anonymous or signed in with one role, with its own cookie jar and
 * client address (so one identity's failed sign-ins do not throttle another's). The fuzzer may
 * sign it out, deactivate it or change its role through the API; `restore()` puts it back.
 */
export class FuzzIdentity {
  private cookies = new Map<string, string>();
  csrfToken = '';
  private restores = 0;

  private constructor(
    private readonly app: FastifyInstance,
    private readonly db: Kysely<Database>,
    readonly label: string,
    readonly role: Role | null,
    readonly user: { id: string; email: string; role: Role; agency_id: string | null } | null,
    private readonly ip: string,
  ) {}

  static async anonymous(app: FastifyInstance, db: Kysely<Database>, ip: string): Promise<FuzzIdentity> {
    const identity = new FuzzIdentity(app, db, 'anonymous', null, null, ip);
    await identity.prime();
    return identity;
  }

  static async signedIn(app: FastifyInstance, db: Kysely<Database>, role: Role, ip: string, agencyId?: string): Promise<FuzzIdentity> {
    const user = await buildUser(db, { role, ...(agencyId ? { agencyId } : {}) });
    const identity = new FuzzIdentity(app, db, role, role, user, ip);
    await identity.signIn();
    return identity;
  }

  private remember(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const expired = (cookie.expires && cookie.expires.getTime() <= Date.now()) || cookie.maxAge === 0 || cookie.value === '';
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }

  private cookieHeader(): string | undefined {
    return this.cookies.size > 0 ? [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') : undefined;
  }

  async send(request: FuzzRequest): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...request.headers };
    // A forged cookie header replaces the jar for this one request, and its answer's cookies are
    // not kept: the identity stays who it was.
    const forgedCookie = request.headers.cookie !== undefined;
    const cookie = this.cookieHeader();
    if (cookie && !forgedCookie) headers.cookie = cookie;
    if (request.csrf === 'real' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    if (request.csrf === 'forged') headers['x-csrf-token'] = 'forged-token-0123456789abcdefghijklmnopqrstuv';
    const response = await this.app.inject({
      method: request.method as 'GET',
      url: request.url,
      headers,
      remoteAddress: this.ip,
      ...(request.payload !== undefined ? { payload: request.payload } : {}),
    });
    if (!forgedCookie) this.remember(response);
    return response;
  }

  private async prime(): Promise<void> {
    const response = await this.app.inject({ method: 'GET', url: '/api/auth/me', remoteAddress: this.ip, headers: { cookie: this.cookieHeader() ?? '' } });
    this.remember(response);
    this.csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  }

  private async signIn(): Promise<void> {
    await this.prime();
    // A fresh address per sign-in: the fuzzer's own failed sign-ins may have throttled the usual one.
    const response = await this.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: `10.250.${this.restores % 250}.${(this.restores++ % 250) + 1}`,
      headers: { 'content-type': 'application/json', 'x-csrf-token': this.csrfToken, cookie: this.cookieHeader() ?? '' },
      payload: JSON.stringify({ email: this.user!.email, password: TEST_PASSWORD }),
    });
    if (response.statusCode !== 200) throw new Error(`fuzz identity ${this.label} could not sign in: ${response.body}`);
    this.remember(response);
    this.csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  }

  /** True when the identity is no longer what it started as (signed out, deactivated, role changed). */
  async needsRestore(): Promise<boolean> {
    if (!this.user) return !this.cookies.has('simpul_csrf');
    const me = await this.app.inject({ method: 'GET', url: '/api/auth/me', remoteAddress: this.ip, headers: { cookie: this.cookieHeader() ?? '' } });
    const user = (me.json() as { user: { role: string; agencyId: string | null } | null }).user;
    return !user || user.role !== this.user.role || user.agencyId !== this.user.agency_id;
  }

  /** Undoes what the fuzzer did to this identity's own account and signs in again. */
  async restore(): Promise<void> {
    if (!this.user) {
      await this.prime();
      return;
    }
    await this.db.updateTable('users').set({ active: true, role: this.user.role, agency_id: this.user.agency_id }).where('id', '=', this.user.id).execute();
    // Failed sign-ins the fuzzer sent for this account would otherwise lock it out of its own restore.
    await this.db
      .deleteFrom('login_throttle')
      .where((eb) => eb.or([eb('key', 'like', 'login-%'), eb('key', '=', `ip:${this.ip}`)]))
      .execute();
    if (this.user.agency_id) await this.db.updateTable('agencies').set({ active: true }).where('id', '=', this.user.agency_id).execute();
    this.cookies.clear();
    await this.signIn();
  }
}
