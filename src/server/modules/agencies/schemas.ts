import { z } from 'zod';
import { refusals } from '../../http/errors.js';

/** The answer's shape and the request bodies and list query are shared with the web (src/common/agencies.ts). */
export { agencyView, type AgencyView, createAgencyBody, listAgenciesQuery, regionCodeSchema, updateAgencyBody } from '../../../common/agencies.js';

export const agencyIdParams = z.strictObject({ id: z.uuid() });

/** Refusals every agencies route can answer: bad input, not signed in, no permission. */
export const refused = refusals(400, 401, 403);
