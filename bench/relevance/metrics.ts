import { JUDGED_QUERIES, type JudgedQuery, type QueryKind } from './judged-queries.js';

/**
 * recall@10 and nDCG@10 of a judged query set (binary relevance: a judged record, or any record
 * satisfying the query's rule). recall@k: the relevant results among the first k over the number
 * of relevant records (capped by k); nDCG@k: the discounted gain of the first k over the best
 * possible order.
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

export interface ResultItem {
  readonly title: string;
  readonly summary: string;
}

/** Whether a record satisfies a query's rule (every pattern matches its title and summary). */
export function matchesRule(query: JudgedQuery, item: ResultItem): boolean {
  const text = `${item.title} ${item.summary}`;
  return query.rule.every((pattern) => new RegExp(pattern, 'i').test(text));
}

/**
 * Scores one query's first results. A result is relevant when it is one of the query's judged
 * records or satisfies its rule; `otherRelevant` is how many records outside the judged ones
 * satisfy the rule (counted in the database), so recall is over everything relevant, capped at K.
 */
export function scoreQuery(
  query: JudgedQuery,
  items: readonly ResultItem[],
  titleToKey: ReadonlyMap<string, string>,
  otherRelevant: number,
  suggestion: string | null = null,
): QueryScore {
  const top = items.slice(0, K);
  const keys = top.map((item) => titleToKey.get(item.title) ?? null);
  const positions = query.relevant.map((key) => keys.indexOf(key) + 1);
  const gains = top.map((item, i) => (query.relevant.includes(keys[i] ?? '') || matchesRule(query, item) ? 1 : 0));
  const found = gains.reduce<number>((a, b) => a + b, 0);
  const relevantTotal = Math.min(K, query.relevant.length + otherRelevant);
  const dcg = gains.reduce<number>((sum, g, i) => sum + g / Math.log2(i + 2), 0);
  let ideal = 0;
  for (let i = 0; i < relevantTotal; i++) ideal += 1 / Math.log2(i + 2);
  return {
    q: query.q,
    kind: query.kind,
    recall: relevantTotal > 0 ? Math.min(1, found / relevantTotal) : 1,
    ndcg: ideal > 0 ? Math.min(1, dcg / ideal) : 1,
    positions,
    suggestion,
  };
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
 * Runs the judged set through `search` (the first results and the suggestion) and scores it;
 * `countOthers(query)` counts the published records outside the judged ones that satisfy the
 * query's rule.
 */
export async function evaluateRelevance(
  search: (q: string) => Promise<{ items: ResultItem[]; suggestion: string | null }>,
  titleToKey: ReadonlyMap<string, string>,
  countOthers: (query: JudgedQuery) => Promise<number>,
  queries: readonly JudgedQuery[] = JUDGED_QUERIES,
): Promise<{ summary: RelevanceSummary; scores: QueryScore[] }> {
  const scores: QueryScore[] = [];
  for (const query of queries) {
    const { items, suggestion } = await search(query.q);
    scores.push(scoreQuery(query, items, titleToKey, await countOthers(query), suggestion));
  }
  return { summary: summarize(scores), scores };
}
