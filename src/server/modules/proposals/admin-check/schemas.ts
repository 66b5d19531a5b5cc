import { z } from 'zod';
import { ADMIN_CHECK_STATUSES, PARTICIPANT_TYPES } from '../../../../common/competitions.js';
import { paginationQuery } from '../../../http/pagination.js';

/** Request and response shapes of the secretariat's administrative check, counts and exports. */

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

export const listChecksQuery = z.strictObject({
  ...checkFilterFields,
  ...paginationQuery,
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  /** `submitted` (oldest first) or `flags` (most own-content flags first, then by number). */
  sort: z.enum(['submitted', 'flags']).default('submitted'),
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

export const checkParams = z.strictObject({ proposalId: z.uuid() });

export const statsParams = z.strictObject({ competitionId: z.uuid() });
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

export const exportQuery = z.strictObject({
  report: z.enum(['proposals', 'counts']).default('proposals'),
  format: z.enum(['csv', 'xlsx']).default('csv'),
});
