import { ActionIcon, Indicator } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../../../routes/paths';
import { useUnreadCount } from '../api/notifications-queries';

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M10 5a2 2 0 1 1 4 0a7 7 0 0 1 4 6v3a4 4 0 0 0 2 3h-16a4 4 0 0 0 2 -3v-3a7 7 0 0 1 4 -6" />
      <path d="M9 17v1a3 3 0 0 0 6 0v-1" />
    </svg>
  );
}

/** The header bell: a link to the notification centre with the unread count (signed-in only). */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const unread = useUnreadCount(true).data ?? 0;
  const label = unread > 0 ? t('bellUnread', { count: unread }) : t('bell');
  return (
    <Indicator label={unread > 99 ? '99+' : unread} size={18} color="red.8" disabled={unread === 0} offset={4} inline>
      <ActionIcon component={Link} to={paths.notifications} variant="subtle" color="gray" size={36} radius="xl" aria-label={label} title={label} data-testid="notification-bell">
        <BellIcon />
      </ActionIcon>
    </Indicator>
  );
}
