import { z } from 'zod';
import { refusals } from '../../http/errors.js';

export const regionView = z.object({ code: z.string(), name: z.string(), provinceCode: z.string().nullable(), kind: z.string().nullable(), is3t: z.boolean() });
export type RegionView = z.infer<typeof regionView>;

export const regionList = z.object({ items: z.array(regionView) });
export const regenciesQuery = z.strictObject({
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
});
export const regionCodeParams = z.strictObject({ code: z.string().regex(/^\d{2}(\.\d{2})?$/) });
export const set3tBody = z.strictObject({ is3t: z.boolean() });

/** Bad input on every route; not signed in / no permission on the managed one. */
export const refused = refusals(400);
export const managedRefusals = refusals(400, 401, 403, 404);
