import { z } from 'zod';
import {
  assignmentListQuery,
  basis,
  criteriaBody,
  createSelectionBody,
  declareConflictBody,
  interviewScheduleBody,
  poolBody,
  scoreBody,
  selectionRulesSchema,
} from '../../../common/evaluation-requests.js';

/** The request bodies live in src/common/evaluation-requests.ts (the web client types its requests from them). */
export {
  assignmentListQuery,
  createRoundBody,
  updateRoundBody,
  roundStatusBody,
  criteriaBody,
  poolBody,
  declareConflictBody,
  assignmentPairBody,
  reassignBody,
  importCsvBody,
  scoreBody,
  selectionRulesSchema,
  createSelectionBody,
  decisionBody,
  publishSelectionBody,
  finaliseSelectionBody,
  objectionBody,
  answerObjectionBody,
  interviewScheduleBody,
  fieldVisitBody,
  redactionBody,
} from '../../../common/evaluation-requests.js';
export type { CreateRoundInput, UpdateRoundInput } from '../../../common/evaluation-requests.js';

/** Request and response shapes of the evaluation API (validated by Fastify through zod). */
export const roundIdParams = z.strictObject({ roundId: z.uuid() });
export const competitionIdParams = z.strictObject({ competitionId: z.uuid() });
export const roundProposalParams = z.strictObject({ roundId: z.uuid(), proposalId: z.uuid() });
export const selectionIdParams = z.strictObject({ selectionId: z.uuid() });
export const selectionProposalParams = z.strictObject({ selectionId: z.uuid(), proposalId: z.uuid() });
export const objectionParams = z.strictObject({ selectionId: z.uuid(), objectionId: z.uuid() });

export type CriteriaInput = z.infer<typeof criteriaBody>['criteria'];

export type PoolInput = z.infer<typeof poolBody>['members'];

export type DeclareConflictInput = z.infer<typeof declareConflictBody>;

export type ScoreInput = z.infer<typeof scoreBody>;

export const resultsQuery = z.strictObject({ basis: basis.optional() });

export type { SheetStatus } from '../../../common/evaluation.js';
export type AssignmentListQuery = z.infer<typeof assignmentListQuery>;

export type SelectionRulesInput = z.infer<typeof selectionRulesSchema>;

export type CreateSelectionInput = z.infer<typeof createSelectionBody>;

export type InterviewScheduleBody = z.infer<typeof interviewScheduleBody>;

export const proposalIdParams = z.strictObject({ proposalId: z.uuid() });
