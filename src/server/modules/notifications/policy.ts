import type { AuthUser } from '../../auth/auth-user.js';

/**
 * Notifications are personal: an account sees and marks only its own entries. Anyone else's
 * entry answers 404 (its existence does not leak). Preferences are always the caller's own.
 */
export function canSeeNotification(user: AuthUser, notification: { user_id: string }): boolean {
  return notification.user_id === user.id;
}
