import { api } from '../../../api/client';
import { LIST_PAGE_SIZE, type Page } from '../../../api/pagination';

import type { CriterionValue, DeclaredConflict, MyAssignment, Review, RoundStatus, SheetStatus } from '../../../../common/evaluation';

/**
 * Shapes of the evaluation API as the web client reads them. The evaluator-facing ones come from
 * src/common/evaluation.ts, the zod schemas the server answers through (no copies); the others
 * are still written here by hand (issue #11.4).
 */
export type { CriterionValue, DeclaredConflict, MyAssignment, Review, RoundStatus, SheetStatus };
export type Basis = 'mean' | 'median' | 'normalised';

export interface Criterion {
  id: string;
  name: string;
  nameEn?: string | null;
  description: string;
  weight: number;
  scale: { kind: 'numeric'; min: number; max: number } | { kind: 'levels'; levels: string[] };
  required: boolean;
  includedInTotal: boolean;
}

export interface RoundSummary {
  id: string;
  competitionId: string;
  name: string;
  reviewerRole: 'evaluator' | 'panelist';
  reviewersPerProposal: number;
  defaultMaxPerEvaluator: number;
  sourceSelectionId: string | null;
  blind: boolean;
  showOthersAfterSubmit: boolean;
  scoresEditableAfterSubmit: boolean;
  aggregation: Basis;
  carryOverWeight: number;
  status: RoundStatus;
}

export interface Round extends RoundSummary {
  criteria: Criterion[];
  pool: { userId: string; name: string; email: string; agencyName: string | null; maxProposals: number; load: number }[];
  counts: { proposals: number; assignments: number; unpublished: number };
}

export interface NewRound {
  competitionId: string;
  name: string;
  reviewerRole: 'evaluator' | 'panelist';
  reviewersPerProposal: number;
  defaultMaxPerEvaluator: number;
  sourceSelectionId?: string | null;
  blind: boolean;
  showOthersAfterSubmit: boolean;
  scoresEditableAfterSubmit: boolean;
  aggregation: Basis;
  carryOverWeight?: number;
}

export interface ResultItem {
  rank: number;
  decidedBy: 'score' | 'median' | 'mean' | 'maxScore' | 'consensus' | 'proposalNumber' | null;
  proposalId: string;
  proposalNumber: string;
  title: string;
  agencyName: string | null;
  regionName: string | null;
  remote3T: boolean;
  count: number;
  mean: number;
  median: number;
  normalised: number;
  stdDev: number;
  disagreement: boolean;
  score: number;
}

export interface Results {
  basis: Basis;
  tieBreaks: string[];
  items: ResultItem[];
  unscored: { proposalId: string; proposalNumber: string; title: string }[];
}

export interface SelectionHeader {
  id: string;
  name: string;
  awardLevel: string | null;
  size: number;
  status: 'draft' | 'published' | 'final';
  objectionEndsAt: string | null;
  decreeNumber: string | null;
  decreeDate: string | null;
}

export interface Selection extends SelectionHeader {
  selectedCount: number;
  ruleCheck: { rule: 'minPerCategory' | 'minPerGroup' | 'minRemote3T' | 'maxPerProvince'; key: string | null; required: number; actual: number; ok: boolean }[];
  decisions: { proposalId: string; proposalNumber: string; title: string; rank: number; score: number; selected: boolean; computedReason: 'plain_cut' | 'rule' | 'province_cap' | 'displaced_by_quota' | 'below_cut'; rationale: string }[];
  objections: { id: string; name: string; reason: string; status: 'open' | 'upheld' | 'rejected'; answer: string | null }[];
}

export interface AssignmentRow {
  proposalId: string;
  proposalNumber: string;
  title: string;
  evaluators: { evaluatorId: string; name: string; published: boolean; source: string; status: SheetStatus }[];
  missing: number;
  /** A hand-redacted copy is stored for blind rounds. */
  redacted: boolean;
}

export interface CatalogTextMatch {
  innovationId: string;
  title: string;
  field: string;
  similarity: number;
}

/** The secretariat's redaction screen: answers as submitted, their automatic masking, the stored copy. */
export interface Redaction {
  proposalId: string;
  number: string;
  title: string;
  automaticTitle: string;
  maskedTerms: string[];
  /** Published catalog texts the copy's title reproduces (pg_trgm similarity ≥ 0.6). */
  titleCatalogMatches: CatalogTextMatch[];
  /** catalogMatches: published catalog texts the answer blind rounds serve reproduces. */
  answers: { number: number; question: string; original: string; automatic: string; catalogMatches: CatalogTextMatch[] }[];
  stored: { title: string; answers: { number: number; value: string }[]; redactedAt: string; redactedByName: string | null } | null;
}

export interface RedactionInput {
  title: string;
  answers: { number: number; value: string }[];
}

