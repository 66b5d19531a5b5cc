import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SelectionCandidate, type SelectionRules, selectTop } from './selection.js';

const c = (id: string, categoryId: string, groupId = 'umum', provinceCode = '35', remote3T = false): SelectionCandidate => ({
  proposalId: id,
  categoryId,
  groupId,
  provinceCode,
  remote3T,
});

const ids = (result: ReturnType<typeof selectTop>) => (result.ok ? result.selected.map((s) => s.candidate.proposalId) : result.problems);

describe('selectTop', () => {
  it('is a plain cut at N without rules', () => {
    const ranked = [c('a', 'x'), c('b', 'x'), c('c', 'y')];
    expect(ids(selectTop(ranked, { size: 2 }))).toEqual(['a', 'b']);
  });

  it('brings in the best candidate of an under-represented category, displacing the last', () => {
    const ranked = [c('a', 'health'), c('b', 'health'), c('c', 'health'), c('d', 'education'), c('e', 'education')];
    const result = selectTop(ranked, { size: 3, minPerCategory: { education: 1 } });
    expect(ids(result)).toEqual(['a', 'b', 'd']);
    if (!result.ok) return;
    expect(result.selected[2]).toMatchObject({
      rank: 4,
      beyondPlainCut: true,
      countsToward: [{ type: 'category', id: 'education' }],
    });
    expect(result.passedOver).toEqual([{ candidate: ranked[2], rank: 3, reason: 'displaced-by-quota' }]);
  });

  it('spreads across provinces and fills from further down when a province is full', () => {
    const ranked = [c('a', 'x', 'umum', '35'), c('b', 'x', 'umum', '35'), c('c', 'x', 'umum', '35'), c('d', 'x', 'umum', '91')];
    const result = selectTop(ranked, { size: 3, maxPerProvince: 2 });
    expect(ids(result)).toEqual(['a', 'b', 'd']);
    if (result.ok) expect(result.passedOver.map((p) => p.reason)).toEqual(['province-cap']);
  });

  it('selects fewer than N only when caps and pool cannot fill N', () => {
    const result = selectTop([c('a', 'x', 'umum', '35'), c('b', 'x', 'umum', '35')], {
      size: 5,
      maxPerProvince: 1,
    });
    expect(result).toMatchObject({ ok: true, shortBy: 4 });
  });

  it('meets a 3T quota and a group minimum with one candidate when it serves both', () => {
    const ranked = [c('a', 'x'), c('b', 'x'), c('c', 'x', 'replikasi'), c('d', 'x', 'umum', '94', true), c('e', 'x', 'replikasi', '94', true)];
    expect(ids(selectTop(ranked, { size: 3, minPerGroup: { replikasi: 1 }, minRemote3T: 1 }))).toEqual(['a', 'b', 'e']);
  });

  it('names each rule that cannot be met', () => {
    const ranked = [c('a', 'x', 'umum', '35'), c('b', 'x', 'umum', '35'), c('c', 'y', 'umum', '35', true)];
    const result = selectTop(ranked, {
      size: 2,
      minPerCategory: { x: 1, y: 1, z: 1 },
      minRemote3T: 3,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          kind: 'not-enough-candidates',
          constraint: { type: 'category', id: 'z' },
          minimum: 1,
          available: 0,
        },
        { kind: 'minimum-exceeds-size', constraint: { type: 'remote3T' }, minimum: 3, size: 2 },
        { kind: 'minimums-exceed-size', family: 'category', totalMinimum: 3, size: 2 },
      ],
    });
  });

  it('detects rules that are each possible but impossible together', () => {
    // One slot: category y needs it, and so does the 3T quota, but the only 3T candidate is in x.
    const ranked = [c('a', 'x', 'umum', '35', true), c('b', 'y')];
    expect(selectTop(ranked, { size: 1, minPerCategory: { y: 1 }, minRemote3T: 1 })).toEqual({
      ok: false,
      problems: [
        {
          kind: 'minimums-jointly-infeasible',
          constraints: [{ type: 'category', id: 'y' }, { type: 'remote3T' }],
        },
      ],
    });
  });

  it('rejects malformed rules', () => {
    expect(() => selectTop([], { size: -1 })).toThrow(/size/);
    expect(() => selectTop([c('a', 'x'), c('a', 'x')], { size: 1 })).toThrow(/twice/);
  });

  // How long this takes is measured by `npm run bench` (evaluation-ranking), never asserted here.
  it('selects a full Top 99 from a national-size pool under every spread rule', () => {
    const provinces = Array.from({ length: 38 }, (_, i) => String(11 + i));
    const ranked = Array.from({ length: 3000 }, (_, i) =>
      c(`p${i}`, `cat${(i * 7) % 10}`, ['umum', 'replikasi', 'khusus'][(i * 13) % 3]!, provinces[(i * 11) % 38]!, i % 17 === 0),
    );
    const result = selectTop(ranked, {
      size: 99,
      minPerCategory: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`cat${i}`, 5])),
      minPerGroup: { replikasi: 20, khusus: 10 },
      maxPerProvince: 5,
      minRemote3T: 12,
    });
    expect(result.ok && result.selected.length).toBe(99);
    const chosen = result.ok ? result.selected.map((s) => s.candidate) : [];
    const count = (pred: (x: SelectionCandidate) => boolean) => chosen.filter(pred).length;
    for (let i = 0; i < 10; i++) expect(count((x) => x.categoryId === `cat${i}`)).toBeGreaterThanOrEqual(5);
    expect(count((x) => x.groupId === 'replikasi')).toBeGreaterThanOrEqual(20);
    expect(count((x) => x.groupId === 'khusus')).toBeGreaterThanOrEqual(10);
    for (const p of provinces) expect(count((x) => x.provinceCode === p)).toBeLessThanOrEqual(5);
    expect(count((x) => x.remote3T)).toBeGreaterThanOrEqual(12);
  });
});

