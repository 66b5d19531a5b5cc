import { NATIONAL_EMAIL_DOMAIN, NATIONAL_PASSWORD } from '../generator/accounts.js';
import { timedRequest, type HttpRequestSpec } from '../harness/http-client.js';
import { measureHttpScenario } from '../harness/http-scenario.js';
import type { Metric } from '../harness/results.js';
import type { EngineContext, EngineScenario } from '../harness/scenario.js';
import { CATALOG_QUERIES, catalogSearchPath } from './catalog-queries.js';

/**
 * What compressing `/api` answers costs and saves (src/server/http/compression.ts): a catalog
 * search page and an admin list (the ministry's account list, 25 rows as the web asks), each
 * fetched without `accept-encoding` (as before compression existed, or a client that asks for
 * none), with gzip only, and with a browser's `gzip, deflate, br` (brotli wins). Every variant
 * gets the full HTTP measurement, so the bytes on the wire sit next to the latency they cost.
 */
const CSRF = 'bench-csrf-token-0123456789abcdef';
const ADMIN_EMAIL = `sekretariat@${NATIONAL_EMAIL_DOMAIN}`;
const LIST_PAGE_SIZE = 25;

const ENCODINGS = [
  { label: 'identity', header: null },
  { label: 'gzip', header: 'gzip' },
  { label: 'br', header: 'gzip, deflate, br' },
] as const;

export const apiCompressionScenario: EngineScenario = {
  kind: 'engine',
  id: 'api-compression',
  title: 'API compression: catalog search page and admin list, without and with accept-encoding',
  requiresTables: ['innovations', 'users'],
  async run(ctx) {
    const searches = CATALOG_QUERIES.slice(0, ctx.profile.quick ? 10 : 20).map((q) => ({ path: catalogSearchPath(q), headers: { 'accept-language': 'id' } }));
    const cookie = await signInAsMinistry(ctx);
    const userPages = Array.from({ length: ctx.profile.quick ? 5 : 10 }, (_, i) => ({
      path: `/api/users?page=${i + 1}&pageSize=${LIST_PAGE_SIZE}`,
      headers: { 'accept-language': 'id', cookie },
    }));

    const metrics: Metric[] = [];
    const details: Record<string, unknown> = {};
    for (const [list, requests] of [
      ['search', searches],
      ['users', userPages],
    ] as const) {
      for (const encoding of ENCODINGS) {
        const key = `${list}-${encoding.label}`;
        const withEncoding: HttpRequestSpec[] = requests.map((r) => ({ ...r, headers: { ...r.headers, ...(encoding.header ? { 'accept-encoding': encoding.header } : {}) } }));
        const measured = await measureHttpScenario(ctx, { key, requests: withEncoding, databaseCeiling: false });
        metrics.push(...measured.metrics.map((m) => ({ ...m, name: `${list} ${encoding.label}: ${m.name}` })));
        details[key] = measured.details;
      }
    }
    return { metrics, details };
  },
};

/** One session of the national data set's ministry account (the double-submit CSRF pair is made up). */
async function signInAsMinistry(ctx: EngineContext): Promise<string> {
  const response = await timedRequest(ctx.server.baseUrl, {
    method: 'POST',
    path: '/api/auth/login',
    headers: { 'content-type': 'application/json', cookie: `simpul_csrf=${CSRF}`, 'x-csrf-token': CSRF },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: NATIONAL_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${ADMIN_EMAIL} answered ${response.status}: ${response.body.slice(0, 200)}`);
  const setCookie = [response.headers['set-cookie'] ?? []].flat();
  const session = setCookie.map((c) => /^simpul_session=([^;]+)/.exec(c)?.[1]).find(Boolean);
  if (!session) throw new Error('sign-in set no session cookie');
  return `simpul_session=${session}`;
}
