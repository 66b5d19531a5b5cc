import { z } from 'zod';
import { refusals } from '../../http/errors.js';

/** The answers and the regencies' query are shared with the web (src/common/regions.ts). */
export { regenciesQuery, regionList, regionView, type RegionView } from '../../../common/regions.js';

export const regionCodeParams = z.strictObject({ code: z.string().regex(/^\d{2}(\.\d{2})?$/) });
export const set3tBody = z.strictObject({ is3t: z.boolean() });

/** Bad input on every route; not signed in / no permission on the managed one. */
export const refused = refusals(400);
export const managedRefusals = refusals(400, 401, 403, 404);
