import { describe, expect, it } from 'vitest';
import { IMPORT_BASELINE } from './import-rules-baseline.js';
import { expectExactlyBaseline } from './lib/baseline.js';
import { findImportViolations, key, loadImportRules } from './lib/cruise-sources.js';

/**
 * The import rules of `.dependency-cruiser.cjs` over src/ (web imports no server code, modules use
 * no other module's repository, lower layers import no module, routes and services build no
 * queries, no import cycles), against the BASELINE of today's exceptions.
 */
describe('import rules (dependency-cruiser)', () => {
  it('finds exactly the baselined violations: none new, none fixed but still listed', async () => {
    const found = (await findImportViolations()).map(key);
    const baseline = IMPORT_BASELINE.map(([rule, from, to]) => key({ rule, from, to }));
    expectExactlyBaseline(found, baseline, 'import-rule violations');
  }, 120_000);

  it('baselines only rules that exist, and each pair once', () => {
    const rules = new Set((loadImportRules().forbidden ?? []).map((r) => r.name));
    for (const [rule] of IMPORT_BASELINE) expect(rules.has(rule), rule).toBe(true);
    const keys = IMPORT_BASELINE.map(([rule, from, to]) => key({ rule, from, to }));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
