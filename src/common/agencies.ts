import { z } from 'zod';
import { AGENCY_TYPES } from './agency-types.js';

/** An organisation (instansi) as the API answers it; the web's Agency type is this one. */
export const agencyView = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(AGENCY_TYPES),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  provinceCode: z.string().nullable(),
  active: z.boolean(),
});
export type AgencyView = z.infer<typeof agencyView>;
