import { z } from 'zod';

/** Shapes of matchmaking (issue #15) shared by the server and the web. */

export const GOVERNMENT_KINDS = ['provinsi', 'kabupaten', 'kota'] as const;

const flag = z.enum(['true', 'false']);

export const suggestionsQuery = z.strictObject({
  problem: z.string().trim().min(1).max(2000).describe('The problem in the agency’s own words (at least two words)'),
  category: z.string().min(1).max(40).optional().describe('Category code'),
  sdg: z.coerce.number<number | string>().int().min(1).max(17).optional(),
  regionKind: z.enum(GOVERNMENT_KINDS).optional().describe('Kind of government the problem is for; default: the adopter agency’s'),
  remote: flag.optional().describe('Remote (3T) region; default: the adopter’s region'),
  includeStopped: flag.optional(),
  adopterAgencyId: z.string().uuid().optional().describe('Ministry or hub acting on behalf of an agency'),
  limit: z.coerce.number<number | string>().int().min(1).max(20).default(10),
});
export type SuggestionsQuery = z.infer<typeof suggestionsQuery>;

const text = z.object({ id: z.string(), en: z.string() });

export const suggestionView = z.object({
  innovationId: z.string(),
  title: z.string(),
  summary: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  regionName: z.string(),
  provinceName: z.string().nullable(),
  categoryName: z.string(),
  yearStarted: z.number().int(),
  status: z.string(),
  score: z.number(),
  matchedWords: z.array(z.string()),
  reasons: z.array(text),
});
export type SuggestionView = z.infer<typeof suggestionView>;

export const suggestionList = z.object({
  adopterAgencyId: z.string().nullable(),
  words: z.array(z.string()),
  items: z.array(suggestionView),
});
export type SuggestionList = z.infer<typeof suggestionList>;

export const mentorSuggestionList = z.object({
  caseId: z.string(),
  items: z.array(
    z.object({
      mentorId: z.string(),
      name: z.string(),
      university: z.string(),
      hub: z.string().nullable(),
      activeCases: z.number().int(),
      maxActiveCases: z.number().int(),
      score: z.number(),
      reasons: z.array(text),
    }),
  ),
});
export type MentorSuggestionList = z.infer<typeof mentorSuggestionList>;

/** open → adopter_accepted (case opened) → accepted | declined; open → declined; open | adopter_accepted → withdrawn. */
export const MATCH_PROPOSAL_STATES = ['open', 'adopter_accepted', 'accepted', 'declined', 'withdrawn'] as const;
export type MatchProposalState = (typeof MATCH_PROPOSAL_STATES)[number];
export const OPEN_PROPOSAL_STATES: readonly MatchProposalState[] = ['open', 'adopter_accepted'];

export const proposeMatchBody = z.strictObject({
  adopterAgencyId: z.uuid(),
  sourceInnovationId: z.uuid(),
  mentorId: z.uuid().optional(),
  /** Becomes the case's problem statement. */
  problem: z.string().trim().min(10).max(4000),
  /** To both agencies; becomes the case's context. */
  message: z.string().trim().min(10).max(4000),
});
export type ProposeMatchInput = z.infer<typeof proposeMatchBody>;

export const answerMatchBody = z.strictObject({
  accept: z.boolean(),
  reason: z.string().trim().max(2000).optional(),
});

const ref = z.object({ id: z.string(), name: z.string() });

export const matchProposalView = z.object({
  id: z.string(),
  state: z.enum(MATCH_PROPOSAL_STATES),
  adopter: ref,
  source: z.object({ innovationId: z.string(), title: z.string(), agency: ref }),
  mentor: ref.nullable(),
  problem: z.string(),
  message: z.string(),
  proposedBy: ref.nullable(),
  proposedAt: z.string(),
  adopterAnsweredAt: z.string().nullable(),
  sourceAnsweredAt: z.string().nullable(),
  declinedBySide: z.enum(['adopter', 'source']).nullable(),
  declineReason: z.string().nullable(),
  caseId: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** What the caller may do now. */
  can: z.object({ answerAsAdopter: z.boolean(), answerAsSource: z.boolean(), withdraw: z.boolean() }),
});
export type MatchProposalView = z.infer<typeof matchProposalView>;

export const matchProposalList = z.object({ items: z.array(matchProposalView), total: z.number().int() });
export const matchProposalsQuery = z.strictObject({
  status: z.enum(['open', 'past']).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
