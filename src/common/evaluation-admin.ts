import { z } from 'zod';
import { criterionShape, ROUND_STATUSES, SHEET_STATUSES } from './evaluation.js';

/**
 * Answer shapes of the ministry's and the panel's evaluation routes (rounds, assignments,
 * interviews, redaction, results, selections) and of the public results, shared by the server's
 * response schemas and the web client's types. The server serialises every answer through these
 * schemas: a field not listed here never leaves the server.
 */
export const BASES = ['mean', 'median', 'normalised'] as const;
export type Basis = (typeof BASES)[number];
export const REVIEWER_ROLES = ['evaluator', 'panelist'] as const;
export const TIE_BREAKS = ['score', 'median', 'mean', 'maxScore', 'consensus', 'proposalNumber'] as const;
export const SELECTION_STATUSES = ['draft', 'published', 'final'] as const;
export const AWARD_LEVELS = ['top_99', 'top_45', 'top_5', 'special'] as const;
export const COMPUTED_REASONS = ['plain_cut', 'rule', 'province_cap', 'displaced_by_quota', 'below_cut'] as const;
export const OBJECTION_STATUSES = ['open', 'upheld', 'rejected'] as const;
export const BULK_ACTION_KINDS = ['auto_assign', 'import', 'reassign'] as const;
export const CONFLICT_REASONS = ['own_proposal', 'same_agency', 'same_region', 'same_province', 'declared_agency', 'declared_region', 'declared_person'] as const;

export const roundSummaryShape = z.object({
  id: z.string(),
  competitionId: z.string(),
  stageId: z.string().nullable(),
  name: z.string(),
  reviewerRole: z.enum(REVIEWER_ROLES),
  reviewersPerProposal: z.number().int(),
  defaultMaxPerEvaluator: z.number().int(),
  sourceSelectionId: z.string().nullable(),
  blind: z.boolean(),
  showOthersAfterSubmit: z.boolean(),
  scoresEditableAfterSubmit: z.boolean(),
  aggregation: z.enum(BASES),
  disagreementThreshold: z.number().nullable(),
  carryOverWeight: z.number(),
  status: z.enum(ROUND_STATUSES),
});
export type RoundSummary = z.infer<typeof roundSummaryShape>;

/** A criterion as the ministry configures it (the evaluator's view has no English name). */
export const adminCriterionShape = criterionShape.extend({ nameEn: z.string().nullable() });
export type Criterion = z.infer<typeof adminCriterionShape>;

export const roundShape = roundSummaryShape.extend({
  criteria: z.array(adminCriterionShape),
  pool: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      email: z.string(),
      agencyName: z.string().nullable(),
      maxProposals: z.number().int(),
      expertiseCategoryIds: z.array(z.string()),
      load: z.number().int(),
    }),
  ),
  counts: z.object({ proposals: z.number().int(), assignments: z.number().int(), unpublished: z.number().int() }),
});
export type Round = z.infer<typeof roundShape>;

export const conflictCheckShape = z.object({
  proposals: z.number().int(),
  evaluators: z.number().int(),
  conflicts: z.array(
    z.object({ evaluatorId: z.string(), proposalId: z.string(), reasons: z.array(z.enum(CONFLICT_REASONS)), proposalNumber: z.string(), evaluatorName: z.string() }),
  ),
  perEvaluator: z.array(z.object({ evaluatorId: z.string(), name: z.string(), conflicted: z.number().int(), eligible: z.number().int() })),
});
export type ConflictCheck = z.infer<typeof conflictCheckShape>;

export const assignmentRowShape = z.object({
  proposalId: z.string(),
  proposalNumber: z.string(),
  title: z.string(),
  evaluators: z.array(z.object({ evaluatorId: z.string(), name: z.string(), published: z.boolean(), source: z.string(), status: z.enum(SHEET_STATUSES) })),
  missing: z.number().int(),
  /** A hand-redacted copy is stored for blind rounds. */
  redacted: z.boolean(),
});
export type AssignmentRow = z.infer<typeof assignmentRowShape>;

