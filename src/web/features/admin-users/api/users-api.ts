import { api } from '../../../api/client';
import { LIST_PAGE_SIZE, type Page } from '../../../api/pagination';
import type { z } from 'zod';
import type { createUserBody, inviteResponse, listUsersFilter, updateUserBody, userView } from '../../../../common/users';

/** Answers and request bodies typed from the server's schemas (src/common/users.ts). */
export type AdminUser = z.output<typeof userView>;
export type NewUser = z.input<typeof createUserBody>;
export type UserChange = z.input<typeof updateUserBody>;
export type Invitation = z.output<typeof inviteResponse>;

/** The list's filters as the server validates them, and the page (its size is always LIST_PAGE_SIZE). */
export type UserListParams = z.input<typeof listUsersFilter> & { page?: number };

export function fetchUsers(params: UserListParams, signal?: AbortSignal): Promise<Page<AdminUser>> {
  return api.get('/api/users', { ...params, pageSize: LIST_PAGE_SIZE }, signal);
}

export function createUser(user: NewUser): Promise<Invitation> {
  return api.post('/api/users', user);
}

/** Issues a fresh invitation link (the old one stops working). */
export function reinviteUser(id: string): Promise<Invitation> {
  return api.post(`/api/users/${encodeURIComponent(id)}/invite`);
}

export function updateUser(id: string, change: UserChange): Promise<unknown> {
  return api.patch(`/api/users/${encodeURIComponent(id)}`, change);
}

/** Ends the account's sessions and e-mails a reset link to the account's own address (never shown here). */
export function resetUserPassword(id: string): Promise<{ user: AdminUser }> {
  return api.post(`/api/users/${encodeURIComponent(id)}/password-reset`);
}
