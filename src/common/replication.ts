import { z } from 'zod';

/**
 * Enumerations of the replication network (JIPP, issue #14) and the request bodies of its hub and
 * mentor administration, shared by the server (its routes validate with these;
 * modules/replication/network-schemas.ts re-exports them) and the web (`z.input` of them).
 */
export const HUB_STATUSES = ['pilot', 'active', 'ended'] as const;
export type HubStatus = (typeof HUB_STATUSES)[number];

export const HUB_MEMBER_KINDS = ['agency', 'university', 'partner'] as const;
export type HubMemberKind = (typeof HUB_MEMBER_KINDS)[number];

export const HUB_ACTIVITY_KINDS = ['mentoring', 'exchange', 'promotion', 'event'] as const;
export type HubActivityKind = (typeof HUB_ACTIVITY_KINDS)[number];

/** The replication case's states (server/modules/replication/state-machine.ts holds the transitions). */
export const CASE_STATES = ['requested', 'accepted', 'declined', 'mentor_assigned', 'agreed', 'in_progress', 'completed', 'stopped'] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** States in which a case is still open (at most one open case per source innovation and adopter). */
export const OPEN_CASE_STATES: readonly CaseState[] = ['requested', 'accepted', 'mentor_assigned', 'agreed', 'in_progress'];
/** States that count against a mentor's cap of active cases. */
export const MENTOR_ACTIVE_STATES: readonly CaseState[] = ['mentor_assigned', 'agreed', 'in_progress'];

export const CASE_OUTCOMES = ['replicated', 'adapted'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export const MILESTONE_KINDS = ['plan', 'trial', 'implementation', 'evaluation', 'other'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const LOG_MODES = ['visit', 'online', 'peer_to_peer', 'study_visit'] as const;
export type LogMode = (typeof LOG_MODES)[number];

/** A case with no log entry for this many days is flagged as silent. */
export const SILENT_AFTER_DAYS = 60;

/** The default transfer plan: months after the agreement date for each milestone. */
export const DEFAULT_MILESTONES: readonly { kind: MilestoneKind; months: number; title: string }[] = [
  { kind: 'plan', months: 3, title: 'Rencana aksi dan adaptasi model' },
  { kind: 'trial', months: 6, title: 'Uji coba' },
  { kind: 'implementation', months: 9, title: 'Penerapan penuh' },
  { kind: 'evaluation', months: 12, title: 'Evaluasi manfaat dan dampak' },
];

/** Today's calendar date in WIB (UTC+7), `YYYY-MM-DD`: what "in the future" means for a decree or agreement date. */
export function todayWib(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus whole months (the day clamped to the month's end). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whole days from `fromIso` to `toIso` (both `YYYY-MM-DD`). */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

const calendarDate = z.iso.date();

const decreeFields = {
  decreeNumber: z.string().trim().min(2).max(120).nullable(),
  decreeDate: calendarDate.nullable(),
  decreeDocument: z.string().trim().max(500).nullable(),
  periodStart: calendarDate.nullable(),
  periodEnd: calendarDate.nullable(),
  status: z.enum(HUB_STATUSES),
};

export const designateHubBody = z.strictObject({
  provinceCode: z.string().regex(/^\d{2}$/, 'kode provinsi Kemendagri, mis. 35'),
  yearDesignated: z.number().int().min(2015).max(2100),
  ...decreeFields,
});
export type DesignateHubInput = z.infer<typeof designateHubBody>;

export const updateHubBody = z
  .strictObject(
    Object.fromEntries(Object.entries(decreeFields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof decreeFields]: z.ZodOptional<(typeof decreeFields)[K]> },
  )
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'tidak ada isian yang diubah' });
export type UpdateHubInput = z.infer<typeof updateHubBody>;

export const coordinatorsBody = z.strictObject({ userIds: z.array(z.uuid()).max(20) });
export const appointMentorBody = z.strictObject({
  userId: z.uuid(),
  universityAgencyId: z.uuid(),
  hubId: z.uuid().nullable(),
  expertise: z.array(z.number().int().positive()).max(20).default([]),
  decreeNumber: z.string().trim().min(2).max(120),
  decreeDate: calendarDate,
  maxActiveCases: z.number().int().min(1).max(100).default(5),
});
export type AppointMentorInput = z.infer<typeof appointMentorBody>;
export const updateMentorBody = z
  .strictObject({
    hubId: z.uuid().nullable().optional(),
    expertise: z.array(z.number().int().positive()).max(20).optional(),
    maxActiveCases: z.number().int().min(1).max(100).optional(),
    active: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'tidak ada isian yang diubah' });
export type UpdateMentorInput = z.infer<typeof updateMentorBody>;

/** The coordinator's additions to a hub: a member, a planned activity, an activity done. */
export const memberBody = z.strictObject({ agencyId: z.uuid(), kind: z.enum(HUB_MEMBER_KINDS) });
export const activityBody = z.strictObject({
  year: z.number().int().min(2015).max(2100),
  kind: z.enum(HUB_ACTIVITY_KINDS),
  title: z.string().trim().min(3).max(200),
  targetCount: z.number().int().min(0).max(1_000_000),
  targetUnit: z.string().trim().max(60).default(''),
});
export const activityLogBody = z.strictObject({
  activityId: z.uuid().nullable().default(null),
  heldOn: calendarDate,
  kind: z.enum(HUB_ACTIVITY_KINDS),
  participants: z.number().int().min(0).max(1_000_000).default(0),
  notes: z.string().trim().max(4000).default(''),
});
