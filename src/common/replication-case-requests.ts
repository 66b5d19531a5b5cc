import { z } from 'zod';
import { CASE_OUTCOMES, CASE_STATES, LOG_MODES, MILESTONE_KINDS } from './replication.js';
import { paginationQuery } from './pagination.js';

/**
 * The replication cases' request bodies and list query, shared by the server (its routes
 * validate with these; modules/replication/cases-schemas.ts re-exports them) and the web client
 * (features/replication types its calls with `z.input` of these).
 */
const isoDate = z.iso.date();

export const replicationRequestBody = z.strictObject({
  sourceInnovationId: z.uuid(),
  problem: z.string().trim().min(10).max(4000),
  context: z.string().trim().min(10).max(4000),
  leadName: z.string().trim().min(3).max(200),
});
export type RequestInput = z.infer<typeof replicationRequestBody>;

export const reasonBody = z.strictObject({ reason: z.string().trim().min(5).max(2000) });
export const optionalReasonBody = z.strictObject({ reason: z.string().trim().max(2000).optional() });
export const assignMentorBody = z.strictObject({
  mentorId: z.uuid(),
  /** The ministry only: assign a mentor from outside the case's hub or over their cap. */
  override: z.boolean().default(false),
});
export const agreementBody = z.strictObject({
  number: z.string().trim().min(2).max(120),
  date: isoDate,
  document: z.string().trim().max(500).nullable().default(null),
});
export const milestoneInput = z.strictObject({
  id: z.uuid().optional(),
  kind: z.enum(MILESTONE_KINDS),
  title: z.string().trim().min(3).max(200),
  dueOn: isoDate,
});
export const startBody = z.strictObject({ milestones: z.array(milestoneInput).min(1).max(20).optional() });
export const milestonesBody = z.strictObject({ milestones: z.array(milestoneInput).min(1).max(20) });
export type MilestoneInput = z.infer<typeof milestoneInput>;
export const logBody = z.strictObject({
  heldOn: isoDate,
  mode: z.enum(LOG_MODES),
  notes: z.string().trim().min(5).max(4000),
});
export const indicatorsBody = z.strictObject({
  indicators: z
    .array(
      z.strictObject({
        name: z.string().trim().min(2).max(120),
        unit: z.string().trim().max(40).default(''),
        baseline: z.number().min(-1e12).max(1e12),
        followUp: z.number().min(-1e12).max(1e12).nullable().default(null),
      }),
    )
    .max(20),
});
export const completeBody = z.strictObject({
  outcome: z.enum(CASE_OUTCOMES),
  /** The adopter's own record in the catalog; without it a draft is created from the source. */
  adopterInnovationId: z.uuid().nullable().default(null),
});
export const stopBody = z.strictObject({ reason: z.string().trim().max(2000).optional() });

/** The list's flags: a milestone past its date, or no log entry for the silent period. */
export const CASE_FLAGS = ['overdue', 'silent'] as const;

export const listCasesQuery = z.strictObject({
  state: z.enum(CASE_STATES).optional(),
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  hubId: z.uuid().optional(),
  mentorId: z.uuid().optional(),
  categoryId: z.coerce.number<number | string>().int().positive().max(1_000_000).optional(),
  year: z.coerce.number<number | string>().int().min(2000).max(2100).optional(),
  flag: z.enum(CASE_FLAGS).optional(),
  ...paginationQuery,
});
export type ListCasesQuery = z.infer<typeof listCasesQuery>;
export const exportCasesQuery = listCasesQuery.omit({ page: true, pageSize: true });
