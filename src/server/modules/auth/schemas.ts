import { z } from 'zod';
import { ROLES } from '../../../common/roles.js';

export const authUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
});

export const meResponse = z.object({ user: authUserSchema.nullable(), csrfToken: z.string() });

export const loginBody = z.strictObject({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(200),
});

export const passwordChangeBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});

export const inviteAcceptBody = z.strictObject({
  token: z.string().min(10).max(200),
  password: z.string().min(1).max(200),
  name: z.string().trim().min(2).max(200).optional(),
});