// ---------------------------------------------------------------------------------------------
// Brute force over all subsets: the reference for feasibility and lexicographic optimality.

function isValid(chosen: readonly SelectionCandidate[], rules: SelectionRules): boolean {
  const count = (pred: (x: SelectionCandidate) => boolean) => chosen.filter(pred).length;
  for (const [id, min] of Object.entries(rules.minPerCategory ?? {})) if (count((x) => x.categoryId === id) < min) return false;
  for (const [id, min] of Object.entries(rules.minPerGroup ?? {})) if (count((x) => x.groupId === id) < min) return false;
  if (count((x) => x.remote3T) < (rules.minRemote3T ?? 0)) return false;
  if (rules.maxPerProvince !== undefined) {
    for (const p of new Set(chosen.map((x) => x.provinceCode))) {
      if (count((x) => x.provinceCode === p) > rules.maxPerProvince) return false;
    }
  }
  return true;
}

function bruteForce(ranked: readonly SelectionCandidate[], rules: SelectionRules): number[] | null {
  const provinces = new Set(ranked.map((x) => x.provinceCode));
  const fillable = [...provinces].reduce((sum, p) => sum + Math.min(rules.maxPerProvince ?? ranked.length, ranked.filter((x) => x.provinceCode === p).length), 0);
  const target = Math.min(rules.size, fillable);
  let best: number[] | null = null;
  const n = ranked.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const picked: number[] = [];
    for (let i = 0; i < n; i++) if (mask & (1 << i)) picked.push(i);
    if (
      picked.length !== target ||
      !isValid(
        picked.map((i) => ranked[i]!),
        rules,
      )
    )
      continue;
    if (best === null || lexLess(picked, best)) best = picked;
  }
  return best;
}

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

const instance = fc.record({
  ranked: fc
    .array(
      fc.record({
        categoryId: fc.constantFrom('A', 'B', 'C'),
        groupId: fc.constantFrom('umum', 'replikasi'),
        provinceCode: fc.constantFrom('11', '12', '13'),
        remote3T: fc.boolean(),
      }),
      { maxLength: 9 },
    )
    .map((rows) => rows.map((r, i) => ({ proposalId: `p${i}`, ...r }))),
  rules: fc.record(
    {
      size: fc.integer({ min: 0, max: 5 }),
      minPerCategory: fc.dictionary(fc.constantFrom('A', 'B', 'C'), fc.integer({ min: 0, max: 2 })),
      minPerGroup: fc.dictionary(fc.constantFrom('umum', 'replikasi'), fc.integer({ min: 0, max: 2 })),
      maxPerProvince: fc.integer({ min: 1, max: 3 }),
      minRemote3T: fc.integer({ min: 0, max: 2 }),
    },
    { requiredKeys: ['size'] },
  ),
});

describe('selectTop agrees with brute force', () => {
  it('is feasible exactly when some valid set exists, and then picks the lexicographically best', () => {
    fc.assert(
      fc.property(instance, ({ ranked, rules }) => {
        const result = selectTop(ranked, rules);
        const best = bruteForce(ranked, rules);
        expect(result.ok).toBe(best !== null);
        if (!result.ok || best === null) return;
        const chosen = result.selected.map((s) => s.rank - 1);
        expect(chosen).toEqual(best);
        expect(chosen.length).toBeLessThanOrEqual(rules.size);
        expect(
          isValid(
            result.selected.map((s) => s.candidate),
            rules,
          ),
        ).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('admits no rule-keeping swap of a selected candidate for a better-ranked unselected one', () => {
    fc.assert(
      fc.property(instance, ({ ranked, rules }) => {
        const result = selectTop(ranked, rules);
        if (!result.ok) return;
        const chosen = new Set(result.selected.map((s) => s.rank - 1));
        for (const out of chosen) {
          for (let inn = 0; inn < out; inn++) {
            if (chosen.has(inn)) continue;
            const swapped = [...chosen]
              .filter((i) => i !== out)
              .concat(inn)
              .map((i) => ranked[i]!);
            expect(isValid(swapped, rules), `swap ${out} -> ${inn}`).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
