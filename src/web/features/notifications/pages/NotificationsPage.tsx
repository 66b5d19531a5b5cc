import { Anchor, Badge, Button, Container, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { NotificationView } from '../../../../common/notifications';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { TablePagination } from '../../../components/TablePagination';
import { useListParams } from '../../../hooks/use-list-params';
import { paths } from '../../../routes/paths';
import { formatInZone, useTimeZone } from '../../competitions/time-zone';
import { useMarkAllRead, useMarkRead, useNotifications } from '../api/notifications-queries';

/** Only paths inside the app are followed (a link is stored by the module that notified). */
const internal = (link: string | null): string | null => (link && link.startsWith('/') && !link.startsWith('//') ? link : null);

function NotificationItem({ item, onOpen, onRead, busy }: { item: NotificationView; onOpen: (link: string) => void; onRead: () => void; busy: boolean }) {
  const { t, i18n } = useTranslation('notifications');
  const [zone] = useTimeZone();
  const unread = item.readAt === null;
  const link = internal(item.link);
  return (
    <Paper component="li" withBorder p="md" radius="md" bg={unread ? 'blue.0' : undefined} data-testid="notification-item" data-unread={unread}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={4} style={{ flex: '1 1 16rem', minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            {unread ? (
              <Badge size="sm" color="blue.9" variant="filled">
                {t('unread')}
              </Badge>
            ) : null}
            <Text fw={unread ? 700 : 500} style={{ overflowWrap: 'anywhere' }}>
              {item.title}
            </Text>
          </Group>
          <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
            {item.body}
          </Text>
          <Text size="xs" c="dimmed">
            {formatInZone(item.createdAt, zone, i18n.language)}
          </Text>
        </Stack>
        <Group gap="xs">
          {link ? (
            <Button size="xs" variant="light" onClick={() => onOpen(link)}>
              {t('open')}
            </Button>
          ) : null}
          {unread ? (
            <Button size="xs" variant="default" onClick={onRead} loading={busy}>
              {t('markRead')}
            </Button>
          ) : null}
        </Group>
      </Group>
    </Paper>
  );
}

/** The notification centre: own entries newest first, mark one or all read, open the thing. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const navigate = useNavigate();
  const { page, setPage, filters, setFilter } = useListParams(['unread'] as const);
  const unreadOnly = filters.unread === 'true';
  const list = useNotifications(page, unreadOnly);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();

  const open = (item: NotificationView, link: string) => {
    if (item.readAt === null) markRead.mutate(item.id);
    void navigate(link);
  };

  return (
    <Container size="md" px={0}>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <>
            <Button variant="default" onClick={() => markAll.mutate()} loading={markAll.isPending} disabled={(list.data?.unread ?? 0) === 0}>
              {t('markAllRead')}
            </Button>
            <Anchor component={Link} to={paths.notificationPreferences} size="sm">
              {t('preferencesLink')}
            </Anchor>
          </>
        }
      />
      <Group justify="space-between" mb="md" gap="sm">
        <Switch label={t('unreadOnly')} checked={unreadOnly} onChange={(e) => setFilter('unread', e.currentTarget.checked ? 'true' : '')} />
        {list.data ? (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('unreadCount', { count: list.data.unread })}
          </Text>
        ) : null}
      </Group>
      <ErrorAlert error={markRead.error ?? markAll.error} title={t('actionFailed')} />
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Text c="dimmed">{unreadOnly ? t('emptyUnread') : t('empty')}</Text>
      ) : (
        <>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.data.items.map((item) => (
              <NotificationItem
                key={item.id}
                item={item}
                onOpen={(link) => open(item, link)}
                onRead={() => markRead.mutate(item.id)}
                busy={markRead.isPending && markRead.variables === item.id}
              />
            ))}
          </Stack>
          <TablePagination page={page} total={list.data.total} onChange={setPage} />
        </>
      )}
    </Container>
  );
}
