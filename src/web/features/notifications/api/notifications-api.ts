import type { EmailChoice, NotificationKind, NotificationList, NotificationPreferences, NotificationView } from '../../../../common/notifications';
import { api } from '../../../api/client';
import { LIST_PAGE_SIZE } from '../../../api/pagination';

export const NOTIFICATIONS_PAGE_SIZE = LIST_PAGE_SIZE;

export function fetchNotifications(params: { page?: number; pageSize?: number; unread?: boolean }, signal?: AbortSignal): Promise<NotificationList> {
  return api.get('/api/notifications', { page: params.page, pageSize: params.pageSize ?? NOTIFICATIONS_PAGE_SIZE, unread: params.unread ? 'true' : undefined }, signal);
}

export function markNotificationRead(id: string): Promise<NotificationView & { unread: number }> {
  return api.post(`/api/notifications/${encodeURIComponent(id)}/read`);
}

export function markAllNotificationsRead(): Promise<{ updated: number; unread: number }> {
  return api.post('/api/notifications/read-all');
}

export function fetchNotificationPreferences(signal?: AbortSignal): Promise<NotificationPreferences> {
  return api.get('/api/notifications/preferences', undefined, signal);
}

export function saveNotificationPreferences(items: { kind: NotificationKind; email: EmailChoice }[]): Promise<NotificationPreferences> {
  return api.put('/api/notifications/preferences', { items });
}
