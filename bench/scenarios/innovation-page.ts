import { measureHttpScenario } from '../harness/http-scenario.js';
import type { EngineScenario } from '../harness/scenario.js';

/** One published innovation as the public page loads it (`GET /api/innovations/:id`). */
export const innovationPageScenario: EngineScenario = {
  kind: 'engine',
  id: 'innovation-page',
  title: 'Innovation page (public profile)',
  requiresTables: ['innovations'],
  async run(ctx) {
    const count = ctx.profile.quick ? 30 : 200;
    // A fixed, spread-out sample: ordering by a hash of the id is stable across runs and engines.
    const rows = await ctx.server.query<{ id: string }>('select id from innovations where published order by md5(id::text) limit $1', [count]);
    if (rows.length === 0) throw new Error('no published innovation to open');
    const requests = rows.map((r) => ({ path: `/api/innovations/${r.id}`, headers: { 'accept-language': 'id' } }));
    return measureHttpScenario(ctx, { key: 'innovation', requests, databaseCeiling: true });
  },
};
