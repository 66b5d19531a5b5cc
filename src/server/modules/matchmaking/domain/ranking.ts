import type { AwardLevel } from '../../../../common/catalog.js';

/**
 * Ranking of problem-first suggestions (issue #15), pure: narrative relevance, proven results,
 * proven transferability and fit with the adopter, each in 0..1, weighed into one score; and
 * the plain-words reasons shown with each suggestion (Bahasa Indonesia and English).
 */

export interface Text {
  id: string;
  en: string;
}

export type GovernmentKind = 'provinsi' | 'kabupaten' | 'kota';

export interface AdopterProfile {
  /** The kind of government the problem is for (province, regency, city), if known. */
  kind: GovernmentKind | null;
  /** Remote (3T) region, if known. */
  remote: boolean | null;
  provinceCode: string | null;
}

export interface CandidateInput {
  id: string;
  textScore: number;
  agencyType: string;
  provinceCode: string;
  provinceName: string | null;
  regionIs3t: boolean;
  yearStarted: number;
  status: string;
  statusConfirmedAt: Date;
  awards: readonly { level: AwardLevel; year: number; label: string }[];
  replications: readonly { provinceCode: string | null; is3t: boolean; agencyType: string }[];
}

export interface Ranked {
  id: string;
  score: number;
  parts: { relevance: number; proven: number; transfer: number; fit: number };
  reasons: Text[];
}

export const WEIGHTS = { relevance: 0.6, proven: 0.17, transfer: 0.13, fit: 0.1 } as const;

const AWARD_POINTS: Record<AwardLevel, number> = { top_5: 1, international: 1, top_45: 0.8, top_99: 0.6, special: 0.5, regional: 0.4 };
const GOVERNMENT_KINDS: readonly string[] = ['provinsi', 'kabupaten', 'kota'];
const KIND_WORD: Record<GovernmentKind, Text> = {
  provinsi: { id: 'provinsi', en: 'a province' },
  kabupaten: { id: 'kabupaten', en: 'a regency' },
  kota: { id: 'kota', en: 'a city' },
};

/** Indonesia's island groups by the first digit of the Kemendagri province code. */
const ISLANDS: Record<string, string> = {
  '1': 'Sumatera',
  '2': 'Sumatera',
  '3': 'Jawa',
  '5': 'Bali dan Nusa Tenggara',
  '6': 'Kalimantan',
  '7': 'Sulawesi',
  '8': 'Maluku',
  '9': 'Papua',
};
export const islandOf = (provinceCode: string | null): string | null => (provinceCode ? (ISLANDS[provinceCode.charAt(0)] ?? null) : null);

const YEAR_MS = 365.25 * 86_400_000;

function bestAward(awards: CandidateInput['awards']) {
  return [...awards].sort((a, b) => AWARD_POINTS[b.level] - AWARD_POINTS[a.level] || b.year - a.year)[0];
}

/** Does a past replication look like the adopter (same kind of government, or remote like it)? */
function similarTo(adopter: AdopterProfile, r: CandidateInput['replications'][number]): boolean {
  return (adopter.kind !== null && r.agencyType === adopter.kind) || (adopter.remote === true && r.is3t);
}

export function rankCandidate(c: CandidateInput, maxTextScore: number, adopter: AdopterProfile, now: Date): Ranked {
  const reasons: Text[] = [];
  const relevance = maxTextScore > 0 ? Math.min(1, c.textScore / maxTextScore) : 0;

  const award = bestAward(c.awards);
  const years = Math.max(0, now.getUTCFullYear() - c.yearStarted);
  const confirmedRecently = now.getTime() - new Date(c.statusConfirmedAt).getTime() <= YEAR_MS && c.status !== 'stopped';
  const proven = (award ? AWARD_POINTS[award.level] * 0.5 : 0) + Math.min(years / 5, 1) * 0.3 + (confirmedRecently ? 0.2 : 0);
  if (award) reasons.push({ id: award.label, en: award.label });
  if (years >= 1) reasons.push({ id: `berjalan ${years} tahun`, en: `running for ${years} year${years === 1 ? '' : 's'}` });
  if (c.status === 'stopped') reasons.push({ id: 'sudah berhenti', en: 'stopped' });

  const count = c.replications.length;
  const remoteCount = c.replications.filter((r) => r.is3t).length;
  const similar = c.replications.some((r) => similarTo(adopter, r));
  const transfer = count ? Math.min(count / 5, 1) * 0.6 + (similar ? 0.4 : 0) : 0;
  if (count) {
    reasons.push({
      id: `sudah direplikasi di ${count} daerah${remoteCount ? `, ${remoteCount} di antaranya daerah 3T` : ''}`,
      en: `already replicated in ${count} region${count === 1 ? '' : 's'}${remoteCount ? `, ${remoteCount} of them remote (3T)` : ''}`,
    });
  }

  let fit = 0;
  const sameKind = adopter.kind !== null && GOVERNMENT_KINDS.includes(c.agencyType) && c.agencyType === adopter.kind;
  if (sameKind) {
    fit += 0.35;
    const w = KIND_WORD[adopter.kind as GovernmentKind];
    reasons.push({ id: `sama-sama pemerintah ${w.id}`, en: `also run by ${w.en}` });
  }
  if (adopter.remote === true && c.regionIs3t) {
    fit += 0.25;
    reasons.push({ id: 'berasal dari daerah 3T', en: 'from a remote (3T) region' });
  }
  if (adopter.provinceCode && adopter.provinceCode === c.provinceCode) {
    fit += 0.4;
    reasons.push({ id: `satu provinsi (${c.provinceName ?? c.provinceCode})`, en: `same province (${c.provinceName ?? c.provinceCode})` });
  } else {
    const island = islandOf(c.provinceCode);
    if (island && island === islandOf(adopter.provinceCode)) {
      fit += 0.2;
      reasons.push({ id: `satu pulau (${island})`, en: `same island group (${island})` });
    }
  }
  fit = Math.min(1, fit);

  const score = WEIGHTS.relevance * relevance + WEIGHTS.proven * proven + WEIGHTS.transfer * transfer + WEIGHTS.fit * fit;
  return { id: c.id, score, parts: { relevance, proven, transfer, fit }, reasons };
}

/** Ranks candidates best first (ties by id, so equal inputs give equal order). */
export function rankCandidates(candidates: readonly CandidateInput[], adopter: AdopterProfile, now: Date): Ranked[] {
  const max = Math.max(0, ...candidates.map((c) => c.textScore));
  return candidates.map((c) => rankCandidate(c, max, adopter, now)).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * Which records may be suggested at all. Stopped ones only when asked. (Hook for the update
 * campaign: a record left unconfirmed there is to be excluded the same way — add its flag here.)
 */
export function isSuggestible(c: Pick<CandidateInput, 'status'>, options: { includeStopped: boolean }): boolean {
  return options.includeStopped || c.status !== 'stopped';
}
