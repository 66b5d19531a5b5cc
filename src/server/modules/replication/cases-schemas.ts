import { z } from 'zod';
import { CASE_OUTCOMES, CASE_STATES, LOG_MODES, MILESTONE_KINDS } from '../../../common/replication.js';

/** The request bodies and list query the web client shares live in src/common/replication-case-requests.ts. */
export {
  agreementBody,
  assignMentorBody,
  completeBody,
  exportCasesQuery,
  indicatorsBody,
  listCasesQuery,
  logBody,
  milestoneInput,
  milestonesBody,
  optionalReasonBody,
  reasonBody,
  replicationRequestBody as requestBody,
  startBody,
  stopBody,
} from '../../../common/replication-case-requests.js';
export type { ListCasesQuery, MilestoneInput, RequestInput } from '../../../common/replication-case-requests.js';

const ref = z.object({ id: z.string(), name: z.string() });

export const caseIdParams = z.strictObject({ caseId: z.uuid() });
export const milestoneParams = z.strictObject({ caseId: z.uuid(), milestoneId: z.uuid() });

export const caseSummary = z.object({
  id: z.string(),
  state: z.enum(CASE_STATES),
  source: z.object({ id: z.string(), title: z.string() }),
  origin: ref.extend({ provinceCode: z.string().nullable() }),
  adopter: ref.extend({ provinceCode: z.string().nullable() }),
  hub: ref.nullable(),
  mentor: ref.nullable(),
  categoryId: z.number(),
  requestedAt: z.string(),
  lastLogOn: z.string().nullable(),
  nextDueOn: z.string().nullable(),
  overdueMilestones: z.number(),
  silent: z.boolean(),
  outcome: z.enum(CASE_OUTCOMES).nullable(),
});
export type CaseSummary = z.infer<typeof caseSummary>;
export const caseList = z.object({ items: z.array(caseSummary), total: z.number(), page: z.number(), pageSize: z.number() });

const abilities = z.object({
  accept: z.boolean(),
  decline: z.boolean(),
  assignMentor: z.boolean(),
  overrideMentorRules: z.boolean(),
  agree: z.boolean(),
  start: z.boolean(),
  editPlan: z.boolean(),
  editIndicators: z.boolean(),
  markMilestone: z.boolean(),
  log: z.boolean(),
  complete: z.boolean(),
  stop: z.boolean(),
  attachAgreement: z.boolean(),
});

export const caseView = caseSummary.extend({
  problem: z.string(),
  context: z.string(),
  leadName: z.string(),
  decisionReason: z.string().nullable(),
  agreement: z.object({ number: z.string(), date: z.string(), document: z.string().nullable() }).nullable(),
  stopReason: z.string().nullable(),
  adopterInnovationId: z.string().nullable(),
  closedAt: z.string().nullable(),
  milestones: z.array(
    z.object({ id: z.string(), position: z.number(), kind: z.enum(MILESTONE_KINDS), title: z.string(), dueOn: z.string(), doneAt: z.string().nullable(), overdue: z.boolean() }),
  ),
  logs: z.array(z.object({ id: z.string(), heldOn: z.string(), mode: z.enum(LOG_MODES), notes: z.string(), author: ref.nullable() })),
  files: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['agreement', 'log_photo']),
      logId: z.string().nullable(),
      filename: z.string(),
      contentType: z.string(),
      sizeBytes: z.number(),
      uploadedAt: z.string(),
    }),
  ),
  indicators: z.array(z.object({ id: z.string(), name: z.string(), unit: z.string(), baseline: z.number(), followUp: z.number().nullable() })),
  timeline: z.array(
    z.object({ at: z.string(), action: z.string(), fromState: z.string().nullable(), toState: z.string().nullable(), actor: ref.nullable(), note: z.string().nullable() }),
  ),
  can: abilities,
});
export type CaseView = z.infer<typeof caseView>;

export const mentorHome = z.object({
  mentor: z.object({ id: z.string(), hub: ref.nullable(), maxActiveCases: z.number(), activeCases: z.number() }).nullable(),
  cases: z.array(caseSummary),
  milestones: z.array(
    z.object({ caseId: z.string(), sourceTitle: z.string(), adopter: z.string(), milestoneId: z.string(), title: z.string(), dueOn: z.string(), overdue: z.boolean() }),
  ),
  /** Cases without a log entry for the silent period: the mentor owes one. */
  logsOwed: z.array(z.object({ caseId: z.string(), sourceTitle: z.string(), adopter: z.string(), lastLogOn: z.string().nullable() })),
});

export const lineageView = z.object({
  innovationId: z.string(),
  nodes: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullable(),
      published: z.boolean(),
      agency: ref,
      province: z.object({ code: z.string(), name: z.string() }),
      generation: z.number(),
    }),
  ),
  edges: z.array(
    z.object({
      id: z.string(),
      from: z.string(),
      to: z.string().nullable(),
      adopterAgency: ref,
      region: z.object({ code: z.string(), name: z.string() }).nullable(),
      startedOn: z.string().nullable(),
    }),
  ),
});
export const flowsQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const flowsView = z.object({
  flows: z.array(z.object({ from: z.object({ code: z.string(), name: z.string() }), to: z.object({ code: z.string(), name: z.string() }), count: z.number() })),
  provinces: z.array(z.object({ province: z.object({ code: z.string(), name: z.string() }), replicatedOut: z.number(), replicatedIn: z.number() })),
});

export const caseFileParams = z.strictObject({ caseId: z.uuid(), fileId: z.uuid() });
export const caseLogParams = z.strictObject({ caseId: z.uuid(), logId: z.uuid() });
