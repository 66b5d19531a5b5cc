import { api } from '../api/client';
import type { AccountPreferences, Credentials, InviteAcceptance, PasswordChange, SessionResponse, SessionUser } from './types';

export function fetchSession(signal?: AbortSignal): Promise<SessionResponse> {
  return api.get<SessionResponse>('/api/auth/me', undefined, signal);
}

export function login(credentials: Credentials): Promise<{ user: SessionUser; csrfToken: string }> {
  return api.post('/api/auth/login', credentials);
}

export function logout(): Promise<void> {
  return api.post('/api/auth/logout');
}

export function changePassword(change: PasswordChange): Promise<void> {
  return api.post('/api/auth/password', change);
}

export function savePreferences(preferences: Partial<AccountPreferences>): Promise<AccountPreferences> {
  return api.patch('/api/auth/me/preferences', preferences);
}

export function acceptInvite(acceptance: InviteAcceptance): Promise<void> {
  return api.post('/api/auth/invite/accept', acceptance);
}

/** Always answers alike, whether or not the e-mail has an account. */
export function requestPasswordReset(email: string): Promise<void> {
  return api.post('/api/auth/password-reset/request', { email });
}

export function resetPassword(reset: InviteAcceptance): Promise<void> {
  return api.post('/api/auth/password-reset', reset);
}
