import { AGENCY_TYPES } from './agency-types.js';

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
