import { JUDGED_QUERIES, type JudgedQuery, type QueryKind } from './judged-queries.js';

/**
 * recall@10 and nDCG@10 of a judged query set (binary relevance). recall@k: the share of a
 * query's judged records found in its first k results (capped by k); nDCG@k: the discounted
 * gain of the judged records' positions, over the best possible order.
 */
export const K = 10;

export interface QueryScore {
  readonly q: string;
  readonly kind: QueryKind;
  readonly recall: number;
  readonly ndcg: number;
  /** Positions (1-based) of the judged records found in the first K, in judged order; 0: missing. */
  readonly positions: number[];
  readonly suggestion: string | null;
}

export function scoreQuery(query: JudgedQuery, resultKeys: readonly (string | null)[], suggestion: string | null = null): QueryScore {
  const top = resultKeys.slice(0, K);
  const positions = query.relevant.map((key) => top.indexOf(key) + 1);
  const found = positions.filter((p) => p > 0).length;
  const recall = found / Math.min(K, query.relevant.length);
  const dcg = positions.filter((p) => p > 0).reduce((sum, p) => sum + 1 / Math.log2(p + 1), 0);
  const ideal = query.relevant.slice(0, K).reduce((sum, _key, i) => sum + 1 / Math.log2(i + 2), 0);
  return { q: query.q, kind: query.kind, recall, ndcg: ideal > 0 ? dcg / ideal : 0, positions, suggestion };
}

export interface RelevanceSummary {
  readonly queries: number;
  readonly recallAt10: number;
  readonly ndcgAt10: number;
  readonly byKind: Record<string, { queries: number; recallAt10: number; ndcgAt10: number }>;
  readonly missed: string[];
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const round = (x: number) => Math.round(x * 1000) / 1000;

export function summarize(scores: readonly QueryScore[]): RelevanceSummary {
  const byKind: RelevanceSummary['byKind'] = {};
  for (const kind of new Set(scores.map((s) => s.kind))) {
    const of = scores.filter((s) => s.kind === kind);
    byKind[kind] = { queries: of.length, recallAt10: round(mean(of.map((s) => s.recall))), ndcgAt10: round(mean(of.map((s) => s.ndcg))) };
  }
  return {
    queries: scores.length,
    recallAt10: round(mean(scores.map((s) => s.recall))),
    ndcgAt10: round(mean(scores.map((s) => s.ndcg))),
    byKind,
    missed: scores.filter((s) => s.recall < 1).map((s) => s.q),
  };
}

/**
 * Runs the judged set through `search` (a function returning the titles of the first results
 * and the suggestion) and scores it; `titleToKey` maps a judged record's title to its key.
 */
export async function evaluateRelevance(
  search: (q: string) => Promise<{ titles: string[]; suggestion: string | null }>,
  titleToKey: ReadonlyMap<string, string>,
  queries: readonly JudgedQuery[] = JUDGED_QUERIES,
): Promise<{ summary: RelevanceSummary; scores: QueryScore[] }> {
  const scores: QueryScore[] = [];
  for (const query of queries) {
    const { titles, suggestion } = await search(query.q);
    scores.push(scoreQuery(query, titles.map((t) => titleToKey.get(t) ?? null), suggestion));
  }
  return { summary: summarize(scores), scores };
}
