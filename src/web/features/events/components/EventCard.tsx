import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../../common/format';
import type { EventSummary } from '../../../../common/events';
import { eventPath } from '../../../routes/paths';
import { useFormat } from '../../../utils/use-format';

/** One event in the list: title (a link), when in the event's zone, kind, format, seats. */
export function EventCard({ event }: { event: EventSummary }) {
  const { t } = useTranslation('events');
  const f = useFormat();
  const left = Math.max(0, event.capacity - event.registered);
  return (
    <Paper withBorder p="md" radius="md" component="article">
      <Stack gap={6}>
        <Anchor component={Link} to={eventPath(event.id)} fw={600} size="lg" style={{ overflowWrap: 'anywhere' }}>
          {event.title}
        </Anchor>
        <Text size="sm">{formatDateTime(event.startsAt, f.language, event.timeZone)}</Text>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {[event.location, event.hub ? t('list.byHub', { name: event.hub.name }) : t('list.national')].filter(Boolean).join(' · ')}
        </Text>
        <Group gap={6}>
          <Badge variant="light" color="blue.9" tt="none">
            {t(`kinds.${event.kind}`)}
          </Badge>
          <Badge variant="outline" color="gray.8" tt="none">
            {t(`modes.${event.mode}`)}
          </Badge>
          {event.cancelled ? (
            <Badge color="red.9" tt="none">
              {t('list.cancelled')}
            </Badge>
          ) : (
            <Badge variant="light" color={left ? 'green.9' : 'orange.9'} tt="none">
              {left ? t('list.seatsLeft', { left: f.number(left), capacity: f.number(event.capacity) }) : t('list.full')}
            </Badge>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
