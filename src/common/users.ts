import { z } from 'zod';
import { ROLES } from './roles.js';

/**
 * The account administration API's answers and request bodies, shared by the server (its routes
 * validate and serialise with these) and the web client (features/admin-users types its calls
 * with `z.output`/`z.input` of these).
 */
export const userView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  active: z.boolean(),
  invited: z.boolean().describe('true while the account has not set a password'),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof userView>;

/** The account list's filters; the server adds its page and page size (`?page=&pageSize=`) to them. */
export const listUsersFilter = z.strictObject({
  q: z.string().trim().max(200).optional(),
  role: z.enum(ROLES).optional(),
  agencyId: z.uuid().optional(),
  active: z.enum(['true', 'false']).optional(),
});

export const createUserBody = z.strictObject({
  email: z.email().max(254),
  name: z.string().trim().min(2).max(200),
  role: z.enum(ROLES),
  agencyId: z.uuid().nullable().optional(),
});

export const updateUserBody = z
  .strictObject({
    name: z.string().trim().min(2).max(200).optional(),
    role: z.enum(ROLES).optional(),
    agencyId: z.uuid().nullable().optional(),
    active: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'empty update' });

export const inviteResponse = z.object({ user: userView, inviteToken: z.string(), inviteUrl: z.string() });
