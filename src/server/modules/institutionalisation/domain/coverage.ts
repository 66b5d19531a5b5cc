import type { OaoiAgencyType } from '../../../../common/institutionalisation.js';

/**
 * One Agency One Innovation, as pure functions. An agency's target for a year is the largest of 1,
 * the ministry's default for its type and year, and the target the agency set itself; it meets
 * the target when its innovations running in that year are at least as many. Coverage is the
 * share of agencies meeting their target.
 */
export function effectiveTarget(defaultTarget: number | undefined, ownTarget: number | undefined): number {
  return Math.max(1, defaultTarget ?? 1, ownTarget ?? 1);
}

export interface CoverageCell {
  agencies: number;
  meeting: number;
  /** meeting / agencies, 0–1, four decimals; 0 with no agencies. */
  share: number;
}

export function coverageOf(rows: readonly { met: boolean }[]): CoverageCell {
  const meeting = rows.filter((r) => r.met).length;
  return { agencies: rows.length, meeting, share: rows.length ? Math.round((meeting / rows.length) * 10_000) / 10_000 : 0 };
}

/** Coverage per key, keys sorted. */
export function coverageBy<T extends { met: boolean }>(rows: readonly T[], key: (row: T) => string | null): Map<string, CoverageCell> {
  // Counted in one pass (no per-row array copies: 600 agencies × 5 years made that quadratic).
  const groups = new Map<string, { agencies: number; meeting: number }>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const g = groups.get(k) ?? { agencies: 0, meeting: 0 };
    g.agencies += 1;
    if (r.met) g.meeting += 1;
    groups.set(k, g);
  }
  return new Map(
    [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, g]) => [k, { ...g, share: g.agencies ? Math.round((g.meeting / g.agencies) * 10_000) / 10_000 : 0 }]),
  );
}

export interface AgencyYear {
  agencyId: string;
  type: OaoiAgencyType;
  year: number;
  target: number;
  realisation: number;
  met: boolean;
}
