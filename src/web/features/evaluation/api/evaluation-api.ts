import { api } from '../../../api/client';
import { LIST_PAGE_SIZE } from '../../../api/pagination';

import type {
  AssignmentPage,
  AssignmentRow,
  AutoAssignOutcome,
  Basis,
  CatalogTextMatch,
  ConflictCheck,
  Criterion,
  FieldVisit,
  FiledObjection,
  ImportAssignmentsOutcome,
  InterviewSlot,
  PanelSelection,
  PublishAssignmentsOutcome,
  ReassignOutcome,
  PublicResults,
  Redaction,
  RedactionInput,
  ResultItem,
  Results,
  Round,
  RoundSummary,
  Selection,
  SelectionHeader,
  UndoOutcome,
} from '../../../../common/evaluation-admin';
import type { CriterionValue, DeclaredConflict, MyAssignment, Review, RoundStatus, SavedScore, SheetStatus } from '../../../../common/evaluation';

/**
 * The evaluation API as the web client reads it. Every answer type comes from src/common
 * (evaluation.ts, evaluation-admin.ts): the zod schemas the server serialises its answers
 * through, so a changed answer breaks the web build instead of the page.
 */
export type {
  AssignmentRow,
  Basis,
  CatalogTextMatch,
  CriterionValue,
  DeclaredConflict,
  InterviewSlot,
  MyAssignment,
  PublicResults,
  Redaction,
  RedactionInput,
  ResultItem,
  Results,
  Review,
  Round,
  RoundStatus,
  RoundSummary,
  Selection,
  SelectionHeader,
  SheetStatus,
};

/** A criterion as the round editor sends it (the server numbers and identifies it). */
export type CriterionInput = Omit<Criterion, 'id' | 'position' | 'nameEn'> & { nameEn?: string | null };

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

/** Filters of the admin's assignment table (all optional; empty means "any"). */
export interface AssignmentFilters {
  q: string;
  evaluatorId: string;
  status: '' | SheetStatus;
  missing: boolean;
}

const base = '/api/evaluation';

