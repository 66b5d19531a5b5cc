import { performance } from 'node:perf_hooks';
import { hashPassword, verifyPassword } from '../../src/server/auth/password.js';
import { NATIONAL_PASSWORD } from '../generator/accounts.js';
import { measureHttpScenario } from '../harness/http-scenario.js';
import type { EngineScenario } from '../harness/scenario.js';
import { summarise } from '../harness/stats.js';

/**
 * Signing in (`POST /api/auth/login`) as distinct UPP operators of the national data set. Each
 * sign-in verifies an Argon2id hash (deliberately ~tens of ms of CPU) and creates a session, so
 * the Argon2 verification time alone is reported next to it as the floor the login cannot beat.
 * No database ceiling: the scenario writes (sessions), and replaying writes is not a measurement.
 */
const CSRF = 'bench-csrf-token-0123456789abcdef';

export const loginScenario: EngineScenario = {
  kind: 'engine',
  id: 'login',
  title: 'Sign-in (Argon2id + new session)',
  async run(ctx) {
    const rows = await ctx.server.query<{ email: string }>(
      "select email from users where role = 'agency_operator' and email like '%@nasional.simpul.test' order by email limit $1",
      [ctx.profile.quick ? 200 : 2000],
    );
    if (rows.length === 0) throw new Error('no operator accounts of the national data set');
    const toRequest = (email: string) => ({
      method: 'POST' as const,
      path: '/api/auth/login',
      headers: { 'content-type': 'application/json', cookie: `simpul_csrf=${CSRF}`, 'x-csrf-token': CSRF, 'accept-language': 'id' },
      body: JSON.stringify({ email, password: NATIONAL_PASSWORD }),
    });
    const requests = rows.slice(0, ctx.profile.quick ? 10 : 30).map((r) => toRequest(r.email));
    const loadRequests = rows.map((r) => toRequest(r.email));
    const { metrics, details } = await measureHttpScenario(ctx, { key: 'login', requests, loadRequests, databaseCeiling: false });

    const hash = await hashPassword(NATIONAL_PASSWORD);
    const argon: number[] = [];
    for (let i = 0; i < (ctx.profile.quick ? 10 : 30); i++) {
      const started = performance.now();
      await verifyPassword(hash, NATIONAL_PASSWORD);
      argon.push(performance.now() - started);
    }
    metrics.push({ name: 'Argon2id verify alone p50', value: summarise(argon).p50, unit: 'ms', better: 'none', note: 'in the runner process; the floor of any sign-in' });
    return { metrics, details };
  },
};
