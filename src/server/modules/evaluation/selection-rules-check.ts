import type { CandidateFacts } from './candidates.js';
import type { SelectionRulesInput } from './schemas.js';

/**
 * Whether the current list (after the panel's changes) still meets the spread rules it was
 * computed under. The panel may override the computed list; the check makes any rule it breaks
 * visible before publication instead of silently.
 */
export interface RuleCheck {
  rule: 'minPerCategory' | 'minPerGroup' | 'minRemote3T' | 'maxPerProvince';
  /** Category or group id, or the province code that exceeds the cap. */
  key: string | null;
  required: number;
  actual: number;
  ok: boolean;
}

export function checkSelectionRules(rules: SelectionRulesInput, selected: readonly CandidateFacts[]): RuleCheck[] {
  const out: RuleCheck[] = [];
  const count = (pred: (c: CandidateFacts) => boolean) => selected.filter(pred).length;
  for (const [id, min] of Object.entries(rules.minPerCategory ?? {})) {
    const actual = count((c) => c.categoryId === id);
    out.push({ rule: 'minPerCategory', key: id, required: min, actual, ok: actual >= min });
  }
  for (const [id, min] of Object.entries(rules.minPerGroup ?? {})) {
    const actual = count((c) => c.groupId === id);
    out.push({ rule: 'minPerGroup', key: id, required: min, actual, ok: actual >= min });
  }
  if (rules.minRemote3T !== undefined) {
    const actual = count((c) => c.remote3T);
    out.push({ rule: 'minRemote3T', key: null, required: rules.minRemote3T, actual, ok: actual >= rules.minRemote3T });
  }
  if (rules.maxPerProvince !== undefined) {
    const perProvince = new Map<string, number>();
    for (const c of selected) perProvince.set(c.provinceCode ?? 'pusat', (perProvince.get(c.provinceCode ?? 'pusat') ?? 0) + 1);
    const [worst, actual] = [...perProvince].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    out.push({ rule: 'maxPerProvince', key: worst, required: rules.maxPerProvince, actual, ok: actual <= rules.maxPerProvince });
  }
  return out;
}
