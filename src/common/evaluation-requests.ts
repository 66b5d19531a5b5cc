import { z } from 'zod';
import { SHEET_STATUSES } from './evaluation.js';
import { paginationQuery } from './pagination.js';

/**
 * Request bodies of the evaluation API, shared by the server (its routes validate with these) and
 * the web client (its request types are `z.input<typeof …>` of these), so a changed rule breaks
 * the web build instead of the request.
 */
export const basis = z.enum(['mean', 'median', 'normalised']);

export const roundSettings = {
  name: z.string().trim().min(3).max(200),
  stageId: z.uuid().nullable().optional(),
  reviewerRole: z.enum(['evaluator', 'panelist']),
  reviewersPerProposal: z.number().int().min(1).max(20),
  defaultMaxPerEvaluator: z.number().int().min(1).max(10000),
  blind: z.boolean(),
  showOthersAfterSubmit: z.boolean(),
  scoresEditableAfterSubmit: z.boolean(),
  aggregation: basis,
  disagreementThreshold: z.number().min(0).max(100).nullable().optional(),
  carryOverWeight: z.number().min(0).max(1).optional(),
};

export const createRoundBody = z.strictObject({
  competitionId: z.uuid(),
  sourceSelectionId: z.uuid().nullable().optional(),
  ...roundSettings,
});
export type CreateRoundInput = z.infer<typeof createRoundBody>;

export const updateRoundBody = z.strictObject(
  Object.fromEntries(Object.entries(roundSettings).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof roundSettings]: z.ZodOptional<(typeof roundSettings)[K]>;
  },
);
export type UpdateRoundInput = z.infer<typeof updateRoundBody>;

export const roundStatusBody = z.strictObject({ status: z.enum(['setup', 'open', 'closed']) });

export const scale = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('numeric'), min: z.number(), max: z.number() }),
  z.strictObject({ kind: z.literal('levels'), levels: z.array(z.string().trim().min(1).max(100)).min(2).max(20) }),
]);

export const criteriaBody = z.strictObject({
  criteria: z
    .array(
      z.strictObject({
        name: z.string().trim().min(2).max(200),
        /** Optional English name, shown in the English interface (else `name`). */
        nameEn: z.string().trim().max(200).nullable().optional(),
        description: z.string().max(2000).default(''),
        weight: z.number().positive().max(1000),
        scale,
        required: z.boolean().default(true),
        includedInTotal: z.boolean().default(true),
      }),
    )
    .min(1)
    .max(30),
});
export const poolBody = z.strictObject({
  members: z
    .array(
      z.strictObject({
        userId: z.uuid(),
        maxProposals: z.number().int().min(0).max(10000).optional(),
        expertiseCategoryIds: z.array(z.uuid()).max(50).default([]),
      }),
    )
    .max(2000),
});
export const declareConflictBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('agency'), agencyId: z.uuid(), reason: z.string().trim().min(3).max(1000) }),
  z.strictObject({ kind: z.literal('region'), regionCode: z.string().regex(/^\d{2}(\.\d{2})?$/), reason: z.string().trim().min(3).max(1000) }),
  z.strictObject({ kind: z.literal('person'), personEmail: z.email(), reason: z.string().trim().min(3).max(1000) }),
]);
export const assignmentPairBody = z.strictObject({ proposalId: z.uuid(), evaluatorId: z.uuid() });
export const reassignBody = z.strictObject({ fromEvaluatorId: z.uuid(), toEvaluatorId: z.uuid().optional() });
export const importCsvBody = z.strictObject({ csv: z.string().min(1).max(2_000_000) });

export const scoreBody = z.strictObject({
  values: z.record(z.string(), z.union([z.number(), z.literal('abstain')])),
  comments: z.record(z.string(), z.string().max(4000)).default({}),
  overallComment: z.string().max(8000).default(''),
  submit: z.boolean().default(false),
});
export const selectionRulesSchema = z.strictObject({
  minPerCategory: z.record(z.uuid(), z.number().int().min(0).max(10000)).optional(),
  minPerGroup: z.record(z.uuid(), z.number().int().min(0).max(10000)).optional(),
  maxPerProvince: z.number().int().min(1).max(10000).optional(),
  minRemote3T: z.number().int().min(0).max(10000).optional(),
});
export const createSelectionBody = z.strictObject({
  name: z.string().trim().min(2).max(200),
  awardLevel: z.enum(['top_99', 'top_45', 'top_5', 'special']).nullable(),
  size: z.number().int().min(1).max(10000),
  basis: basis.optional(),
  rules: selectionRulesSchema.default({}),
});
export const decisionBody = z.strictObject({ selected: z.boolean(), rationale: z.string().trim().min(3).max(4000) });
export const publishSelectionBody = z.strictObject({
  objectionHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 30),
});
export const finaliseSelectionBody = z.strictObject({
  decreeNumber: z.string().trim().min(3).max(200),
  decreeDate: z.iso.date(),
});
export const objectionBody = z.strictObject({
  proposalId: z.uuid().optional(),
  name: z.string().trim().min(2).max(200),
  email: z.email(),
  reason: z.string().trim().min(10).max(4000),
});
export const answerObjectionBody = z.strictObject({
  status: z.enum(['upheld', 'rejected']),
  answer: z.string().trim().min(3).max(4000),
});

export const interviewScheduleBody = z.strictObject({
  panels: z
    .array(z.strictObject({ code: z.string().trim().min(1).max(40), panelistIds: z.array(z.uuid()).min(1).max(20) }))
    .min(1)
    .max(50),
  days: z
    .array(z.strictObject({ start: z.iso.datetime({ offset: true }), end: z.iso.datetime({ offset: true }) }))
    .min(1)
    .max(30),
  breaks: z
    .array(z.strictObject({ start: z.iso.datetime({ offset: true }), end: z.iso.datetime({ offset: true }) }))
    .max(100)
    .default([]),
  presentationMinutes: z.number().int().min(1).max(120).default(7),
  interviewMinutes: z.number().int().min(1).max(240).default(13),
  changeoverMinutes: z.number().int().min(0).max(120).default(0),
});
export const fieldVisitBody = z.strictObject({
  visitedOn: z.iso.date(),
  findings: z.string().trim().min(3).max(8000),
  verified: z.boolean(),
});

export const redactionBody = z.strictObject({
  title: z.string().trim().min(5).max(200),
  answers: z.array(z.strictObject({ number: z.number().int().min(1).max(1000), value: z.string().max(50_000) })).max(200),
});

/** The admin's assignment table: a page of proposals, narrowed by what an operator looks for. */
export const assignmentListQuery = z.strictObject({
  q: z.string().trim().max(200).optional().describe('part of the proposal number or title'),
  evaluatorId: z.uuid().optional().describe('only proposals this evaluator reviews'),
  /** How far a review is: no sheet yet, a saved draft, or submitted. */
  status: z.enum(SHEET_STATUSES).optional().describe('only proposals with a review in this state (of the named evaluator, if any)'),
  missing: z.enum(['true', 'false']).optional().describe('true: only proposals with fewer reviewers than the round needs'),
  ...paginationQuery,
});
