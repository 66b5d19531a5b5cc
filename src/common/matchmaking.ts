import { z } from 'zod';

/** Shapes of matchmaking (issue #15) shared by the server and the web. */

export const GOVERNMENT_KINDS = ['provinsi', 'kabupaten', 'kota'] as const;

const flag = z.enum(['true', 'false']);

export const suggestionsQuery = z.strictObject({
  problem: z.string().trim().min(1).max(2000).describe('The problem in the agency’s own words (at least two words)'),
  category: z.string().min(1).max(40).optional().describe('Category code'),
  sdg: z.coerce.number().int().min(1).max(17).optional(),
  regionKind: z.enum(GOVERNMENT_KINDS).optional().describe('Kind of government the problem is for; default: the adopter agency’s'),
  remote: flag.optional().describe('Remote (3T) region; default: the adopter’s region'),
  includeStopped: flag.optional(),
  adopterAgencyId: z.string().uuid().optional().describe('Ministry or hub acting on behalf of an agency'),
  limit: z.coerce.number().int().min(1).max(20).default(10),
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
