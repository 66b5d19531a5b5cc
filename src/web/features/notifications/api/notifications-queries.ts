import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EmailChoice, NotificationKind } from '../../../../common/notifications';
import { fetchNotificationPreferences, fetchNotifications, markAllNotificationsRead, markNotificationRead, saveNotificationPreferences } from './notifications-api';

export const NOTIFICATIONS_KEY = ['notifications'] as const;
const PREFERENCES_KEY = ['notifications', 'preferences'] as const;

/** The bell's unread count: one small request, refreshed every minute and when the tab regains focus. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'unread'],
    queryFn: ({ signal }) => fetchNotifications({ pageSize: 1 }, signal),
    select: (list) => list.unread,
    enabled,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useNotifications(page: number, unread: boolean) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list', page, unread],
    queryFn: ({ signal }) => fetchNotifications({ page, unread }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => markNotificationRead(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => markAllNotificationsRead(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useNotificationPreferences() {
  return useQuery({ queryKey: PREFERENCES_KEY, queryFn: ({ signal }) => fetchNotificationPreferences(signal) });
}

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: { kind: NotificationKind; email: EmailChoice }[]) => saveNotificationPreferences(items),
    onSuccess: (saved) => queryClient.setQueryData(PREFERENCES_KEY, saved),
  });
}
