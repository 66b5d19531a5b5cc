import type { AgencyType } from '../../../../common/agency-types.js';
import { normalizeName, trigramSimilarity } from '../../../../common/name-match.js';
import type { LocalizedText } from '../../../http/errors.js';
import type { ExistingRecord } from '../historical-repository.js';
import type { AgencyCandidate } from './agency-match.js';
import type { AgencyGroup, HistoricalRow, RowNote } from './rows.js';

/**
 * Decides, for each row, which organisation it goes under and whether it creates a record or
 * updates one already there (idempotent re-import): by the file's key, else by the same title,
 * agency and year; a similar title of the same agency and year is uncertain and listed for the
 * ministry to decide. Pure: the existing records come from the service.
 */
export type AgencyChoice = { agencyId: string } | { create: true; type?: AgencyType | undefined };

export interface AgencyDecisionView {
  key: string;
  name: string;
  type: AgencyType | null;
  regionCode: string | null;
  rows: number[];
  /** exact: found as written; chosen: confirmed by the ministry; create: to be created; confirm: waiting for a choice. */
  status: 'exact' | 'chosen' | 'create' | 'confirm';
  agency: { id: string; name: string } | null;
  candidates: AgencyCandidate[];
}

export interface MatchView {
  row: number;
  title: string;
  kind: 'key' | 'same' | 'uncertain';
  innovationId: string;
  existingTitle: string;
  /** For an uncertain match: 'update' (the record), 'new' (a record of its own), or null (not decided yet). */
  decision: 'update' | 'new' | null;
}

export interface PlannedRow extends HistoricalRow {
  agency: { id: string } | { create: { name: string; type: AgencyType; regionCode: string } };
  updateId: string | null;
}

export function decideAgencies(
  groups: AgencyGroup[],
  choices: Record<string, AgencyChoice>,
  names: Map<string, string>,
  problems: RowNote[],
  agencyColumn: string,
): AgencyDecisionView[] {
  return groups.map((g) => {
    const choice = choices[g.key];
    const candidates = g.match.kind === 'candidates' ? g.match.candidates : [];
    const base = { key: g.key, name: g.name, type: g.type, regionCode: g.regionCode, rows: g.rows, candidates };
    if (choice && 'agencyId' in choice) {
      const name = names.get(choice.agencyId);
      if (!name) {
        for (const row of g.rows)
          problems.push({ row, column: agencyColumn, message: { id: 'instansi pilihan tidak ada di direktori', en: 'the chosen agency is not in the directory' } });
        return { ...base, status: 'confirm', agency: null };
      }
      return { ...base, status: 'chosen', agency: { id: choice.agencyId, name } };
    }
    if (choice && 'create' in choice) {
      if (!(choice.type ?? g.type)) {
        for (const row of g.rows) problems.push({ row, column: agencyColumn, message: { id: 'jenis instansi baru wajib dipilih', en: 'choose the type of the new agency' } });
      }
      return { ...base, type: choice.type ?? g.type, status: 'create', agency: null };
    }
    if (g.match.kind === 'exact') return { ...base, status: 'exact', agency: { id: g.match.agencyId, name: g.match.name } };
    return { ...base, status: 'confirm', agency: null };
  });
}

const sameTitle = (a: string, b: string) => normalizeName(a) === normalizeName(b);

export function planRows(
  rows: HistoricalRow[],
  agencies: AgencyDecisionView[],
  existing: { byKey: ExistingRecord[]; byAgency: ExistingRecord[] },
  decisions: Record<string, 'update' | 'new'>,
): { planned: PlannedRow[]; matches: MatchView[]; pending: number } {
  const byGroup = new Map(agencies.map((a) => [a.key, a]));
  const byKey = new Map(existing.byKey.filter((r) => r.externalKey).map((r) => [r.externalKey!.toLowerCase(), r]));
  const planned: PlannedRow[] = [];
  const matches: MatchView[] = [];
  const claimed = new Set<string>();
  let pending = agencies.filter((a) => a.status === 'confirm').length;
  for (const row of rows) {
    const group = byGroup.get(row.agencyKey)!;
    if (group.status === 'confirm') continue;
    const agency: PlannedRow['agency'] = group.agency ? { id: group.agency.id } : { create: { name: group.name, type: group.type!, regionCode: row.regionCode } };
    const agencyId = group.agency?.id ?? null;
    let updateId: string | null = null;
    const keyed = row.externalKey ? byKey.get(row.externalKey.toLowerCase()) : undefined;
    if (keyed) {
      updateId = keyed.id;
      matches.push({ row: row.row, title: row.title, kind: 'key', innovationId: keyed.id, existingTitle: keyed.title, decision: 'update' });
    } else if (agencyId) {
      const sameAgencyYear = existing.byAgency.filter((r) => r.agencyId === agencyId && r.year === row.year && !claimed.has(r.id));
      const same = sameAgencyYear.find((r) => sameTitle(r.title, row.title));
      if (same) {
        updateId = same.id;
        matches.push({ row: row.row, title: row.title, kind: 'same', innovationId: same.id, existingTitle: same.title, decision: 'update' });
      } else {
        const similar = sameAgencyYear
          .map((r) => ({ r, score: trigramSimilarity(r.title, row.title) }))
          .filter((x) => x.score >= 0.5)
          .sort((a, b) => b.score - a.score)[0];
        if (similar) {
          const decision = decisions[String(row.row)] ?? null;
          matches.push({ row: row.row, title: row.title, kind: 'uncertain', innovationId: similar.r.id, existingTitle: similar.r.title, decision });
          if (decision === null) {
            pending++;
            continue;
          }
          if (decision === 'update') updateId = similar.r.id;
        }
      }
    }
    if (updateId) claimed.add(updateId);
    planned.push({ ...row, agency, updateId });
  }
  return { planned, matches, pending };
}

export const PENDING_TEXT: LocalizedText = {
  id: 'Masih ada instansi yang perlu dikonfirmasi atau kecocokan yang perlu diputuskan.',
  en: 'Some agencies still need confirming or some matches a decision.',
};
