import { z } from 'zod';
import { AGENCY_TYPES } from './agency-types.js';
import { isOneOf } from './one-of.js';

/**
 * Vocabulary of competitions and proposals shared by the server and the web client, so both
 * sides agree on the enums (DOMAIN.md: KIPP and special calls).
 */

/** Who may enter a call: any kind of organisation, plus registered members of the public. */
export const PARTICIPANT_TYPES = [...AGENCY_TYPES, 'citizen'] as const;
export type ParticipantType = (typeof PARTICIPANT_TYPES)[number];

export const COMPETITION_KINDS = ['kipp', 'special'] as const;
export type CompetitionKind = (typeof COMPETITION_KINDS)[number];

/** Configuration is invisible to participants while `draft`; `archived` calls are read-only history. */
export const COMPETITION_STATUSES = ['draft', 'published', 'archived'] as const;
export type CompetitionStatus = (typeof COMPETITION_STATUSES)[number];

export const ANSWER_TYPES = ['long_text', 'short_text', 'number', 'choice', 'sdg_list', 'file', 'video_link'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** Answer types counted in words (and so subject to a word limit). */
export const WORD_COUNTED_TYPES: readonly AnswerType[] = ['long_text', 'short_text'];

/**
 * Stages of a call (DOMAIN.md, the 2020–2022 pattern). `registration` is the only one the
 * proposal module enforces: its end is the submission deadline.
 */
export const STAGE_KINDS = ['registration', 'administrative_check', 'desk_evaluation', 'top_selection', 'objection', 'presentation', 'field_verification', 'announcement'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/** Award levels a group may exclude (prior winners); the same list as the catalog's `innovation_awards.level`. */
export const AWARD_LEVELS = ['top_5', 'top_45', 'top_99', 'special', 'international', 'regional'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

export const PROPOSAL_STATUSES = ['draft', 'ready', 'returned', 'submitted', 'withdrawn'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/**
 * Whether a stored value is a known participant type or award level: a competition's answer
 * carries these lists as plain strings, a request needs the listed values.
 */
export function isParticipantType(value: string): value is ParticipantType {
  return isOneOf(PARTICIPANT_TYPES, value);
}
export function isAwardLevel(value: string): value is AwardLevel {
  return isOneOf(AWARD_LEVELS, value);
}

export const ADMIN_CHECK_STATUSES = ['pending', 'passed', 'failed'] as const;
export type AdminCheckStatus = (typeof ADMIN_CHECK_STATUSES)[number];

/** The 17 Sustainable Development Goals, numbered as the UN numbers them. */
export const SDG_NUMBERS = Array.from({ length: 17 }, (_, i) => i + 1);

/** Indonesian time zones (no daylight saving, so fixed offsets). WIB is the default. */
export const TIME_ZONES = {
  WIB: { iana: 'Asia/Jakarta', offsetHours: 7 },
  WITA: { iana: 'Asia/Makassar', offsetHours: 8 },
  WIT: { iana: 'Asia/Jayapura', offsetHours: 9 },
} as const;
export type TimeZoneCode = keyof typeof TIME_ZONES;
export const DEFAULT_TIME_ZONE: TimeZoneCode = 'WIB';

/** "22 November 2026 pukul 23.59.59 WIB": the zone is named, so nobody has to guess. */
export function formatWib(date: Date): string {
  const text = new Intl.DateTimeFormat('id-ID', { timeZone: TIME_ZONES.WIB.iana, dateStyle: 'long', timeStyle: 'medium' }).format(date);
  return `${text} WIB`;
}

/**
 * The calendar day ("2026-12-02") an instant falls on in an Indonesian zone: what "today" and the
 * date in an export's file name mean to the reader, rather than the UTC day (which is still the
 * previous day until 07.00 WIB).
 */
export function dayInZone(date: Date, zone: TimeZoneCode = DEFAULT_TIME_ZONE): string {
  return new Date(date.getTime() + TIME_ZONES[zone].offsetHours * 3_600_000).toISOString().slice(0, 10);
}

/** Whether an answer counts as given (the server's completeness rule; the web highlights the same ones). */
export function isAnswered(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Words as a reader counts them: runs of letters/digits, so punctuation and spacing do not count. */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-_.]*/gu);
  return matches ? matches.length : 0;
}

// ---------------------------------------------------------------- API shapes
/*
 * Request bodies and answers of the competitions API, shared by the server (its routes validate
 * and serialise with these; modules/competitions/schemas.ts re-exports them) and the web client
 * (features/competitions types its calls with `z.input`/`z.output` of these).
 */

const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9_-]{2,40}$/, 'huruf kecil, angka, _ atau -');
const shortText = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });
/** An optional English version of a ministry-entered text; empty or null: none (English mode shows the Indonesian). */
const english = (max: number) => z.string().trim().max(max).nullable().optional();

export const groupInput = z.strictObject({
  id: z.uuid().optional(),
  code,
  name: shortText(120),
  nameEn: english(120),
  description: z.string().trim().max(2000).default(''),
  minInnovationAgeMonths: z.number().int().min(0).max(600).default(0),
  excludedAwardLevels: z.array(z.enum(AWARD_LEVELS)).max(AWARD_LEVELS.length).default([]),
  /** Awards from this year onward exclude; null: an award of the listed levels in any year. */
  excludedAwardSinceYear: z.number().int().min(2000).max(2100).nullable().default(null),
  maxProposalsPerAgency: z.number().int().min(1).max(1000).nullable().default(null),
  /** Empty: every participant type of the competition may enter this group. */
  participantTypes: z.array(z.enum(PARTICIPANT_TYPES)).max(PARTICIPANT_TYPES.length).default([]),
  /** The KIPP "replikasi" group: the innovation must be a confirmed replication of an award-winning innovation. */
  requiresReplication: z.boolean().default(false),
});

