import { z } from 'zod';
import { createUserBody, inviteResponse, listUsersFilter, updateUserBody, userView, type UserView } from '../../../common/users.js';
import { paginationQuery } from '../../http/pagination.js';

/** The shapes the web also uses live in src/common/users.ts. */
export { createUserBody, inviteResponse, updateUserBody, userView, type UserView };

export const listUsersQuery = z.strictObject({ ...listUsersFilter.shape, ...paginationQuery });

export const userIdParams = z.strictObject({ id: z.uuid() });
