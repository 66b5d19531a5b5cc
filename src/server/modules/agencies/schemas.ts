import { z } from 'zod';
import { AGENCY_TYPES } from '../../../common/agency-types.js';
import { refusals } from '../../http/errors.js';
import { paginationQuery } from '../../http/pagination.js';

export const regionCodeSchema = z.string().regex(/^\d{2}(\.\d{2})?$/, 'kode wilayah Kemendagri, mis. 35 atau 35.78');

/** The answer's shape is shared with the web (src/common/agencies.ts). */
export { agencyView, type AgencyView } from '../../../common/agencies.js';

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

export const agencyIdParams = z.strictObject({ id: z.uuid() });

/** Refusals every agencies route can answer: bad input, not signed in, no permission. */
export const refused = refusals(400, 401, 403);
