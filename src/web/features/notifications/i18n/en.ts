import type { notificationsId } from './id';

/** English texts of the notifications feature. */
export const notificationsEn: typeof notificationsId = {
  bell: 'Notifications',
  bellUnread_one: 'Notifications, {{count}} unread',
  bellUnread_other: 'Notifications, {{count}} unread',
  title: 'Notifications',
  intro: 'News for you from every part of Simpul. E-mails follow your preferences.',
  unreadOnly: 'Unread only',
  unreadCount: '{{count}} unread',
  markRead: 'Mark read',
  markAllRead: 'Mark all read',
  open: 'Open',
  unread: 'New',
  empty: 'No notifications yet.',
  emptyUnread: 'All notifications are read.',
  preferencesLink: 'Notification e-mail settings',
  actionFailed: 'The action failed',
  preferences: {
    title: 'Notification preferences',
    intro: 'In-app notifications are always kept. Choose when e-mail is sent for each kind.',
    kind: 'Notification kind',
    email: 'E-mail',
    immediate: 'Immediately',
    digest: 'Daily digest',
    off: 'Off',
    saved: 'Preferences saved.',
    notSaved: 'Preferences were not saved',
    back: 'Back to notifications',
  },
};
