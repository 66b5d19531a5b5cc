import { z } from 'zod';
import { ADMIN_CHECK_STATUSES, PROPOSAL_STATUSES } from '../../../common/competitions.js';
import { paginationQuery } from '../../http/pagination.js';
import { createInnovationBody } from '../catalog/schemas.js';

/** Request and response shapes of the proposals API. */

export const proposalIdParams = z.strictObject({ proposalId: z.uuid() });
export const attachmentParams = z.strictObject({ proposalId: z.uuid(), attachmentId: z.uuid() });

export const createProposalBody = z
  .strictObject({
    competitionId: z.uuid(),
    groupId: z.uuid(),
    categoryId: z.uuid(),
    /** An innovation of the caller's agency from the catalog… */
    innovationId: z.uuid().optional(),
    /** …or a new one, registered in the catalog on the way (agency entrants). */
    newInnovation: createInnovationBody.optional(),
    /** The proposal's title; defaults to the innovation's. Required for citizen entrants. */
    title: z.string().trim().min(5).max(200).optional(),
  })
  .refine((b) => !(b.innovationId && b.newInnovation), { message: "give 'innovationId' or 'newInnovation', not both", path: ['newInnovation'] });
export type CreateProposalInput = z.infer<typeof createProposalBody>;

export const answerInput = z.strictObject({
  questionId: z.uuid(),
  /** Text, number, chosen option, SDG numbers or video link, by question type; null clears the answer. */
  value: z.union([z.string().max(100_000), z.number(), z.array(z.number().int()).max(17), z.null()]),
});

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
export const submitBody = z.strictObject({}).optional();

export const listProposalsQuery = z.strictObject({
  competitionId: z.uuid().optional(),
  status: z.enum(PROPOSAL_STATUSES).optional(),
  q: z.string().trim().max(200).optional(),
  ...paginationQuery,
});

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
