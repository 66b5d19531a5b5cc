import { z } from 'zod';

/**
 * The regions API's answers and query (Kemendagri codes: province `35`, regency/city `35.78`),
 * shared by the server (its routes validate and serialise with these) and the web client
 * (features/regions types its calls with `z.output`/`z.input` of these).
 */
export const regionView = z.object({ code: z.string(), name: z.string(), provinceCode: z.string().nullable(), kind: z.string().nullable(), is3t: z.boolean() });
export type RegionView = z.infer<typeof regionView>;

export const regionList = z.object({ items: z.array(regionView) });
export const regenciesQuery = z.strictObject({
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
});
