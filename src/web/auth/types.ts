import type { Role } from './roles';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string | null;
  agencyName: string | null;
}

/** `GET /api/auth/me` and `POST /api/auth/login`. */
export interface SessionResponse {
  user: SessionUser | null;
  csrfToken: string;
}

export interface Credentials {
  email: string;
  password: string;
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

export interface InviteAcceptance {
  token: string;
  password: string;
}
