import type { LegalBasisKind, Localized, MaturityStage, PlanKind } from '../../../../common/institutionalisation.js';

/**
 * The maturity stage of an innovation, derived from its facts by these written rules (the ones
 * shown to users, in this order):
 *
 * 1. **Institutionalised** (terlembaga): it has a regulation — a Perda, a Perkada (Pergub, Perbup,
 *    Perwali) or a Keputusan Kepala; an SOP alone is not a regulation — AND a budget line in at
 *    least one fiscal year.
 * 2. **Implemented** (diterapkan): it has a budget line, an SOP or a regulation, an inclusion in a
 *    plan (RPJMD, Renstra, RKPD, Renja) or a performance target with a realisation; or it has
 *    been running for at least 12 months.
 * 3. **Trial** (uji coba): it has started, less than 12 months ago, and rule 2 does not hold.
 * 4. **Initiative** (inisiatif): its start date is still ahead.
 *
 * Rules 1–2 on facts are decided by `factStage` (stored, so the catalog can facet on it without
 * re-reading the facts); the part that depends on today is `ageStage` and is applied when read —
 * the catalog's SQL mirrors it (`maturityStageSql` in catalog/search-filter-repository.ts), and a test keeps the
 * two in agreement. The stage is the later of the two.
 */
export interface MaturityFacts {
  /** The owning agency's type, to name a Perkada the way it is issued (Pergub, Perbup, Perwali). */
  agencyType: string;
  legalBases: readonly { kind: LegalBasisKind; number: string; issuedOn: string }[];
  budgetYears: readonly number[];
  plans: readonly { plan: PlanKind; year: number }[];
  targetsWithRealisation: number;
}

export interface StageWithReason {
  stage: MaturityStage;
  reason: Localized;
}

const ORDER: readonly MaturityStage[] = ['initiative', 'trial', 'implemented', 'institutionalised'];

export function laterStage(a: MaturityStage, b: MaturityStage): MaturityStage {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** "Perbup" for a regency's Perkada, "Pergub" for a province's, "Perwali" for a city's. */
export function legalBasisLabel(kind: LegalBasisKind, agencyType: string): Localized {
  if (kind === 'perda') return { id: 'Perda', en: 'Regional regulation (Perda)' };
  if (kind === 'sop') return { id: 'SOP', en: 'SOP' };
  if (kind === 'keputusan_kepala') return { id: 'Keputusan Kepala', en: 'Head decree' };
  const name = agencyType === 'kabupaten' ? 'Perbup' : agencyType === 'kota' ? 'Perwali' : agencyType === 'provinsi' ? 'Pergub' : 'Perkada';
  return { id: name, en: `Head regulation (${name})` };
}

/** Years as short ranges: [2024, 2025, 2026, 2028] → "2024–2026, 2028". */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  for (let i = 0; i < sorted.length; i += 1) {
    const y = sorted[i]!;
    if (sorted[i + 1] === y + 1) continue;
    parts.push(start === y ? String(y) : `${start}–${y}`);
    start = sorted[i + 1];
  }
  return parts.join(', ');
}

const yearOf = (isoDate: string) => isoDate.slice(0, 4);

/** Rules 1–2 on the facts alone; null when the facts lift nothing. */
export function factStage(f: MaturityFacts): StageWithReason | null {
  const regulations = f.legalBases.filter((b) => b.kind !== 'sop').sort((a, b) => b.issuedOn.localeCompare(a.issuedOn));
  const budget = f.budgetYears.length ? yearRanges(f.budgetYears) : null;
  const newest = regulations[0];
  if (newest && budget) {
    const label = legalBasisLabel(newest.kind, f.agencyType);
    return {
      stage: 'institutionalised',
      reason: {
        id: `terlembaga: ada ${label.id} No. ${newest.number}/${yearOf(newest.issuedOn)} dan anggaran ${budget}`,
        en: `institutionalised: ${label.en} No. ${newest.number}/${yearOf(newest.issuedOn)} and a budget for ${budget}`,
      },
    };
  }
  const id: string[] = [];
  const en: string[] = [];
  if (budget) {
    id.push(`anggaran ${budget}`);
    en.push(`a budget for ${budget}`);
  }
  const basis = newest ?? f.legalBases[0];
  if (basis) {
    const label = legalBasisLabel(basis.kind, f.agencyType);
    id.push(`${label.id} No. ${basis.number}/${yearOf(basis.issuedOn)}`);
    en.push(`${label.en} No. ${basis.number}/${yearOf(basis.issuedOn)}`);
  }
  const plan = [...f.plans].sort((a, b) => b.year - a.year)[0];
  if (plan) {
    id.push(`masuk ${plan.plan.toUpperCase()} ${plan.year}`);
    en.push(`included in the ${plan.plan.toUpperCase()} ${plan.year}`);
  }
  if (f.targetsWithRealisation > 0) {
    id.push('realisasi target kinerja tercatat');
    en.push('performance targets with a recorded realisation');
  }
  if (!id.length) return null;
  return { stage: 'implemented', reason: { id: `diterapkan: ada ${id.join(', ')}`, en: `implemented: ${en.join(', ')}` } };
}

/** Whole months from `start` to `today` (both YYYY-MM-DD), counted on the calendar. */
function monthsSince(start: string, today: string): number {
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return (ty - sy) * 12 + (tm - sm) - (td < sd ? 1 : 0);
}

/** Rules 2 (by age) to 4: from the start date and today's date (YYYY-MM-DD, WIB). */
export function ageStage(startDate: string, today: string): StageWithReason {
  if (startDate > today) return { stage: 'initiative', reason: { id: `inisiatif: mulai berjalan ${startDate}`, en: `initiative: starts on ${startDate}` } };
  if (monthsSince(startDate, today) < 12) {
    return { stage: 'trial', reason: { id: `uji coba: berjalan sejak ${startDate}, kurang dari setahun`, en: `trial: running since ${startDate}, less than a year` } };
  }
  return { stage: 'implemented', reason: { id: `diterapkan: berjalan sejak ${yearOf(startDate)}`, en: `implemented: running since ${yearOf(startDate)}` } };
}

/** The stage and its reason: the facts' stage when they decide it, else the age's. */
export function maturityOf(facts: MaturityFacts | null, startDate: string, today: string): StageWithReason {
  const byFacts = facts ? factStage(facts) : null;
  const byAge = ageStage(startDate, today);
  if (!byFacts) return byAge;
  return laterStage(byFacts.stage, byAge.stage) === byFacts.stage ? byFacts : byAge;
}

/** Today's date in Western Indonesia (WIB, UTC+7) as YYYY-MM-DD. */
export function todayWib(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
