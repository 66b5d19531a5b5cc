import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { solveReviewerAssignment } from '../../src/server/modules/evaluation/domain/index.js';
import { compareResults, findPreviousResults, worsening } from '../../bench/harness/compare.js';
import { renderMarkdown } from '../../bench/harness/markdown.js';
import type { BenchResults, ScenarioResult } from '../../bench/harness/results.js';
import { percentile, summarise } from '../../bench/harness/stats.js';
import { negativeCycleImprovement, ruleViolations } from '../../bench/scenarios/evaluation/assignment-checks.js';
import { compareWithBruteForce } from '../../bench/scenarios/evaluation/assignment-scenario.js';

const results = (scenarios: ScenarioResult[]): BenchResults => ({
  version: 1,
  mode: 'quick',
  startedAt: '2026-11-22T00:00:00.000Z',
  finishedAt: '2026-11-22T00:01:00.000Z',
  machine: { cpuModel: 'test', cpus: 2, memoryGb: 4, node: 'v20', platform: 'Linux', loadAverage: '0', commit: 'abc', dirty: false },
  dataset: { seed: 1, innovations: 100, proposalScale: 1 },
  engines: {},
  scenarios,
});
const search = (p50: number, rps: number): ScenarioResult => ({
  id: 'catalog-search',
  title: 'Catalog search',
  engine: 'postgres',
  durationMs: 1,
  metrics: [
    {
      name: 'latency p50',
      value: p50,
      unit: 'ms',
      better: 'lower',
      ceilings: [
        { kind: 'framework', value: 1 },
        { kind: 'database', value: p50 / 2 },
      ],
    },
    { name: 'throughput @16', value: rps, unit: 'req/s', better: 'higher' },
    { name: 'response size', value: 9000, unit: 'bytes', better: 'none' },
  ],
});

describe('benchmark statistics', () => {
  it('interpolates percentiles between ranks', () => {
    expect(percentile([1, 2, 3, 4, 5], 50)).toBe(3);
    expect(percentile([10, 20], 95)).toBeCloseTo(19.5);
    expect(summarise([5, 1, 3]).p50).toBe(3);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
  });
});

describe('comparison with the previous run', () => {
  it('flags a figure more than 20% worse in its own direction only', () => {
    expect(worsening(10, 12.5, 'lower')).toBeCloseTo(0.25);
    expect(worsening(100, 70, 'higher')).toBeCloseTo(0.3);
    expect(worsening(10, 8, 'lower')).toBeLessThan(0);
    const { regressions, compared } = compareResults(results([search(10, 100)]), results([search(12.5, 90)]));
    expect(compared).toBe(2); // "none" figures (sizes) are facts, not compared
    expect(regressions.map((r) => r.key)).toEqual(['catalog-search · postgres · latency p50']);
    expect(compareResults(results([search(10, 100)]), results([search(11.9, 81)])).regressions).toEqual([]);
  });

  it('takes as baseline the newest run of the same mode on the same data set', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-compare-'));
    try {
      const write = (name: string, r: BenchResults) => fs.writeFileSync(path.join(dir, name), JSON.stringify(r));
      write('2026-01-01.json', results([search(10, 100)]));
      write('2026-01-02.json', { ...results([search(11, 100)]), dataset: { seed: 1, innovations: 8000, proposalScale: 1 } });
      write('2026-01-03.json', { ...results([search(12, 100)]), mode: 'full' });
      fs.writeFileSync(path.join(dir, '2026-01-04.json'), 'not json');
      const found = findPreviousResults(dir, results([]), null);
      expect(path.basename(found!.file)).toBe('2026-01-01.json');
      expect(findPreviousResults(dir, { ...results([]), mode: 'tiny' }, null)).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('renders ratios to the ceilings and marks regressions in the Markdown report', () => {
    const current = results([search(12.5, 90)]);
    current.comparison = { previousFile: 'before.json', ...compareResults(results([search(10, 100)]), current) };
    const markdown = renderMarkdown(current);
    expect(markdown).toContain('framework 1 (×12.5)');
    expect(markdown).toContain('database 6.25 (×2)');
    expect(markdown).toContain('>20% worse');
    expect(markdown).toContain('1 figure(s) got more than 20% worse than in `before.json`');
  });
});

describe('independent checks of the reviewer assignment', () => {
  const problem = {
    proposals: [
      { id: 'p1', categoryId: 'a', reviewersRequired: 1 },
      { id: 'p2', categoryId: 'b', reviewersRequired: 1 },
    ],
    evaluators: [
      { id: 'e1', maxProposals: 2, expertiseCategoryIds: ['a'] },
      { id: 'e2', maxProposals: 2, expertiseCategoryIds: ['b'] },
    ],
    conflicts: [],
  };

  it('certifies the solver optimal and finds the improving cycle of a worse assignment', () => {
    const solved = solveReviewerAssignment(problem);
    if (!solved.feasible) throw new Error('feasible by construction');
    expect(negativeCycleImprovement(problem, solved.assignments)).toBe(0);
    const swapped = [
      { evaluatorId: 'e2', proposalId: 'p1' },
      { evaluatorId: 'e1', proposalId: 'p2' },
    ];
    expect(negativeCycleImprovement(problem, swapped)).toBeLessThan(0);
    expect(ruleViolations(problem, swapped)).toEqual({ coverage: 0, overCapacity: 0, conflicted: 0 });
    expect(ruleViolations({ ...problem, conflicts: [{ evaluatorId: 'e2', proposalId: 'p1' }] }, swapped).conflicted).toBe(1);
  });

  it('agrees with brute force on small random rounds', () => {
    const small = compareWithBruteForce(25);
    expect(small.disagreements).toEqual([]);
    expect(small.agreed).toBe(25);
    expect(small.feasibleCases).toBeGreaterThan(10);
  });
});
