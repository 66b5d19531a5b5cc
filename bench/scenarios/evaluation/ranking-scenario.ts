import { performance } from 'node:perf_hooks';
import {
  AGGREGATIONS,
  aggregateScores,
  type Criterion,
  compareAggregations,
  computeWeightedTotal,
  type EvaluatorScore,
  rankProposals,
  type SelectionCandidate,
  selectTop,
} from '../../../src/server/modules/evaluation/domain/index.js';
import { Rng } from '../../generator/rng.js';
import type { StandaloneScenario } from '../../harness/scenario.js';

/**
 * Issue #5: scoring and ranking a KIPP round with the evaluation module's pure functions.
 * 3,500 proposals × 3 evaluators × 5 criteria (the KIPP criteria, weights as a competition
 * might set them, 1–10 scale): weighted totals, aggregation (mean, median, harshness-normalised)
 * and the three rankings with their tie-break chain. Then a Top 99 under spread rules over
 * 3,000 ranked candidates (formerly a 3,000 ms limit inside selection.test.ts: timing lives here).
 */
export const KIPP_CRITERIA: readonly Criterion[] = [
  { id: 'kebaruan', weight: 25, scale: { kind: 'numeric', min: 1, max: 10 }, required: true, includedInTotal: true },
  { id: 'efektif', weight: 20, scale: { kind: 'numeric', min: 1, max: 10 }, required: true, includedInTotal: true },
  { id: 'bermanfaat', weight: 20, scale: { kind: 'numeric', min: 1, max: 10 }, required: true, includedInTotal: true },
  { id: 'replikasi', weight: 20, scale: { kind: 'numeric', min: 1, max: 10 }, required: true, includedInTotal: true },
  { id: 'berkelanjutan', weight: 15, scale: { kind: 'numeric', min: 1, max: 10 }, required: true, includedInTotal: true },
];

export const rankingScenario: StandaloneScenario = {
  kind: 'standalone',
  id: 'evaluation-ranking',
  title: 'Scoring, ranking and jury simulation: 3,500 proposals (1,000 in --quick) × 3 evaluators × 5 criteria',
  async run(ctx) {
    const proposals = ctx.profile.quick ? 1000 : 3500;
    const evaluators = 120;
    const rng = new Rng(ctx.dataset.seed, 0x5c0e, 0);
    const harshness = Array.from({ length: evaluators }, () => rng.normal(0, 1));
    const sheets: { proposalId: string; evaluatorId: string; sheet: Record<string, number> }[] = [];
    for (let p = 0; p < proposals; p++) {
      const quality = rng.normal(6, 1.5);
      for (const e of rng.sample(
        Array.from({ length: evaluators }, (_, i) => i),
        3,
      )) {
        const sheet: Record<string, number> = {};
        for (const c of KIPP_CRITERIA) sheet[c.id] = Math.min(10, Math.max(1, Math.round(quality + harshness[e]! + rng.normal(0, 1))));
        sheets.push({ proposalId: `P${p + 1}`, evaluatorId: `E${e}`, sheet });
      }
    }

    const started = performance.now();
    const scores: EvaluatorScore[] = sheets.map((s) => {
      const total = computeWeightedTotal(KIPP_CRITERIA, s.sheet);
      if (!total.ok) throw new Error(`sheet refused: ${JSON.stringify(total.errors)}`);
      return { proposalId: s.proposalId, evaluatorId: s.evaluatorId, score: total.total };
    });
    const totalsMs = performance.now() - started;
    const aggregation = aggregateScores(scores, { scale: { min: 0, max: 100 } });
    const aggregateMs = performance.now() - started - totalsMs;
    const rankable = aggregation.proposals.map((a) => ({ ...a, proposalNumber: Number(a.proposalId.slice(1)) }));
    for (const basis of AGGREGATIONS) rankProposals(rankable, { basis });
    const totalMs = performance.now() - started;

    const selection = measureTopSelection();

    const juries = ctx.profile.quick ? 3 : 10;
    const juryStarted = performance.now();
    const comparison = compareAggregations(
      { proposals, evaluators, reviewersPerProposal: 3, harshnessSd: 8, noiseSd: 5 },
      Array.from({ length: juries }, (_, i) => ctx.dataset.seed + i),
    );
    const juryMs = performance.now() - juryStarted;
    return {
      metrics: [
        { name: 'score, aggregate and rank (total)', value: totalMs, unit: 'ms', better: 'lower' },
        { name: 'weighted totals', value: totalsMs, unit: 'ms', better: 'lower' },
        { name: 'aggregation', value: aggregateMs, unit: 'ms', better: 'lower' },
        { name: 'Kendall tau, mean', value: comparison.averageTau.mean, unit: 'tau', better: 'higher' },
        { name: 'Kendall tau, median', value: comparison.averageTau.median, unit: 'tau', better: 'higher' },
        { name: 'Kendall tau, normalised', value: comparison.averageTau.normalised, unit: 'tau', better: 'higher' },
        { name: 'jury simulations time', value: juryMs, unit: 'ms', better: 'none' },
        { name: 'Top 99 selection with spread rules (3,000 ranked)', value: selection.ms, unit: 'ms', better: 'lower' },
      ],
      details: {
        proposals,
        evaluators,
        sheets: sheets.length,
        criteria: KIPP_CRITERIA.map((c) => `${c.id} ${c.weight}`),
        disagreements: aggregation.proposals.filter((a) => a.disagreement).length,
        selection: { candidates: 3000, size: 99, selected: selection.selected, rules: 'min 5 per category (10), replikasi ≥ 20, khusus ≥ 10, ≤ 5 per province (38), 3T ≥ 12' },
        jury: { simulations: juries, proposals, evaluators, reviewersPerProposal: 3, harshnessSd: 8, noiseSd: 5, scale: '0-100' },
      },
    };
  },
};

/** The national-size selection problem of selection.test.ts, timed. */
function measureTopSelection(): { ms: number; selected: number } {
  const provinces = Array.from({ length: 38 }, (_, i) => String(11 + i));
  const ranked: SelectionCandidate[] = Array.from({ length: 3000 }, (_, i) => ({
    proposalId: `p${i}`,
    categoryId: `cat${(i * 7) % 10}`,
    groupId: ['umum', 'replikasi', 'khusus'][(i * 13) % 3]!,
    provinceCode: provinces[(i * 11) % 38]!,
    remote3T: i % 17 === 0,
  }));
  const started = performance.now();
  const result = selectTop(ranked, {
    size: 99,
    minPerCategory: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`cat${i}`, 5])),
    minPerGroup: { replikasi: 20, khusus: 10 },
    maxPerProvince: 5,
    minRemote3T: 12,
  });
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(`selection infeasible: ${JSON.stringify(result.problems)}`);
  return { ms, selected: result.selected.length };
}
