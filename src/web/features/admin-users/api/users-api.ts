import { api } from '../../../api/client';
import { LIST_PAGE_SIZE, type Page } from '../../../api/pagination';
import type { Role } from '../../../auth/roles';

export interface AdminUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string | null;
  agencyName: string | null;
  active: boolean;
  /** True while the account has not set a password yet. */
  invited: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface UserListParams {
  q?: string;
  role?: string;
  page?: number;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  agencyId?: string;
}

export interface UserChange {
  active?: boolean;
  role?: Role;
  name?: string;
}

export interface Invitation {
  user: AdminUser;
  inviteToken: string;
  /** The link also sent by email, built by the server from its public URL. */
  inviteUrl?: string;
}

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
