import { z } from 'zod';
import type { InnovationProfile } from './catalog.js';
import { ADMIN_CHECK_STATUSES, PARTICIPANT_TYPES, PROPOSAL_STATUSES } from './competitions.js';
import { paginationQuery } from './pagination.js';

/**
 * Request bodies and answers of the proposals API and of the secretariat's administrative
 * check, shared by the server (its routes validate and serialise with these; the modules'
 * schemas.ts re-export them) and the web client (features/proposals types its calls with
 * `z.input`/`z.output` of these), so a changed shape breaks the web build instead of the page.
 */

// ---------------------------------------------------------------- proposal requests

/**
 * Starting a proposal, without the new catalog record a participant may register on the way:
 * that one is the catalog's create body, which stays in the server (proposals/schemas.ts adds it).
 */
export const startProposalBody = z.strictObject({
  competitionId: z.uuid(),
  groupId: z.uuid(),
  categoryId: z.uuid(),
  /** An innovation of the caller's agency from the catalog… */
  innovationId: z.uuid().optional(),
  /** The proposal's title; defaults to the innovation's. Required for citizen entrants. */
  title: z.string().trim().min(5).max(200).optional(),
});

/**
 * …or a new one: the catalog fields a participant fills in when registering it on the way,
 * exactly those the catalog's create body requires (checked in server proposals/schemas.ts).
 */
export type NewInnovationStart = Pick<InnovationProfile, 'title' | 'summary' | 'regionCode' | 'startDate' | 'categoryId' | 'sdgs'>;
export type StartProposalRequest = z.input<typeof startProposalBody> & { newInnovation?: NewInnovationStart };

/** Text, number, chosen option, SDG numbers or video link, by question type; null clears the answer. */
export const answerValue = z.union([z.string().max(100_000), z.number(), z.array(z.number().int()).max(17), z.null()]);
export type AnswerValue = z.input<typeof answerValue>;

/**
 * Whether a value has an answer's shape: the answer view carries stored values as `unknown`,
 * the save request takes only these.
 */
export function isAnswerValue(value: unknown): value is AnswerValue {
  return value === null || typeof value === 'string' || typeof value === 'number' || (Array.isArray(value) && value.every((n) => typeof n === 'number'));
}

export const answerInput = z.strictObject({ questionId: z.uuid(), value: answerValue });

export const saveProposalBody = z.strictObject({
  /** The version the editor last saw; a newer saved version (another tab or person) makes this a 409. */
  baseVersion: z.number().int().min(1),
  title: z.string().trim().min(5).max(200).optional(),
  groupId: z.uuid().optional(),
  categoryId: z.uuid().optional(),
  answers: z.array(answerInput).max(100).optional(),
});
export type SaveProposalInput = z.infer<typeof saveProposalBody>;

export const returnBody = z.strictObject({ comment: z.string().trim().min(5).max(4000) });
export const withdrawBody = z.strictObject({ reason: z.string().trim().min(5).max(2000) });

/** The caller's proposals, filtered and paged. */
export const listProposalsQuery = z.strictObject({
  competitionId: z.uuid().optional(),
  status: z.enum(PROPOSAL_STATUSES).optional(),
  q: z.string().trim().max(200).optional(),
  ...paginationQuery,
});

// ---------------------------------------------------------------- proposal answers

const ref = z.object({ id: z.string(), name: z.string() });
const codedRef = ref.extend({ code: z.string() });

