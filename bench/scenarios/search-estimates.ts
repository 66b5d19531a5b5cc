import { timedRequest } from '../harness/http-client.js';
import type { Metric } from '../harness/results.js';
import type { EngineScenario } from '../harness/scenario.js';
import { catalogSearchPath } from './catalog-queries.js';

/**
 * Issue #13.7: how far the catalog's estimated totals are from the exact counts. Broad queries
 * (words with no synonym group and no correction, so the app's match is exactly the word's
 * `phraseto_tsquery`; facets alone) are counted exactly on the raw driver and compared with the
 * API's `total` when it says `approximate`. An estimate above the published total is counted
 * separately (it must never happen).
 */
const CASES: readonly { query: Record<string, string>; where: string; parameters: unknown[] }[] = [
  ...['pelayanan', 'masyarakat', 'desa', 'warga', 'inovasi', 'kesehatan', 'layanan', 'data', 'program', 'aplikasi'].map((word) => ({
    query: { q: word },
    where: "search_vector @@ phraseto_tsquery('indonesian', simpul_unaccent($1))",
    parameters: [word],
  })),
  { query: { q: 'pelayanan', province: '35' }, where: "province_code = '35' and search_vector @@ phraseto_tsquery('indonesian', simpul_unaccent($1))", parameters: ['pelayanan'] },
  { query: { province: '35' }, where: "province_code = '35'", parameters: [] },
  { query: { province: '32' }, where: "province_code = '32'", parameters: [] },
  { query: { sdg: '3' }, where: 'sdgs && array[3]::smallint[]', parameters: [] },
  { query: {}, where: 'true', parameters: [] },
];

export const searchEstimatesScenario: EngineScenario = {
  kind: 'engine',
  id: 'search-estimates',
  title: 'Catalog search: estimated totals against exact counts',
  requiresTables: ['innovations'],
  async run(ctx) {
    const [published] = await ctx.server.query<{ n: string }>('select count(*)::text as n from innovations where published');
    const publishedTotal = Number(published!.n);
    const rows: { query: Record<string, string>; estimate: number; exact: number; approximate: boolean; errorPercent: number }[] = [];
    for (const c of CASES) {
      const response = await timedRequest(ctx.server.baseUrl, { path: catalogSearchPath({ ...c.query, pageSize: '10' }), headers: { 'accept-language': 'id' } });
      if (response.status !== 200) throw new Error(`${JSON.stringify(c.query)} answered ${response.status}`);
      const body = JSON.parse(response.body) as { total: number; approximate: boolean };
      const [exact] = await ctx.server.query<{ n: string }>(`select count(*)::text as n from innovations where published and ${c.where}`, c.parameters);
      const n = Number(exact!.n);
      rows.push({ query: c.query, estimate: body.total, exact: n, approximate: body.approximate, errorPercent: n > 0 ? (100 * (body.total - n)) / n : 0 });
    }
    const estimated = rows.filter((r) => r.approximate);
    const abs = estimated.map((r) => Math.abs(r.errorPercent));
    const metrics: Metric[] = [
      { name: 'estimated totals', value: estimated.length, unit: 'queries', better: 'none' },
      { name: 'estimate error max', value: abs.length ? Math.round(Math.max(...abs) * 10) / 10 : 0, unit: '%', better: 'lower' },
      { name: 'estimate error mean', value: abs.length ? Math.round((abs.reduce((a, b) => a + b, 0) / abs.length) * 10) / 10 : 0, unit: '%', better: 'lower' },
      { name: 'estimates above the published total', value: rows.filter((r) => r.estimate > publishedTotal).length, unit: 'queries', better: 'lower' },
    ];
    return { metrics, details: { publishedTotal, rows } };
  },
};
