import { z } from 'zod';
import { COMPETITION_STATUSES } from '../../../common/competitions.js';

/**
 * Request and response shapes of the competitions API (also the OpenAPI document). The bodies
 * and answers live in src/common/competitions.ts, shared with the web client; only the path and
 * query shapes the web does not type are here.
 */
export {
  categoriesBody,
  categoryInput,
  categoryView,
  cloneCompetitionBody,
  competitionSummary,
  competitionView,
  createCompetitionBody,
  groupInput,
  groupsBody,
  groupView,
  PHASES,
  questionInput,
  questionsBody,
  questionView,
  stageInput,
  stagesBody,
  stageView,
  statusBody,
  updateCompetitionBody,
} from '../../../common/competitions.js';
export type { CompetitionSummary, CompetitionView, CreateCompetitionInput, GroupView, Phase, QuestionView, UpdateCompetitionInput } from '../../../common/competitions.js';

export const competitionIdParams = z.strictObject({ competitionId: z.uuid() });

export const listCompetitionsQuery = z.strictObject({
  status: z.enum(COMPETITION_STATUSES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