export const assignmentPageShape = z.object({
  items: z.array(assignmentRowShape),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  lastBulkAction: z.object({ id: z.string(), kind: z.enum(BULK_ACTION_KINDS), at: z.string() }).nullable(),
});
export type AssignmentPage = z.infer<typeof assignmentPageShape>;

const pair = z.object({ proposalId: z.string(), evaluatorId: z.string() });
export const assignmentPairShape = pair;

export const autoAssignShape = z.object({
  bulkActionId: z.string(),
  added: z.number().int(),
  kept: z.number().int(),
  totalCost: z.number(),
  expertiseMatches: z.number().int(),
  loads: z.array(z.object({ evaluatorId: z.string(), load: z.number().int(), maxProposals: z.number().int() })),
});
export type AutoAssignOutcome = z.infer<typeof autoAssignShape>;

export const reassignShape = z.object({ bulkActionId: z.string(), from: z.string(), to: z.string().nullable(), moved: z.number().int(), added: z.array(pair) });
export const publishAssignmentsShape = z.object({ published: z.number().int() });
export const undoShape = z.object({ undone: z.enum(BULK_ACTION_KINDS), removed: z.number().int(), restored: z.number().int() });
export const importAssignmentsShape = z.object({
  bulkActionId: z.string(),
  lines: z.number().int(),
  added: z.number().int(),
  removed: z.number().int(),
  /** Proposal numbers left with fewer reviewers than the round needs. */
  underCovered: z.array(z.string()),
});
export type ReassignOutcome = z.infer<typeof reassignShape>;
export type PublishAssignmentsOutcome = z.infer<typeof publishAssignmentsShape>;
export type UndoOutcome = z.infer<typeof undoShape>;
export type ImportAssignmentsOutcome = z.infer<typeof importAssignmentsShape>;

export const interviewSlotShape = z.object({
  proposalId: z.string(),
  proposalNumber: z.string(),
  title: z.string(),
  agencyName: z.string().nullable(),
  panel: z.string(),
  panelistIds: z.array(z.string()),
  startsAt: z.string(),
  presentationEndsAt: z.string(),
  endsAt: z.string(),
});
export type InterviewSlot = z.infer<typeof interviewSlotShape>;

export const fieldVisitShape = z.object({ proposalId: z.string(), visitedOn: z.string(), findings: z.string(), verified: z.boolean() });
export type FieldVisit = z.infer<typeof fieldVisitShape>;

export const catalogTextMatchShape = z.object({ innovationId: z.string(), title: z.string(), field: z.string(), similarity: z.number() });
export type CatalogTextMatch = z.infer<typeof catalogTextMatchShape>;

const redactedAnswer = z.object({ number: z.number().int(), value: z.string() });

/** The secretariat's redaction screen: answers as submitted, their automatic masking, the stored copy. */
export const redactionShape = z.object({
  proposalId: z.string(),
  number: z.string(),
  title: z.string(),
  automaticTitle: z.string(),
  maskedTerms: z.array(z.string()),
  blindTitle: z.literal('code'),
  /** Published catalog texts the copy's title reproduces (pg_trgm similarity ≥ 0.6). */
  titleCatalogMatches: z.array(catalogTextMatchShape),
  answers: z.array(z.object({ number: z.number().int(), question: z.string(), original: z.string(), automatic: z.string(), catalogMatches: z.array(catalogTextMatchShape) })),
  stored: z.object({ title: z.string(), answers: z.array(redactedAnswer), redactedAt: z.string(), redactedByName: z.string().nullable() }).nullable(),
});
export type Redaction = z.infer<typeof redactionShape>;
export const savedRedactionShape = z.object({ proposalId: z.string(), title: z.string(), answers: z.array(redactedAnswer) });
export type RedactionInput = Omit<z.infer<typeof savedRedactionShape>, 'proposalId'>;

