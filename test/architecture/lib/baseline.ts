import { expect } from 'vitest';

/**
 * Compares what a check found with its baseline: anything new fails (fix it), and anything
 * listed but gone fails too (delete its line), so the baseline stays an exact, shrinking list.
 */
export function expectExactlyBaseline(found: readonly string[], baseline: readonly string[], what: string): void {
  const known = new Set(baseline);
  const seen = new Set(found);
  const added = [...seen].filter((f) => !known.has(f)).sort();
  const gone = [...known].filter((b) => !seen.has(b)).sort();
  const report = [
    ...(added.length ? [`New ${what} (fix them; the baseline only shrinks):`, ...added.map((a) => `  + ${a}`)] : []),
    ...(gone.length ? [`Fixed ${what} still in the baseline (delete these lines):`, ...gone.map((g) => `  - ${g}`)] : []),
  ].join('\n');
  expect(report, report).toBe('');
  expect(found.length, `${what}: a file or pair is listed twice in the findings`).toBe(seen.size);
}