export const categoryInput = z.strictObject({
  id: z.uuid().optional(),
  code,
  name: shortText(160),
  nameEn: english(160),
  description: z.string().trim().max(2000).default(''),
});

export const questionInput = z.strictObject({
  id: z.uuid().optional(),
  title: shortText(500),
  titleEn: english(500),
  helpText: z.string().trim().max(4000).default(''),
  helpTextEn: english(4000),
  required: z.boolean().default(true),
  wordLimit: z.number().int().min(1).max(20_000).nullable().default(null),
  answerType: z.enum(ANSWER_TYPES),
  /** The choices of a `choice` question. */
  options: z.array(shortText(200)).max(50).default([]),
});

export const stageInput = z.strictObject({
  id: z.uuid().optional(),
  kind: z.enum(STAGE_KINDS),
  name: shortText(160),
  nameEn: english(160),
  startsAt: instant,
  endsAt: instant,
});

export const groupsBody = z.strictObject({ groups: z.array(groupInput).max(30) });
export const categoriesBody = z.strictObject({ categories: z.array(categoryInput).max(60) });
export const questionsBody = z.strictObject({ questions: z.array(questionInput).max(80) });
export const stagesBody = z.strictObject({ stages: z.array(stageInput).max(STAGE_KINDS.length) });

const basics = {
  name: shortText(200),
  year: z.number().int().min(2000).max(2100),
  theme: z.string().trim().max(300).default(''),
  description: z.string().trim().max(5000).default(''),
  participantTypes: z.array(z.enum(PARTICIPANT_TYPES)).min(1).max(PARTICIPANT_TYPES.length),
  sdgRequired: z.boolean().default(true),
  /** Minutes after the registration deadline during which a submission is still accepted (and marked late). */
  graceMinutes: z.number().int().min(0).max(1440).default(0),
};

export const createCompetitionBody = z.strictObject({
  kind: z.enum(COMPETITION_KINDS),
  ...basics,
  groups: z.array(groupInput).max(30).optional(),
  categories: z.array(categoryInput).max(60).optional(),
  questions: z.array(questionInput).max(80).optional(),
  stages: z.array(stageInput).max(STAGE_KINDS.length).optional(),
});
export type CreateCompetitionInput = z.infer<typeof createCompetitionBody>;

export const updateCompetitionBody = z
  .strictObject({
    name: basics.name.optional(),
    year: basics.year.optional(),
    theme: z.string().trim().max(300).optional(),
    description: z.string().trim().max(5000).optional(),
    participantTypes: basics.participantTypes.optional(),
    sdgRequired: z.boolean().optional(),
    graceMinutes: z.number().int().min(0).max(1440).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'empty update' });
export type UpdateCompetitionInput = z.infer<typeof updateCompetitionBody>;

export const cloneCompetitionBody = z.strictObject({
  year: basics.year,
  name: basics.name.optional(),
});

export const statusBody = z.strictObject({ to: z.enum(COMPETITION_STATUSES) });

export const groupView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  description: z.string(),
  minInnovationAgeMonths: z.number(),
  excludedAwardLevels: z.array(z.string()),
  excludedAwardSinceYear: z.number().nullable(),
  maxProposalsPerAgency: z.number().nullable(),
  participantTypes: z.array(z.string()),
  requiresReplication: z.boolean(),
});
export const categoryView = z.object({ id: z.string(), code: z.string(), name: z.string(), nameEn: z.string().nullable(), description: z.string() });
export const questionView = z.object({
  id: z.string(),
  number: z.number(),
  title: z.string(),
  titleEn: z.string().nullable(),
  helpText: z.string(),
  helpTextEn: z.string().nullable(),
  required: z.boolean(),
  wordLimit: z.number().nullable(),
  answerType: z.enum(ANSWER_TYPES),
  options: z.array(z.string()),
});
export const stageView = z.object({ id: z.string(), kind: z.enum(STAGE_KINDS), name: z.string(), nameEn: z.string().nullable(), startsAt: z.string(), endsAt: z.string() });

export const PHASES = ['unscheduled', 'upcoming', 'open', 'grace', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

export const competitionSummary = z.object({
  id: z.string(),
  kind: z.enum(COMPETITION_KINDS),
  name: z.string(),
  year: z.number(),
  theme: z.string(),
  status: z.enum(COMPETITION_STATUSES),
  participantTypes: z.array(z.string()),
  registrationOpensAt: z.string().nullable(),
  submissionDeadline: z.string().nullable(),
  graceMinutes: z.number(),
  phase: z.enum(PHASES).describe('registration phase at the time of the request'),
});
export type CompetitionSummary = z.infer<typeof competitionSummary>;

export const competitionView = competitionSummary.extend({
  description: z.string(),
  sdgRequired: z.boolean(),
  clonedFrom: z.string().nullable(),
  groups: z.array(groupView),
  categories: z.array(categoryView),
  questions: z.array(questionView),
  stages: z.array(stageView),
});
export type CompetitionView = z.infer<typeof competitionView>;
export type GroupView = z.infer<typeof groupView>;
export type QuestionView = z.infer<typeof questionView>;
