import type { Role } from '../../common/roles.js';

/** The signed-in account as every request sees it. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string | null;
  agencyName: string | null;
}

export interface RequestAuth {
  user: AuthUser;
  sessionIdHash: string;
  csrfToken: string;
}
