import { z } from 'zod';
import { HUB_ACTIVITY_KINDS, HUB_MEMBER_KINDS, HUB_STATUSES } from '../../../common/replication.js';

/** The network's request bodies the web also sends live in src/common/replication.ts. */
export {
  activityBody,
  activityLogBody,
  appointMentorBody,
  coordinatorsBody,
  designateHubBody,
  memberBody,
  updateHubBody,
  updateMentorBody,
  type AppointMentorInput,
  type DesignateHubInput,
  type UpdateHubInput,
  type UpdateMentorInput,
} from '../../../common/replication.js';

export const isoDate = z.iso.date();
const ref = z.object({ id: z.string(), name: z.string() });

export const hubIdParams = z.strictObject({ hubId: z.uuid() });
export const hubMemberParams = z.strictObject({ hubId: z.uuid(), memberId: z.uuid() });
export const mentorIdParams = z.strictObject({ mentorId: z.uuid() });

export const hubYearQuery = z.strictObject({ year: z.coerce.number().int().min(2015).max(2100).optional() });
export const hubReportQuery = hubYearQuery.extend({ format: z.enum(['xlsx', 'pdf']).default('xlsx') });

export const hubSummary = z.object({
  id: z.string(),
  name: z.string(),
  province: z.object({ code: z.string(), name: z.string() }),
  yearDesignated: z.number(),
  decreeNumber: z.string().nullable(),
  decreeDate: z.string().nullable(),
  decreeDocument: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  status: z.enum(HUB_STATUSES),
  coordinators: z.array(ref),
  mentorCount: z.number(),
  completedReplications: z.number(),
  openCases: z.number(),
});
export type HubSummary = z.infer<typeof hubSummary>;

export const hubView = hubSummary.extend({
  year: z.number(),
  members: z.array(z.object({ id: z.string(), agency: ref, kind: z.enum(HUB_MEMBER_KINDS) })),
  activities: z.array(
    z.object({ id: z.string(), year: z.number(), kind: z.enum(HUB_ACTIVITY_KINDS), title: z.string(), targetCount: z.number(), targetUnit: z.string(), achieved: z.number() }),
  ),
  log: z.array(z.object({ id: z.string(), activityId: z.string().nullable(), heldOn: z.string(), kind: z.enum(HUB_ACTIVITY_KINDS), participants: z.number(), notes: z.string() })),
  mentors: z.array(z.object({ id: z.string(), name: z.string(), university: z.string(), activeCases: z.number(), maxActiveCases: z.number() })),
  replications: z.array(
    z.object({ caseId: z.string(), sourceTitle: z.string(), sourceInnovationId: z.string(), adopter: ref, outcome: z.string().nullable(), closedAt: z.string().nullable() }),
  ),
  figures: z.object({ byState: z.record(z.string(), z.number()), logEntries: z.number(), participants: z.number() }),
  can: z.object({ manage: z.boolean(), designate: z.boolean() }),
});
export type HubView = z.infer<typeof hubView>;

export const mentorView = z.object({
  id: z.string(),
  user: ref,
  university: ref,
  hub: ref.nullable(),
  expertise: z.array(z.number()),
  decreeNumber: z.string(),
  decreeDate: z.string(),
  maxActiveCases: z.number(),
  activeCases: z.number(),
  active: z.boolean(),
});
export type MentorView = z.infer<typeof mentorView>;
export const mentorsQuery = z.strictObject({ hubId: z.uuid().optional() });

export const mentorActivityQuery = z.strictObject({ year: z.coerce.number().int().min(2015).max(2100).optional(), hubId: z.uuid().optional() });
export const mentorActivity = z.object({
  year: z.number(),
  hubId: z.string().nullable(),
  months: z.array(z.string()),
  totals: z.array(z.number()),
  items: z.array(
    z.object({
      mentor: ref,
      hub: ref.nullable(),
      entries: z.array(z.number()),
      visits: z.array(z.number()),
      totalEntries: z.number(),
      totalVisits: z.number(),
    }),
  ),
});
export type MentorActivity = z.infer<typeof mentorActivity>;
