import fs from 'node:fs';
import path from 'node:path';
import { type BenchResults, metricKey, type Regression } from './results.js';

/** A figure that got this much worse than in the previous run is flagged. */
export const REGRESSION_THRESHOLD = 0.2;

/**
 * The newest earlier results file of the same mode measured on the same data set (a quick run
 * compares with quick runs; figures on 5,000 innovations say nothing about 100,000).
 */
export function findPreviousResults(dir: string, current: Pick<BenchResults, 'mode' | 'dataset'>, excludeFile: string | null): { file: string; results: BenchResults } | null {
  if (!fs.existsSync(dir)) return null;
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => path.join(dir, f))
    .filter((f) => f !== excludeFile)
    .sort()
    .reverse();
  for (const file of files) {
    try {
      const results = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResults;
      const same = results.dataset && JSON.stringify(results.dataset) === JSON.stringify(current.dataset);
      if (results.version === 1 && results.mode === current.mode && same) return { file, results };
    } catch {
      // An unreadable or foreign file is not a baseline.
    }
  }
  return null;
}

export function compareResults(previous: BenchResults, current: BenchResults, threshold = REGRESSION_THRESHOLD): { regressions: Regression[]; compared: number } {
  const before = new Map<string, number>();
  for (const s of previous.scenarios) for (const m of s.metrics) before.set(metricKey(s, m), m.value);
  const regressions: Regression[] = [];
  let compared = 0;
  for (const s of current.scenarios) {
    for (const m of s.metrics) {
      const old = before.get(metricKey(s, m));
      if (old === undefined || m.better === 'none' || !Number.isFinite(old) || !Number.isFinite(m.value)) continue;
      compared++;
      const worseBy = worsening(old, m.value, m.better);
      if (worseBy > threshold) regressions.push({ key: metricKey(s, m), previous: old, current: m.value, unit: m.unit, worseBy });
    }
  }
  return { regressions, compared };
}

/** Relative change in the bad direction; negative or zero when the figure held or improved. */
export function worsening(previous: number, current: number, better: 'lower' | 'higher'): number {
  if (previous === 0) return current === 0 ? 0 : better === 'lower' ? (current > 0 ? Number.POSITIVE_INFINITY : 0) : 0;
  const change = (current - previous) / Math.abs(previous);
  return better === 'lower' ? change : -change;
}
