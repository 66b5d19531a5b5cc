import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EvaluatorScore, aggregateScores } from './aggregation.js';

const s = (proposalId: string, evaluatorId: string, score: number): EvaluatorScore => ({
  proposalId,
  evaluatorId,
  score,
});
const scale = { min: 0, max: 100 };

describe('aggregateScores', () => {
  it('summarises each proposal: count, mean, median, spread, disagreement', () => {
    const { proposals } = aggregateScores([s('p1', 'a', 60), s('p1', 'b', 70), s('p1', 'c', 95), s('p2', 'a', 50), s('p2', 'b', 55)], { scale, disagreementThreshold: 30 });
    expect(proposals[0]).toMatchObject({
      proposalId: 'p1',
      count: 3,
      median: 70,
      min: 60,
      max: 95,
      range: 35,
    });
    expect(proposals[0]!.mean).toBeCloseTo(75, 10);
    expect(proposals[0]!.stdDev).toBeCloseTo(Math.sqrt(650 / 3), 10);
    expect(proposals[0]!.disagreement).toBe(true);
    expect(proposals[1]).toMatchObject({
      proposalId: 'p2',
      mean: 52.5,
      median: 52.5,
      disagreement: false,
    });
  });

  it('corrects a harsh evaluator: equal proposals judged by harsh vs lenient end up equal', () => {
    // Harsh "h" gives 20 points less than lenient "l" to proposals of the same quality.
    // p1 and p2 are equally good; p1 drew h, p2 drew l.
    const scores = [s('p1', 'h', 50), s('p2', 'l', 70), s('q1', 'h', 40), s('q1', 'l', 60), s('q2', 'h', 60), s('q2', 'l', 80)];
    const { proposals, evaluators } = aggregateScores(scores, { scale });
    const byId = new Map(proposals.map((p) => [p.proposalId, p]));
    expect(byId.get('p1')!.mean).toBeLessThan(byId.get('p2')!.mean);
    expect(byId.get('p1')!.normalised).toBeCloseTo(byId.get('p2')!.normalised, 10);
    expect(evaluators.find((e) => e.evaluatorId === 'h')!.leniency).toBeCloseTo(-10, 10);
  });

  it('leaves an evaluator with a single score unscaled and clamps to the scale', () => {
    const { evaluators, proposals } = aggregateScores([s('p1', 'once', 100), s('p1', 'a', 100), s('p2', 'a', 0)], { scale });
    expect(evaluators.find((e) => e.evaluatorId === 'once')!.standardised).toBe(false);
    for (const p of proposals) {
      expect(p.normalised).toBeGreaterThanOrEqual(0);
      expect(p.normalised).toBeLessThanOrEqual(100);
    }
  });

  it('floors the spread of an evaluator who gives everyone nearly the same score', () => {
    const { proposals } = aggregateScores([s('p1', 'flat', 80), s('p2', 'flat', 80.1), s('p1', 'b', 40), s('p2', 'b', 60)], { scale, sdFloor: 5 });
    // Without a floor "flat" would call the 0.1 difference two standard deviations.
    const gap = proposals[1]!.normalised - proposals[0]!.normalised;
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThan(20);
  });

  it('rejects out-of-scale scores and double evaluations', () => {
    expect(() => aggregateScores([s('p', 'a', 101)], { scale })).toThrow(/outside/);
    expect(() => aggregateScores([s('p', 'a', 1), s('p', 'a', 2)], { scale })).toThrow(/twice/);
    expect(aggregateScores([], { scale }).proposals).toEqual([]);
  });

  const jury = fc
    .record({
      proposals: fc.integer({ min: 2, max: 8 }),
      evaluators: fc.integer({ min: 2, max: 5 }),
      cells: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { freq: 3 }), {
        minLength: 40,
        maxLength: 40,
      }),
    })
    .map(({ proposals, evaluators, cells }) => {
      const scores: EvaluatorScore[] = [];
      for (let p = 0; p < proposals; p++) {
        for (let e = 0; e < evaluators; e++) {
          const v = cells[p * evaluators + e];
          if (v !== null && v !== undefined) scores.push(s(`p${p}`, `e${e}`, v));
        }
      }
      return scores;
    });

  it('keeps every statistic inside the scale and the input order irrelevant', () => {
    fc.assert(
      fc.property(jury, (scores) => {
        const result = aggregateScores(scores, { scale });
        const reversed = aggregateScores([...scores].reverse(), { scale });
        const sortById = <T extends { proposalId: string }>(xs: readonly T[]) => [...xs].sort((a, b) => a.proposalId.localeCompare(b.proposalId));
        const a = sortById(result.proposals);
        const b = sortById(reversed.proposals);
        a.forEach((p, i) => {
          expect(p.min).toBeLessThanOrEqual(p.median);
          expect(p.median).toBeLessThanOrEqual(p.max);
          expect(p.mean).toBeGreaterThanOrEqual(p.min - 1e-9);
          expect(p.mean).toBeLessThanOrEqual(p.max + 1e-9);
          expect(p.normalised).toBeGreaterThanOrEqual(0);
          expect(p.normalised).toBeLessThanOrEqual(100);
          expect(p.normalised).toBeCloseTo(b[i]!.normalised, 9);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('is blind to an evaluator being uniformly harsher or stricter in spread', () => {
    // Applying x -> a + b*x (b > 0) to one evaluator's scores leaves every z-score, hence the
    // normalised order, unchanged (wide scale so nothing is clamped, tiny floor so none binds).
    // Only standardised evaluators (2+ scores) are corrected, so single-score ones are dropped.
    const wide = { min: -1e6, max: 1e6 };
    fc.assert(
      fc.property(jury, fc.integer({ min: -40, max: 40 }), fc.double({ min: 0.5, max: 3, noNaN: true }), (raw, shift, stretch) => {
        const counts = new Map<string, number>();
        for (const x of raw) counts.set(x.evaluatorId, (counts.get(x.evaluatorId) ?? 0) + 1);
        const scores = raw.filter((x) => counts.get(x.evaluatorId)! >= 2);
        fc.pre(scores.length > 0);
        const options = { scale: wide, sdFloor: 1e-9 };
        const before = aggregateScores(scores, options);
        const moved = scores.map((x) => (x.evaluatorId === 'e0' ? { ...x, score: shift + stretch * x.score } : x));
        const after = aggregateScores(moved, options);
        // Back from the score scale to mean z: (normalised - globalMean) / global spread.
        const meanZ = (agg: typeof before) => {
          const spread = Math.max(agg.globalStdDev, 1e-9);
          return new Map(agg.proposals.map((p) => [p.proposalId, (p.normalised - agg.globalMean) / spread]));
        };
        const zBefore = meanZ(before);
        const zAfter = meanZ(after);
        for (const [id, z] of zBefore) expect(zAfter.get(id)!).toBeCloseTo(z, 6);
      }),
      { numRuns: 150 },
    );
  });
});
