import { z } from 'zod';
import { ANSWER_TYPES, AWARD_LEVELS, COMPETITION_KINDS, COMPETITION_STATUSES, PARTICIPANT_TYPES, STAGE_KINDS } from '../../../common/competitions.js';

/** Request and response shapes of the competitions API (also the OpenAPI document). */

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

export const competitionIdParams = z.strictObject({ competitionId: z.uuid() });

export const listCompetitionsQuery = z.strictObject({
  status: z.enum(COMPETITION_STATUSES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

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
