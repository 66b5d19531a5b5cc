import { z } from 'zod';
import { INSTITUTIONALISATION_DOCUMENT_SECTIONS, INSTITUTIONALISATION_SECTIONS } from '../../../common/institutionalisation.js';

/** Request/response schemas of the institutionalisation routes; shared shapes live in src/common. */
export {
  budgetLineInput,
  institutionalisationView,
  legalBasisInput,
  maturityView,
  performanceTargetInput,
  planInclusionInput,
  publicMaturityView,
} from '../../../common/institutionalisation.js';

export const innovationParams = z.strictObject({ id: z.uuid() });
export const factParams = z.strictObject({ id: z.uuid(), section: z.enum(INSTITUTIONALISATION_SECTIONS), itemId: z.uuid() });
export const documentParams = z.strictObject({ id: z.uuid(), section: z.enum(INSTITUTIONALISATION_DOCUMENT_SECTIONS), itemId: z.uuid() });