/** Filters of the admin's assignment table (all optional; empty means "any"). */
export interface AssignmentFilters {
  q: string;
  evaluatorId: string;
  status: '' | SheetStatus;
  missing: boolean;
}

export interface InterviewSlot {
  proposalId: string;
  proposalNumber: string;
  title: string;
  agencyName: string | null;
  panel: string;
  startsAt: string;
  presentationEndsAt: string;
  endsAt: string;
}

export interface PublicResults {
  competition: { id: string; name: string; year: number };
  selections: (SelectionHeader & { proposals: { proposalId: string; number: string; title: string; agencyName: string | null; regionName: string | null }[] })[];
}

const base = '/api/evaluation';

export const evaluationApi = {
  competitions: () => api.get<{ items: { id: string; name: string; year: number; status: string }[] }>('/api/competitions'),
  rounds: (competitionId: string) => api.get<{ items: RoundSummary[] }>(`${base}/competitions/${competitionId}/rounds`),
  round: (id: string) => api.get<Round>(`${base}/rounds/${id}`),
  createRound: (body: NewRound) => api.post<Round>(`${base}/rounds`, body),
  setCriteria: (id: string, criteria: Omit<Criterion, 'id'>[]) => api.put<Round>(`${base}/rounds/${id}/criteria`, { criteria }),
  setPool: (id: string, members: { userId: string }[]) => api.put<Round>(`${base}/rounds/${id}/pool`, { members }),
  moveRound: (id: string, status: RoundStatus) => api.post<Round>(`${base}/rounds/${id}/status`, { status }),
  conflicts: (id: string) => api.get<{ conflicts: { evaluatorName: string; proposalNumber: string; reasons: string[] }[] }>(`${base}/rounds/${id}/conflicts`),
  autoAssign: (id: string) => api.post<{ added: number }>(`${base}/rounds/${id}/assignments/auto`),
  publishAssignments: (id: string) => api.post<{ published: number }>(`${base}/rounds/${id}/assignments/publish`),
  undo: (id: string) => api.post<{ undone: string }>(`${base}/rounds/${id}/assignments/undo`),
  importCsv: (id: string, csv: string) => api.post<{ added: number; removed: number }>(`${base}/rounds/${id}/assignments/import`, { csv }),
  results: (id: string, basis: Basis) => api.get<Results>(`${base}/rounds/${id}/results`, { basis }),
  panelSelections: () => api.get<{ items: (SelectionHeader & { roundName: string; competitionName: string; competitionYear: number })[] }>(`${base}/panel/selections`),
  selections: (roundId: string) => api.get<{ items: SelectionHeader[] }>(`${base}/rounds/${roundId}/selections`),
  selection: (id: string) => api.get<Selection>(`${base}/selections/${id}`),
  createSelection: (roundId: string, body: { name: string; awardLevel: string | null; size: number; basis: Basis; rules: { minRemote3T?: number; maxPerProvince?: number } }) =>
    api.post<Selection>(`${base}/rounds/${roundId}/selections`, body),
  decide: (selectionId: string, proposalId: string, body: { selected: boolean; rationale: string }) => api.put<Selection>(`${base}/selections/${selectionId}/decisions/${proposalId}`, body),
  publishSelection: (id: string, objectionHours: number) => api.post<Selection>(`${base}/selections/${id}/publish`, { objectionHours }),
  withdrawSelection: (id: string) => api.post<Selection>(`${base}/selections/${id}/withdraw`),
  answerObjection: (id: string, objectionId: string, body: { status: 'upheld' | 'rejected'; answer: string }) => api.post<Selection>(`${base}/selections/${id}/objections/${objectionId}/answer`, body),
  finalise: (id: string, body: { decreeNumber: string; decreeDate: string }) => api.post<Selection>(`${base}/selections/${id}/finalise`, body),
  myAssignments: () => api.get<{ items: MyAssignment[] }>(`${base}/my/assignments`),
  review: (roundId: string, proposalId: string) => api.get<Review>(`${base}/rounds/${roundId}/proposals/${proposalId}/review`),
  saveScore: (roundId: string, proposalId: string, body: { values: Record<string, CriterionValue>; comments: Record<string, string>; overallComment: string; submit: boolean }) =>
    api.put<{ total: number | null; status: string }>(`${base}/rounds/${roundId}/proposals/${proposalId}/score`, body),
  publicResults: (competitionId: string) => api.get<PublicResults>(`${base}/results/${competitionId}`),
  fileObjection: (selectionId: string, body: { proposalId?: string; name: string; email: string; reason: string }) => api.post<{ id: string }>(`${base}/selections/${selectionId}/objections`, body),
  updateRound: (id: string, body: Partial<Pick<RoundSummary, 'blind' | 'showOthersAfterSubmit' | 'scoresEditableAfterSubmit' | 'aggregation'>>) => api.patch<Round>(`${base}/rounds/${id}`, body),
  assignments: (id: string, filters: AssignmentFilters, page: number, signal?: AbortSignal) =>
    api.get<Page<AssignmentRow> & { lastBulkAction: { kind: string; at: string } | null }>(
      `${base}/rounds/${id}/assignments`,
      { q: filters.q, evaluatorId: filters.evaluatorId, status: filters.status, missing: filters.missing ? 'true' : undefined, page, pageSize: LIST_PAGE_SIZE },
      signal,
    ),
  /** Every proposal of a round, 200 a page: for pickers in small (panel) rounds, not the national table. */
  roundProposals: async (id: string, signal?: AbortSignal) => {
    const rows: AssignmentRow[] = [];
    for (let page = 1; ; page++) {
      const { items, total } = await api.get<Page<AssignmentRow>>(`${base}/rounds/${id}/assignments`, { page, pageSize: 200 }, signal);
      rows.push(...items);
      if (items.length === 0 || rows.length >= total) return rows;
    }
  },
  assign: (id: string, body: { proposalId: string; evaluatorId: string }) => api.post<unknown>(`${base}/rounds/${id}/assignments`, body),
  unassign: (id: string, body: { proposalId: string; evaluatorId: string }) => api.post<unknown>(`${base}/rounds/${id}/assignments/remove`, body),
  reassign: (id: string, fromEvaluatorId: string) => api.post<{ moved: number }>(`${base}/rounds/${id}/assignments/reassign`, { fromEvaluatorId }),
  interviews: (id: string) => api.get<{ items: InterviewSlot[] }>(`${base}/rounds/${id}/interviews`),
  scheduleInterviews: (id: string, body: { panels: { code: string; panelistIds: string[] }[]; days: { start: string; end: string }[]; breaks: { start: string; end: string }[] }) =>
    api.post<{ items: InterviewSlot[] }>(`${base}/rounds/${id}/interviews`, body),
  fieldVisits: (id: string) => api.get<{ items: { proposalId: string; visitedOn: string; findings: string; verified: boolean }[] }>(`${base}/rounds/${id}/field-visits`),
  recordFieldVisit: (id: string, proposalId: string, body: { visitedOn: string; findings: string; verified: boolean }) => api.put<unknown>(`${base}/rounds/${id}/field-visits/${proposalId}`, body),
  redaction: (proposalId: string) => api.get<Redaction>(`${base}/proposals/${proposalId}/redaction`),
  saveRedaction: (proposalId: string, body: RedactionInput) => api.put<RedactionInput & { proposalId: string }>(`${base}/proposals/${proposalId}/redaction`, body),
  myConflicts: () => api.get<{ items: DeclaredConflict[] }>(`${base}/my/conflicts`),
  declareConflict: (body: { kind: 'agency'; agencyId: string; reason: string } | { kind: 'region'; regionCode: string; reason: string } | { kind: 'person'; personEmail: string; reason: string }) =>
    api.post<DeclaredConflict>(`${base}/my/conflicts`, body),
  reviewers: (role: 'evaluator' | 'panelist') => api.get<{ items: { id: string; name: string; email: string }[] }>('/api/users', { role, active: 'true', pageSize: 200 }),
};

