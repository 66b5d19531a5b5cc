/**
 * Award nominees of one cluster (issue #17 item 4), pure. Regions are ranked by verified IID with
 * standard competition ranking — equal scores share a rank and the next rank skips (1, 2, 2, 4) —
 * and the nominees are every region whose rank is at most N. A tie across the cut is therefore
 * never broken by an arbitrary key: every region tied at the N-th place is nominated, and the list
 * says so (`tied`, and `tiedAtCut` when the list is longer than N). Regions with the disclaimer
 * (no report, nothing evidenced) or a verified score of 0 are never nominated.
 */
export interface Candidate {
  regionCode: string;
  verifiedIid: number;
  disclaimer: string | null;
}

export interface Nominee<T extends Candidate> {
  candidate: T;
  rank: number;
  /** Another nominee of the cluster has exactly the same verified score. */
  tied: boolean;
}

export interface NomineePick<T extends Candidate> {
  nominees: Nominee<T>[];
  /** More nominees than N because regions tied at the N-th place are all included. */
  tiedAtCut: boolean;
}

export function pickNominees<T extends Candidate>(candidates: readonly T[], n: number): NomineePick<T> {
  const eligible = candidates.filter((c) => c.disclaimer === null && c.verifiedIid > 0);
  const sorted = [...eligible].sort((a, b) => b.verifiedIid - a.verifiedIid || a.regionCode.localeCompare(b.regionCode));
  const ranked: Nominee<T>[] = [];
  sorted.forEach((candidate, i) => {
    const previous = ranked[i - 1];
    const rank = previous && previous.candidate.verifiedIid === candidate.verifiedIid ? previous.rank : i + 1;
    ranked.push({ candidate, rank, tied: false });
  });
  const nominees = ranked.filter((r) => r.rank <= n);
  const counts = new Map<number, number>();
  for (const r of nominees) counts.set(r.candidate.verifiedIid, (counts.get(r.candidate.verifiedIid) ?? 0) + 1);
  for (const r of nominees) r.tied = (counts.get(r.candidate.verifiedIid) ?? 0) > 1;
  return { nominees, tiedAtCut: nominees.length > n };
}
