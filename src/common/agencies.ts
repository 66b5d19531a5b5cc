import { z } from 'zod';
import { AGENCY_TYPES } from './agency-types.js';
import { paginationQuery } from './pagination.js';

/**
 * The agencies API's answer, list query and request bodies, shared by the server (its routes
 * validate and serialise with these) and the web client (features/admin-agencies types its calls
 * with `z.output`/`z.input` of these).
 */

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

/** Kemendagri code of a province (`35`) or a regency/city (`35.78`). */
export const regionCodeSchema = z.string().regex(/^\d{2}(\.\d{2})?$/, 'kode wilayah Kemendagri, mis. 35 atau 35.78');

export const listAgenciesQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  type: z.enum(AGENCY_TYPES).optional(),
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  active: z.enum(['true', 'false']).optional(),
  ...paginationQuery,
});

export const createAgencyBody = z.strictObject({
  name: z.string().trim().min(2).max(300),
  type: z.enum(AGENCY_TYPES),
  regionCode: regionCodeSchema.nullable().optional(),
});

export const updateAgencyBody = z
  .strictObject({
    name: z.string().trim().min(2).max(300).optional(),
    regionCode: regionCodeSchema.nullable().optional(),
    active: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'empty update' });
