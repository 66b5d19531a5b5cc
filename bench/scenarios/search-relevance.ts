import { timedRequest } from '../harness/http-client.js';
import type { Metric } from '../harness/results.js';
import type { EngineScenario } from '../harness/scenario.js';
import { percentile } from '../harness/stats.js';
import { corpusDelete, corpusInsert, ruleCount, TITLE_TO_KEY } from '../relevance/load-corpus.js';
import { evaluateRelevance, K } from '../relevance/metrics.js';

/**
 * Issue #13.5: recall@10 and nDCG@10 of the judged query set (bench/relevance) over the national
 * data set, with the judged records loaded among the generated ones (and removed afterwards);
 * generated records are judged by each query's rule (bench/relevance/judged-queries.ts),
 * next to the single-user p95 of those queries. Answers are cached per search generation, so
 * the first (cold) pass is the one timed.
 */
export const searchRelevanceScenario: EngineScenario = {
  kind: 'engine',
  id: 'search-relevance',
  title: 'Catalog search relevance: judged queries (recall@10, nDCG@10)',
  requiresTables: ['innovations'],
  async run(ctx) {
    const [agency] = await ctx.server.query<{ id: string; region_code: string }>("select id, region_code from agencies where region_code like '%.%' order by id limit 1");
    if (!agency) throw new Error('no regional agency to publish the judged records under');
    const insert = corpusInsert(agency.id, agency.region_code);
    await ctx.server.query(insert.sql, insert.parameters);
    const times: number[] = [];
    try {
      const { summary, scores } = await evaluateRelevance(
        async (q) => {
          const response = await timedRequest(ctx.server.baseUrl, { path: `/api/innovations?q=${encodeURIComponent(q)}&pageSize=${K}`, headers: { 'accept-language': 'id' } });
          if (response.status !== 200) throw new Error(`search ${q}: HTTP ${response.status}`);
          times.push(response.ms);
          const body = JSON.parse(response.body) as { items: { title: string; summary: string }[]; suggestion?: string | null };
          return { items: body.items, suggestion: body.suggestion ?? null };
        },
        TITLE_TO_KEY,
        async (query) => {
          const count = ruleCount(query.rule);
          const [row] = await ctx.server.query<{ n: number }>(count.sql, count.parameters);
          return Number(row?.n ?? 0);
        },
      );
      const sorted = [...times].sort((a, b) => a - b);
      const metrics: Metric[] = [
        { name: 'recall@10', value: summary.recallAt10, unit: 'ratio', better: 'higher' },
        { name: 'nDCG@10', value: summary.ndcgAt10, unit: 'ratio', better: 'higher' },
        { name: 'judged query p95 (cold)', value: Math.round(percentile(sorted, 95) * 10) / 10, unit: 'ms', better: 'lower' },
      ];
      for (const [kind, s] of Object.entries(summary.byKind)) metrics.push({ name: `recall@10 ${kind}`, value: s.recallAt10, unit: 'ratio', better: 'higher' });
      ctx.log(`search-relevance: recall@10 ${summary.recallAt10}, nDCG@10 ${summary.ndcgAt10}; missed: ${summary.missed.join(' | ')}`);
      return { metrics, details: { ...summary, scores } };
    } finally {
      const remove = corpusDelete();
      await ctx.server.query(remove.sql, remove.parameters);
    }
  },
};