export const evaluationApi = {
  competitions: () => api.get<{ items: { id: string; name: string; year: number; status: string }[] }>('/api/competitions'),
  rounds: (competitionId: string) => api.get<{ items: RoundSummary[] }>(`${base}/competitions/${competitionId}/rounds`),
  round: (id: string) => api.get<Round>(`${base}/rounds/${id}`),
  createRound: (body: NewRound) => api.post<Round>(`${base}/rounds`, body),
  setCriteria: (id: string, criteria: CriterionInput[]) => api.put<Round>(`${base}/rounds/${id}/criteria`, { criteria }),
  setPool: (id: string, members: { userId: string }[]) => api.put<Round>(`${base}/rounds/${id}/pool`, { members }),
  moveRound: (id: string, status: RoundStatus) => api.post<Round>(`${base}/rounds/${id}/status`, { status }),
  conflicts: (id: string) => api.get<ConflictCheck>(`${base}/rounds/${id}/conflicts`),
  autoAssign: (id: string) => api.post<AutoAssignOutcome>(`${base}/rounds/${id}/assignments/auto`),
  publishAssignments: (id: string) => api.post<PublishAssignmentsOutcome>(`${base}/rounds/${id}/assignments/publish`),
  undo: (id: string) => api.post<UndoOutcome>(`${base}/rounds/${id}/assignments/undo`),
  importCsv: (id: string, csv: string) => api.post<ImportAssignmentsOutcome>(`${base}/rounds/${id}/assignments/import`, { csv }),
  results: (id: string, basis: Basis) => api.get<Results>(`${base}/rounds/${id}/results`, { basis }),
  panelSelections: () => api.get<{ items: PanelSelection[] }>(`${base}/panel/selections`),
  selections: (roundId: string) => api.get<{ items: SelectionHeader[] }>(`${base}/rounds/${roundId}/selections`),
  selection: (id: string) => api.get<Selection>(`${base}/selections/${id}`),
  createSelection: (roundId: string, body: { name: string; awardLevel: string | null; size: number; basis: Basis; rules: { minRemote3T?: number; maxPerProvince?: number } }) =>
    api.post<Selection>(`${base}/rounds/${roundId}/selections`, body),
  decide: (selectionId: string, proposalId: string, body: { selected: boolean; rationale: string }) =>
    api.put<Selection>(`${base}/selections/${selectionId}/decisions/${proposalId}`, body),
  publishSelection: (id: string, objectionHours: number) => api.post<Selection>(`${base}/selections/${id}/publish`, { objectionHours }),
  withdrawSelection: (id: string) => api.post<Selection>(`${base}/selections/${id}/withdraw`),
  answerObjection: (id: string, objectionId: string, body: { status: 'upheld' | 'rejected'; answer: string }) =>
    api.post<Selection>(`${base}/selections/${id}/objections/${objectionId}/answer`, body),
  finalise: (id: string, body: { decreeNumber: string; decreeDate: string }) => api.post<Selection>(`${base}/selections/${id}/finalise`, body),
  myAssignments: () => api.get<{ items: MyAssignment[] }>(`${base}/my/assignments`),
  review: (roundId: string, proposalId: string) => api.get<Review>(`${base}/rounds/${roundId}/proposals/${proposalId}/review`),
  saveScore: (roundId: string, proposalId: string, body: { values: Record<string, CriterionValue>; comments: Record<string, string>; overallComment: string; submit: boolean }) =>
    api.put<SavedScore>(`${base}/rounds/${roundId}/proposals/${proposalId}/score`, body),
  publicResults: (competitionId: string) => api.get<PublicResults>(`${base}/results/${competitionId}`),
  fileObjection: (selectionId: string, body: { proposalId?: string; name: string; email: string; reason: string }) =>
    api.post<FiledObjection>(`${base}/selections/${selectionId}/objections`, body),
  updateRound: (id: string, body: Partial<Pick<RoundSummary, 'blind' | 'showOthersAfterSubmit' | 'scoresEditableAfterSubmit' | 'aggregation'>>) =>
    api.patch<Round>(`${base}/rounds/${id}`, body),
  assignments: (id: string, filters: AssignmentFilters, page: number, signal?: AbortSignal) =>
    api.get<AssignmentPage>(
      `${base}/rounds/${id}/assignments`,
      { q: filters.q, evaluatorId: filters.evaluatorId, status: filters.status, missing: filters.missing ? 'true' : undefined, page, pageSize: LIST_PAGE_SIZE },
      signal,
    ),
  /** Every proposal of a round, 200 a page: for pickers in small (panel) rounds, not the national table. */
  roundProposals: async (id: string, signal?: AbortSignal) => {
    const rows: AssignmentRow[] = [];
    for (let page = 1; ; page++) {
      const { items, total } = await api.get<AssignmentPage>(`${base}/rounds/${id}/assignments`, { page, pageSize: 200 }, signal);
      rows.push(...items);
      if (items.length === 0 || rows.length >= total) return rows;
    }
  },
  assign: (id: string, body: { proposalId: string; evaluatorId: string }) => api.post<{ proposalId: string; evaluatorId: string }>(`${base}/rounds/${id}/assignments`, body),
  unassign: (id: string, body: { proposalId: string; evaluatorId: string }) => api.post<unknown>(`${base}/rounds/${id}/assignments/remove`, body),
  reassign: (id: string, fromEvaluatorId: string) => api.post<ReassignOutcome>(`${base}/rounds/${id}/assignments/reassign`, { fromEvaluatorId }),
  interviews: (id: string) => api.get<{ items: InterviewSlot[] }>(`${base}/rounds/${id}/interviews`),
  scheduleInterviews: (id: string, body: { panels: { code: string; panelistIds: string[] }[]; days: { start: string; end: string }[]; breaks: { start: string; end: string }[] }) =>
    api.post<{ items: InterviewSlot[] }>(`${base}/rounds/${id}/interviews`, body),
  fieldVisits: (id: string) => api.get<{ items: FieldVisit[] }>(`${base}/rounds/${id}/field-visits`),
  recordFieldVisit: (id: string, proposalId: string, body: { visitedOn: string; findings: string; verified: boolean }) =>
    api.put<{ items: FieldVisit[] }>(`${base}/rounds/${id}/field-visits/${proposalId}`, body),
  redaction: (proposalId: string) => api.get<Redaction>(`${base}/proposals/${proposalId}/redaction`),
  saveRedaction: (proposalId: string, body: RedactionInput) => api.put<RedactionInput & { proposalId: string }>(`${base}/proposals/${proposalId}/redaction`, body),
  myConflicts: () => api.get<{ items: DeclaredConflict[] }>(`${base}/my/conflicts`),
  declareConflict: (
    body: { kind: 'agency'; agencyId: string; reason: string } | { kind: 'region'; regionCode: string; reason: string } | { kind: 'person'; personEmail: string; reason: string },
  ) => api.post<DeclaredConflict>(`${base}/my/conflicts`, body),
  reviewers: (role: 'evaluator' | 'panelist') => api.get<{ items: { id: string; name: string; email: string }[] }>('/api/users', { role, active: 'true', pageSize: 200 }),
};

export const certificateUrl = (selectionId: string, proposalId: string) => `${base}/selections/${selectionId}/certificates/${proposalId}`;
export const assignmentsCsvUrl = (roundId: string) => `${base}/rounds/${roundId}/assignments.csv`;
export const resultsXlsxUrl = (roundId: string, basis: Basis) => `${base}/rounds/${roundId}/results.xlsx?basis=${basis}`;

/** The KIPP criteria (DOMAIN.md) as a starting point; weights and scales stay editable per round. */
export const KIPP_CRITERIA: CriterionInput[] = [
  { name: 'Kebaruan', nameEn: 'Novelty', description: '', weight: 20, scale: { kind: 'numeric', min: 1, max: 10 }, required: true, includedInTotal: true },
  { name: 'Efektivitas', nameEn: 'Effectiveness', description: '', weight: 20, scale: { kind: 'numeric', min: 1, max: 10 }, required: true, includedInTotal: true },
  { name: 'Kebermanfaatan', nameEn: 'Benefit', description: '', weight: 20, scale: { kind: 'numeric', min: 1, max: 10 }, required: true, includedInTotal: true },
  { name: 'Dapat direplikasi', nameEn: 'Replicability', description: '', weight: 20, scale: { kind: 'numeric', min: 1, max: 10 }, required: true, includedInTotal: true },
  {
    name: 'Keberlanjutan',
    nameEn: 'Sustainability',
    description: '',
    weight: 20,
    scale: { kind: 'levels', levels: ['Kurang', 'Cukup', 'Baik', 'Sangat baik'] },
    required: false,
    includedInTotal: true,
  },
];
