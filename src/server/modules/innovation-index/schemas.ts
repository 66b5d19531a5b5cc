import { z } from 'zod';

/** Params of the index routes; bodies and answers are shared with the web in src/common (re-exported here). */
export {
  ownReportView,
  availableView,
  reportView,
  innovationBody,
  levelBody,
  linkEvidenceBody,
  answerBody,
  reviewBody,
  decisionBody,
  queueQuery,
  queueView,
} from '../../../common/index-reports.js';
export { recomputeView, reportCardView, resultsQuery, resultsView } from '../../../common/index-results.js';
export { changeModelBody, createModelBody, modelView, windowBody } from '../../../common/innovation-index.js';

export const yearParams = z.strictObject({ year: z.coerce.number().int().min(2015).max(2100) });
export const yearIdParams = yearParams.extend({ id: z.uuid() });
export const reportRowParams = z.strictObject({ id: z.uuid(), rowId: z.uuid() });
export const idParams = z.strictObject({ id: z.uuid() });
export const regionParams = yearParams.extend({ code: z.string().regex(/^[0-9.]{2,13}$/) });

export const borderBody = z.strictObject({ border: z.boolean() });
export const evidenceTypeQuery = z.strictObject({ evidenceType: z.string().regex(/^[a-z0-9_]{1,40}$/) });
