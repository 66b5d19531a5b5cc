import { measureHttpScenario } from '../harness/http-scenario.js';
import type { EngineScenario } from '../harness/scenario.js';
import { CATALOG_QUERIES, catalogSearchPath } from './catalog-queries.js';

/** Issue #3/#6: the public catalog search over the national data set (50 queries with facets). */
export const catalogSearchScenario: EngineScenario = {
  kind: 'engine',
  id: 'catalog-search',
  title: 'Catalog search: 50 realistic queries with facets',
  requiresTables: ['innovations'],
  async run(ctx) {
    const requests = CATALOG_QUERIES.map((q) => ({ path: catalogSearchPath(q), headers: { 'accept-language': 'id' } }));
    const { metrics, details } = await measureHttpScenario(ctx, { key: 'search', requests, databaseCeiling: true });
    return { metrics, details: { ...details, queries: CATALOG_QUERIES.length } };
  },
};
