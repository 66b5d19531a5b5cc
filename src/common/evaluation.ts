import { z } from 'zod';

/**
 * Answer shapes of the evaluator-facing evaluation routes (Tim Evaluasi, TPI), shared by the
 * server's response schemas and the web client's types. The server serialises answers through
 * these schemas, so a field that is not listed here never reaches an evaluator — which matters
 * in blind rounds (no agency, region or owner may leave the server).
 */
export const ROUND_STATUSES = ['setup', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const SHEET_STATUSES = ['not_started', 'draft', 'submitted'] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];

export const criterionValueShape = z.union([z.number(), z.literal('abstain')]);
export type CriterionValue = z.infer<typeof criterionValueShape>;

export const criterionShape = z.object({
  id: z.string(),
  position: z.number().int(),
  name: z.string(),
  description: z.string(),
  weight: z.number(),
  scale: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('numeric'), min: z.number(), max: z.number() }),
    z.object({ kind: z.literal('levels'), levels: z.array(z.string()) }),
  ]),
  required: z.boolean(),
  includedInTotal: z.boolean(),
});
export type CriterionShape = z.infer<typeof criterionShape>;

/** One line of "my assignments": titles of blind rounds come masked; never others' scores. */
export const myAssignmentShape = z.object({
  roundId: z.string(),
  roundName: z.string(),
  roundStatus: z.enum(ROUND_STATUSES),
  blind: z.boolean(),
  proposalId: z.string(),
  proposalNumber: z.string(),
  title: z.string(),
  /** End of the competition stage the round is scheduled in: no score changes after it. */
  deadline: z.string().nullable(),
  myStatus: z.enum(SHEET_STATUSES),
  myTotal: z.number().nullable(),
});
export type MyAssignment = z.infer<typeof myAssignmentShape>;

export const myScoreShape = z.object({
  values: z.record(z.string(), criterionValueShape),
  comments: z.record(z.string(), z.string()),
  overallComment: z.string(),
  total: z.number().nullable(),
  status: z.enum(['draft', 'submitted']),
  submittedAt: z.string().nullable(),
});

/** The review page of one assigned proposal. In a blind round agency and region are masked. */
export const reviewShape = z.object({
  round: z.object({
    id: z.string(),
    name: z.string(),
    status: z.enum(ROUND_STATUSES),
    blind: z.boolean(),
    showOthersAfterSubmit: z.boolean(),
    scoresEditableAfterSubmit: z.boolean(),
    deadline: z.string().nullable(),
    deadlinePassed: z.boolean(),
  }),
  proposal: z.object({
    id: z.string(),
    number: z.string(),
    title: z.string(),
    categoryId: z.string(),
    groupId: z.string(),
    agencyName: z.string().nullable(),
    regionName: z.string().nullable(),
    answers: z.array(z.object({ number: z.number().int(), question: z.string(), value: z.unknown() })),
  }),
  criteria: z.array(criterionShape),
  myScore: myScoreShape.nullable(),
  /** Others' sheets, unnamed, only when the round allows it and after one's own submission. */
  others: z.array(z.object({ label: z.string(), total: z.number(), comments: z.string() })).nullable(),
});
export type Review = z.infer<typeof reviewShape>;

/** What saving a sheet answers: the stored total and how each criterion counted. */
export const savedScoreShape = z.object({
  total: z.number().nullable(),
  status: z.enum(['draft', 'submitted']),
  contributions: z.array(z.object({ criterionId: z.string(), normalised: z.number(), effectiveWeight: z.number() })),
});
export type SavedScore = z.infer<typeof savedScoreShape>;

export const declaredConflictShape = z.object({
  id: z.string(),
  kind: z.enum(['agency', 'region', 'person']),
  agencyId: z.string().nullable(),
  regionCode: z.string().nullable(),
  personEmail: z.string().nullable(),
  reason: z.string(),
  createdAt: z.string(),
});
export type DeclaredConflict = z.infer<typeof declaredConflictShape>;
