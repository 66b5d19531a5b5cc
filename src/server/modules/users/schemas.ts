import { z } from 'zod';
import { ROLES } from '../../../common/roles.js';
import { createUserBody, inviteResponse, updateUserBody, userView, type UserView } from '../../../common/users.js';
import { paginationQuery } from '../../http/pagination.js';

/** The shapes the web also uses live in src/common/users.ts. */
export { createUserBody, inviteResponse, updateUserBody, userView, type UserView };

export const listUsersQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  role: z.enum(ROLES).optional(),
  agencyId: z.uuid().optional(),
  active: z.enum(['true', 'false']).optional(),
  ...paginationQuery,
});

export const userIdParams = z.strictObject({ id: z.uuid() });
