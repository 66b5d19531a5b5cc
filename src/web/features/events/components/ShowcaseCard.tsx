import { Alert, Anchor, Button, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { EventView } from '../../../../common/events';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { innovationPath, replicationCasePath } from '../../../routes/paths';
import { useInterest } from '../api/events-api';

/** A showcased innovation as a catalog card, with "Saya tertarik mereplikasi" for agency staff. */
export function ShowcaseCard({ eventId, item, canInterest }: { eventId: string; item: EventView['showcased'][number]; canInterest: boolean }) {
  const { t } = useTranslation('events');
  const interest = useInterest(eventId);
  const caseId = (interest.data as { caseId: string | null } | undefined)?.caseId;
  return (
    <Paper withBorder p="md" radius="md" component="article">
      <Stack gap={6}>
        <Anchor component={Link} to={innovationPath(item.innovationId)} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {item.title}
        </Anchor>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {item.agency}
        </Text>
        <Text size="sm" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
          {item.summary}
        </Text>
        <ErrorAlert error={interest.error} />
        {interest.isSuccess ? (
          <Alert color="green" variant="light">
            {t('event.interested')}{' '}
            {caseId ? (
              <Anchor component={Link} to={replicationCasePath(caseId)}>
                {t('event.openCase')}
              </Anchor>
            ) : null}
          </Alert>
        ) : canInterest ? (
          <Button variant="light" color="grape.9" loading={interest.isPending} onClick={() => interest.mutate(item.innovationId)} style={{ alignSelf: 'flex-start' }}>
            {t('event.interest')}
          </Button>
        ) : null}
      </Stack>
    </Paper>
  );
}
