import type { TimeZoneCode } from '../../common/competitions';
import type { NotificationLanguage } from '../../common/notifications';
import type { Role } from './roles';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string | null;
  agencyName: string | null;
  /** The zone the account reads and enters dates in, kept on the account (every device). */
  timeZone: TimeZoneCode;
  /** The language of the account's notifications and e-mails; follows the language switch. */
  language: NotificationLanguage;
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

/** `PATCH /api/auth/me/preferences` (send either or both). */
export interface AccountPreferences {
  timeZone: TimeZoneCode;
  language: NotificationLanguage;
}