export const answerView = z.object({ questionId: z.string(), value: z.unknown(), wordCount: z.number(), updatedAt: z.string() });
export const attachmentView = z.object({
  id: z.string(),
  questionId: z.string().nullable(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
export const adminCheckView = z.object({
  status: z.enum(ADMIN_CHECK_STATUSES),
  reason: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

export const proposalSummary = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
  competition: ref.extend({ year: z.number() }),
  group: codedRef,
  category: codedRef,
  agency: ref.extend({ type: z.string() }).nullable(),
  owner: ref,
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  lateSeconds: z.number().nullable(),
  adminCheck: adminCheckView.nullable(),
});
export type ProposalSummary = z.infer<typeof proposalSummary>;

export const proposalView = proposalSummary.extend({
  applicantKind: z.enum(['agency', 'citizen']),
  participantType: z.string(),
  innovationId: z.string().nullable(),
  sdgs: z.array(z.number()),
  version: z.number(),
  createdAt: z.string(),
  contentHash: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  answers: z.array(answerView),
  attachments: z.array(attachmentView),
  returns: z.array(z.object({ comment: z.string(), returnedAt: z.string(), returnedBy: z.string().nullable() })),
  can: z.object({ edit: z.boolean(), markReady: z.boolean(), reopen: z.boolean(), return: z.boolean(), submit: z.boolean(), withdraw: z.boolean() }),
});
export type ProposalView = z.infer<typeof proposalView>;

export const receiptView = z.object({
  proposalId: z.string(),
  number: z.string(),
  title: z.string(),
  competition: z.string(),
  submittedAt: z.string(),
  submittedBy: z.string().nullable(),
  lateSeconds: z.number().nullable().describe('seconds after the deadline, when accepted within the grace period'),
  contentHash: z.string(),
  hashAlgorithm: z.literal('sha256'),
  /** True when this answer repeats an earlier submission (double click, retry): nothing new was stored. */
  replayed: z.boolean(),
});
export type ReceiptView = z.infer<typeof receiptView>;

export const listProposalsResponse = z.object({ items: z.array(proposalSummary), total: z.number() });

// ---------------------------------------------------------------- administrative check: requests

/** The check list's orders. */
export const CHECK_SORTS = ['submitted', 'flags'] as const;

export const checkFilterFields = {
  competitionId: z.uuid(),
  status: z.enum(ADMIN_CHECK_STATUSES).optional(),
  groupId: z.uuid().optional(),
  categoryId: z.uuid().optional(),
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  participantType: z.enum(PARTICIPANT_TYPES).optional(),
  late: z.enum(['true', 'false']).optional(),
  /** Only proposals with (true) or without (false) flags from their own content. */
  flagged: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(200).optional(),
};

/** The check's list: the filters a bulk decision also takes, paging and order. */
export const listChecksQuery = z.strictObject({
  ...checkFilterFields,
  ...paginationQuery,
  pageSize: z.coerce.number<number | string>().int().min(1).max(100).default(25),
  /** `submitted` (oldest first) or `flags` (most own-content flags first, then by number). */
  sort: z.enum(CHECK_SORTS).default('submitted'),
});

const checklist = z
  .strictObject({
    ageOk: z.boolean().optional(),
    complete: z.boolean().optional(),
    noNonsense: z.boolean().optional(),
    noDuplicate: z.boolean().optional(),
  })
  .default({});

export const decisionBody = z.strictObject({
  decision: z.enum(['passed', 'failed']),
  /** Shown to the participant. Required when the proposal fails. */
  reason: z.string().trim().min(5).max(4000).optional(),
  checklist,
});

export const bulkDecisionBody = z
  .strictObject({
    decision: z.enum(['passed', 'failed']),
    reason: z.string().trim().min(5).max(4000).optional(),
    checklist,
    /** Either explicit proposals… */
    proposalIds: z.array(z.uuid()).min(1).max(1000).optional(),
    /** …or every proposal matching the list's filters (at most 5,000). */
    filter: z.strictObject({ ...checkFilterFields, competitionId: z.uuid() }).optional(),
    /**
     * A bulk decision never overturns a decided proposal (passed → failed, failed → passed)
     * unless this is true; without it such proposals are left as they are and counted in
     * `skippedDecided`.
     */
    overturnDecided: z.boolean().default(false),
    /** Only say what would change (counts and skips); nothing is written. A reason is not needed. */
    dryRun: z.boolean().default(false),
  })
  .refine((b) => (b.proposalIds ? !b.filter : !!b.filter), { message: "give 'proposalIds' or 'filter'", path: ['proposalIds'] });

// ---------------------------------------------------------------- administrative check: answers

const flagsView = z.object({
  age: z.object({ ok: z.boolean(), months: z.number().nullable(), requiredMonths: z.number() }),
  complete: z.object({ ok: z.boolean(), missing: z.array(z.number()), tooShort: z.array(z.number()) }),
  nonsense: z.array(z.object({ question: z.number(), kind: z.string() })),
  copiedWithin: z.array(z.object({ questions: z.tuple([z.number(), z.number()]), similarity: z.number() })),
  copiedAcross: z.array(z.object({ question: z.number(), otherProposalId: z.string(), otherNumber: z.string(), similarity: z.number() })),
  duplicateTitles: z.array(z.object({ source: z.enum(['proposal', 'catalog']), id: z.string(), label: z.string(), similarity: z.number() })),
});

export const checkItemView = z.object({
  proposalId: z.string(),
  number: z.string(),
  title: z.string(),
  participantType: z.string(),
  agency: z.string().nullable(),
  owner: z.string(),
  province: z.string().nullable(),
  group: z.object({ code: z.string(), name: z.string() }),
  category: z.object({ code: z.string(), name: z.string() }),
  submittedAt: z.string(),
  lateSeconds: z.number().nullable(),
  status: z.enum(ADMIN_CHECK_STATUSES),
  reason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  checklist: z.record(z.string(), z.boolean()),
  flags: flagsView,
  /** All flags shown, including the cross-proposal ones. */
  flagCount: z.number(),
  /** Flags from the proposal's own content only: what `flagged` and `sort=flags` use. */
  ownFlagCount: z.number(),
});
export type CheckItemView = z.infer<typeof checkItemView>;

export const checkListResponse = z.object({ items: z.array(checkItemView), total: z.number() });

/** One proposal's outcome after a decision. */
export const decisionOutcome = z.object({ status: z.enum(ADMIN_CHECK_STATUSES), reason: z.string().nullable(), decidedAt: z.string() });

/** What a bulk decision changes (or, on a dry run, would change), by transition. */
export const bulkChanges = z.object({
  pendingToPassed: z.number(),
  pendingToFailed: z.number(),
  passedToFailed: z.number(),
  failedToPassed: z.number(),
});
export type BulkChanges = z.infer<typeof bulkChanges>;

export const bulkResult = z.object({
  dryRun: z.boolean(),
  /** Proposals whose outcome changed (or would change). */
  updated: z.number(),
  changes: bulkChanges,
  /** Decided proposals left as they were because `overturnDecided` was not given. */
  skippedDecided: z.number(),
  /** Every proposal not changed, with why: `not_submitted`, `already_passed|failed`, `decided_passed|failed` (kept without `overturnDecided`). */
  skipped: z.array(z.object({ proposalId: z.string(), reason: z.string() })),
});
export type BulkResult = z.infer<typeof bulkResult>;

const counts = z.object({
  registered: z.number(),
  drafting: z.number(),
  ready: z.number(),
  returned: z.number(),
  submitted: z.number(),
  late: z.number(),
  withdrawn: z.number(),
  checkPending: z.number(),
  checkPassed: z.number(),
  checkFailed: z.number(),
});
export type Counts = z.infer<typeof counts>;
const breakdown = z.array(counts.extend({ key: z.string(), label: z.string() }));
export const statsView = z.object({
  competitionId: z.string(),
  generatedAt: z.string(),
  totals: counts,
  byGroup: breakdown,
  byCategory: breakdown,
  byProvince: breakdown,
  byParticipantType: breakdown,
});
export type StatsView = z.infer<typeof statsView>;
