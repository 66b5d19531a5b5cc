import { api } from '../../../api/client';
import { LIST_PAGE_SIZE } from '../../../api/pagination';
import type { z } from 'zod';
import type {
  answerObjectionBody,
  assignmentListQuery,
  assignmentPairBody,
  createRoundBody,
  createSelectionBody,
  criteriaBody,
  decisionBody,
  declareConflictBody,
  fieldVisitBody,
  finaliseSelectionBody,
  interviewScheduleBody,
  objectionBody,
  poolBody,
  reassignBody,
  redactionBody,
  roundStatusBody,
  scoreBody,
  updateRoundBody,
} from '../../../../common/evaluation-requests';
import type { Equals, Expect } from '../../../../common/type-equality';
import type { competitionSummary } from '../../../../common/competitions';
import type { userView } from '../../../../common/users';

import type {
  AssignmentPage,
  AssignmentRow,
  AutoAssignOutcome,
  Basis,
  CatalogTextMatch,
  ConflictCheck,
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

/**
 * Request bodies: `z.input` of the schemas the server validates with (src/common/evaluation-requests.ts),
 * so the web cannot send what the server refuses by shape — `tsc -p tsconfig.web.json` is the check.
 */
type Input<T extends z.ZodType> = z.input<T>;
export type NewRound = Input<typeof createRoundBody>;
export type RoundUpdate = Input<typeof updateRoundBody>;
type CriterionBody = Input<typeof criteriaBody>['criteria'][number];
/** A criterion as the round editor holds and sends it: the request's shape, with the defaulted fields always filled in. */
export type CriterionInput = Omit<CriterionBody, 'description' | 'required' | 'includedInTotal'> & { description: string; required: boolean; includedInTotal: boolean };
export type PoolBody = Input<typeof poolBody>;
export type RoundStatusBody = Input<typeof roundStatusBody>;
export type NewSelection = Input<typeof createSelectionBody>;
export type DecisionBody = Input<typeof decisionBody>;
export type AnswerObjectionBody = Input<typeof answerObjectionBody>;
export type FinaliseBody = Input<typeof finaliseSelectionBody>;
export type ScoreBody = Input<typeof scoreBody>;
export type ObjectionBody = Input<typeof objectionBody>;
export type AssignmentPair = Input<typeof assignmentPairBody>;
export type ReassignBody = Input<typeof reassignBody>;
export type InterviewScheduleBody = Input<typeof interviewScheduleBody>;
export type FieldVisitBody = Input<typeof fieldVisitBody>;
export type DeclareConflictBody = Input<typeof declareConflictBody>;
/** The editor's criterion is a valid request criterion (compile-time check). */
export type CriterionInputIsRequest = Expect<CriterionInput extends CriterionBody ? true : false>;
/** What the redaction editor sends is exactly the server's redaction body. */
export type RedactionInputIsRequest = Expect<Equals<RedactionInput, Input<typeof redactionBody>>>;

/** Filters of the admin's assignment table: the server's list query without paging (unset means "any"). */
export type AssignmentFilters = Omit<Input<typeof assignmentListQuery>, 'page' | 'pageSize'>;

/** An account as the reviewer picker shows it (the users list's answer). */
type Account = Pick<z.output<typeof userView>, 'id' | 'name' | 'email'>;

const base = '/api/evaluation';

export const evaluationApi = {
  competitions: () => api.get<{ items: z.output<typeof competitionSummary>[] }>('/api/competitions'),
  rounds: (competitionId: string) => api.get<{ items: RoundSummary[] }>(`${base}/competitions/${competitionId}/rounds`),
  round: (id: string) => api.get<Round>(`${base}/rounds/${id}`),
  createRound: (body: NewRound) => api.post<Round>(`${base}/rounds`, body),
  setCriteria: (id: string, criteria: CriterionInput[]) => api.put<Round>(`${base}/rounds/${id}/criteria`, { criteria }),
  setPool: (id: string, members: PoolBody['members']) => api.put<Round>(`${base}/rounds/${id}/pool`, { members }),
  moveRound: (id: string, status: RoundStatusBody['status']) => api.post<Round>(`${base}/rounds/${id}/status`, { status }),
  conflicts: (id: string) => api.get<ConflictCheck>(`${base}/rounds/${id}/conflicts`),
  autoAssign: (id: string) => api.post<AutoAssignOutcome>(`${base}/rounds/${id}/assignments/auto`),
  publishAssignments: (id: string) => api.post<PublishAssignmentsOutcome>(`${base}/rounds/${id}/assignments/publish`),
  undo: (id: string) => api.post<UndoOutcome>(`${base}/rounds/${id}/assignments/undo`),
  importCsv: (id: string, csv: string) => api.post<ImportAssignmentsOutcome>(`${base}/rounds/${id}/assignments/import`, { csv }),
  results: (id: string, basis: Basis) => api.get<Results>(`${base}/rounds/${id}/results`, { basis }),
  panelSelections: () => api.get<{ items: PanelSelection[] }>(`${base}/panel/selections`),
  selections: (roundId: string) => api.get<{ items: SelectionHeader[] }>(`${base}/rounds/${roundId}/selections`),
  selection: (id: string) => api.get<Selection>(`${base}/selections/${id}`),
  createSelection: (roundId: string, body: NewSelection) => api.post<Selection>(`${base}/rounds/${roundId}/selections`, body),
  decide: (selectionId: string, proposalId: string, body: DecisionBody) => api.put<Selection>(`${base}/selections/${selectionId}/decisions/${proposalId}`, body),
  publishSelection: (id: string, objectionHours: number) => api.post<Selection>(`${base}/selections/${id}/publish`, { objectionHours }),
  withdrawSelection: (id: string) => api.post<Selection>(`${base}/selections/${id}/withdraw`),
  answerObjection: (id: string, objectionId: string, body: AnswerObjectionBody) => api.post<Selection>(`${base}/selections/${id}/objections/${objectionId}/answer`, body),
  finalise: (id: string, body: FinaliseBody) => api.post<Selection>(`${base}/selections/${id}/finalise`, body),
  myAssignments: () => api.get<{ items: MyAssignment[] }>(`${base}/my/assignments`),
  review: (roundId: string, proposalId: string) => api.get<Review>(`${base}/rounds/${roundId}/proposals/${proposalId}/review`),
  saveScore: (roundId: string, proposalId: string, body: ScoreBody) => api.put<SavedScore>(`${base}/rounds/${roundId}/proposals/${proposalId}/score`, body),
  publicResults: (competitionId: string) => api.get<PublicResults>(`${base}/results/${competitionId}`),
  fileObjection: (selectionId: string, body: ObjectionBody) => api.post<FiledObjection>(`${base}/selections/${selectionId}/objections`, body),
  updateRound: (id: string, body: RoundUpdate) => api.patch<Round>(`${base}/rounds/${id}`, body),
  assignments: (id: string, filters: AssignmentFilters, page: number, signal?: AbortSignal) =>
    api.get<AssignmentPage>(`${base}/rounds/${id}/assignments`, { ...filters, page, pageSize: LIST_PAGE_SIZE } satisfies Input<typeof assignmentListQuery>, signal),
  /** Every proposal of a round, 200 a page: for pickers in small (panel) rounds, not the national table. */
  roundProposals: async (id: string, signal?: AbortSignal) => {
    const rows: AssignmentRow[] = [];
    for (let page = 1; ; page++) {
      const { items, total } = await api.get<AssignmentPage>(`${base}/rounds/${id}/assignments`, { page, pageSize: 200 }, signal);
      rows.push(...items);
      if (items.length === 0 || rows.length >= total) return rows;
    }
  },
  assign: (id: string, body: AssignmentPair) => api.post<{ proposalId: string; evaluatorId: string }>(`${base}/rounds/${id}/assignments`, body),
  unassign: (id: string, body: AssignmentPair) => api.post<unknown>(`${base}/rounds/${id}/assignments/remove`, body),
  reassign: (id: string, fromEvaluatorId: string) => api.post<ReassignOutcome>(`${base}/rounds/${id}/assignments/reassign`, { fromEvaluatorId }),
  interviews: (id: string) => api.get<{ items: InterviewSlot[] }>(`${base}/rounds/${id}/interviews`),
  scheduleInterviews: (id: string, body: InterviewScheduleBody) => api.post<{ items: InterviewSlot[] }>(`${base}/rounds/${id}/interviews`, body),
  fieldVisits: (id: string) => api.get<{ items: FieldVisit[] }>(`${base}/rounds/${id}/field-visits`),
  recordFieldVisit: (id: string, proposalId: string, body: FieldVisitBody) => api.put<{ items: FieldVisit[] }>(`${base}/rounds/${id}/field-visits/${proposalId}`, body),
  redaction: (proposalId: string) => api.get<Redaction>(`${base}/proposals/${proposalId}/redaction`),
  saveRedaction: (proposalId: string, body: RedactionInput) => api.put<RedactionInput & { proposalId: string }>(`${base}/proposals/${proposalId}/redaction`, body),
  myConflicts: () => api.get<{ items: DeclaredConflict[] }>(`${base}/my/conflicts`),
  declareConflict: (body: DeclareConflictBody) => api.post<DeclaredConflict>(`${base}/my/conflicts`, body),
  reviewers: (role: 'evaluator' | 'panelist') => api.get<{ items: Account[] }>('/api/users', { role, active: 'true', pageSize: 200 }),
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