export const resultItemShape = z.object({
  rank: z.number().int(),
  decidedBy: z.enum(TIE_BREAKS).nullable(),
  proposalId: z.string(),
  proposalNumber: z.string(),
  title: z.string(),
  agencyName: z.string().nullable(),
  regionName: z.string().nullable(),
  categoryId: z.string(),
  groupId: z.string(),
  remote3T: z.boolean(),
  count: z.number().int(),
  mean: z.number(),
  median: z.number(),
  normalised: z.number(),
  min: z.number(),
  max: z.number(),
  stdDev: z.number(),
  disagreement: z.boolean(),
  score: z.number(),
  perEvaluator: z.array(z.object({ evaluatorId: z.string(), total: z.number() })),
});
export type ResultItem = z.infer<typeof resultItemShape>;

export const resultsShape = z.object({
  basis: z.enum(BASES),
  tieBreaks: z.array(z.enum(TIE_BREAKS)),
  carryOverWeight: z.number(),
  items: z.array(resultItemShape),
  unscored: z.array(z.object({ proposalId: z.string(), proposalNumber: z.string(), title: z.string() })),
  evaluators: z.array(
    z.object({ evaluatorId: z.string(), name: z.string(), count: z.number().int(), mean: z.number(), stdDev: z.number(), leniency: z.number(), standardised: z.boolean() }),
  ),
});
export type Results = z.infer<typeof resultsShape>;

export const selectionHeaderShape = z.object({
  id: z.string(),
  name: z.string(),
  awardLevel: z.enum(AWARD_LEVELS).nullable(),
  size: z.number().int(),
  status: z.enum(SELECTION_STATUSES),
  publishedAt: z.string().nullable(),
  objectionEndsAt: z.string().nullable(),
  decreeNumber: z.string().nullable(),
  decreeDate: z.string().nullable(),
});
export type SelectionHeader = z.infer<typeof selectionHeaderShape>;

export const panelSelectionShape = selectionHeaderShape.extend({ roundName: z.string(), competitionName: z.string(), competitionYear: z.number().int() });
export type PanelSelection = z.infer<typeof panelSelectionShape>;

export const selectionRulesShape = z.object({
  minPerCategory: z.record(z.string(), z.number()).optional(),
  minPerGroup: z.record(z.string(), z.number()).optional(),
  maxPerProvince: z.number().optional(),
  minRemote3T: z.number().optional(),
});
export type SelectionRules = z.infer<typeof selectionRulesShape>;

export const selectionShape = selectionHeaderShape.extend({
  roundId: z.string(),
  rules: selectionRulesShape,
  basis: z.enum(BASES),
  selectedCount: z.number().int(),
  ruleCheck: z.array(
    z.object({
      rule: z.enum(['minPerCategory', 'minPerGroup', 'minRemote3T', 'maxPerProvince']),
      key: z.string().nullable(),
      required: z.number(),
      actual: z.number(),
      ok: z.boolean(),
    }),
  ),
  decisions: z.array(
    z.object({
      proposalId: z.string(),
      proposalNumber: z.string(),
      title: z.string(),
      agencyName: z.string().nullable(),
      regionName: z.string().nullable(),
      categoryId: z.string().nullable(),
      groupId: z.string().nullable(),
      remote3T: z.boolean(),
      rank: z.number().int(),
      score: z.number(),
      selected: z.boolean(),
      computedReason: z.enum(COMPUTED_REASONS),
      rationale: z.string(),
      decidedAt: z.string().nullable(),
    }),
  ),
  objections: z.array(
    z.object({
      id: z.string(),
      proposalId: z.string().nullable(),
      name: z.string(),
      /** Only the ministry sees the objector's address; the panel gets null. */
      email: z.string().nullable(),
      reason: z.string(),
      status: z.enum(OBJECTION_STATUSES),
      answer: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});
export type Selection = z.infer<typeof selectionShape>;

export const publicResultsShape = z.object({
  competition: z.object({ id: z.string(), name: z.string(), year: z.number().int() }),
  selections: z.array(
    selectionHeaderShape.extend({
      proposals: z.array(
        z.object({
          proposalId: z.string(),
          number: z.string(),
          title: z.string(),
          agencyName: z.string().nullable(),
          regionName: z.string().nullable(),
          innovationId: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export type PublicResults = z.infer<typeof publicResultsShape>;

export const filedObjectionShape = z.object({ id: z.string(), status: z.enum(OBJECTION_STATUSES) });
export type FiledObjection = z.infer<typeof filedObjectionShape>;