export const certificateUrl = (selectionId: string, proposalId: string) => `${base}/selections/${selectionId}/certificates/${proposalId}`;
export const assignmentsCsvUrl = (roundId: string) => `${base}/rounds/${roundId}/assignments.csv`;
export const resultsXlsxUrl = (roundId: string, basis: Basis) => `${base}/rounds/${roundId}/results.xlsx?basis=${basis}`;

/** The KIPP criteria (DOMAIN.md) as a starting point; weights and scales stay editable per round. */
export const KIPP_CRITERIA: Omit<Criterion, 'id'>[] = [
  { name: 'Kebaruan', nameEn: 'Novelty', description: '', weight: 20, scale: { kind: 'numeric', min: 1, max: 10 }, required: true, includedInTotal: true },
  { name: 'Efektivitas', nameEn: 'Effectiveness', description: '', weight: 20, scale: { kind: 'numeric', min: 1, max: 10 }, required: true, includedInTotal: true },
  { name: 'Kebermanfaatan', nameEn: 'Benefit', description: '', weight: 20, scale: { kind: 'numeric', min: 1, max: 10 }, required: true, includedInTotal: true },
  { name: 'Dapat direplikasi', nameEn: 'Replicability', description: '', weight: 20, scale: { kind: 'numeric', min: 1, max: 10 }, required: true, includedInTotal: true },
  { name: 'Keberlanjutan', nameEn: 'Sustainability', description: '', weight: 20, scale: { kind: 'levels', levels: ['Kurang', 'Cukup', 'Baik', 'Sangat baik'] }, required: false, includedInTotal: true },
];
