import { Alert, Anchor, Badge, Button, Container, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { formatDateTime } from '../../../../common/format';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { manageEventPath, paths } from '../../../routes/paths';
import { useFormat } from '../../../utils/use-format';
import { useEvent, useRegister, useUnregister } from '../api/events-api';
import { ShowcaseCard } from '../components/ShowcaseCard';

/** One event: when (its zone and the visitor's), where, seats, agenda, showcased innovations, materials, registration. */
export function EventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('events');
  const f = useFormat();
  const { user } = useAuth();
  const query = useEvent(id);
  const register = useRegister(id);
  const unregister = useUnregister(id);
  const [now] = useState(() => Date.now());
  if (query.isPending) return <PageLoader />;
  if (query.error || !query.data) return <ErrorAlert error={query.error} />;
  const e = query.data;
  const over = new Date(e.endsAt).getTime() <= now;
  const left = Math.max(0, e.capacity - e.registered);
  const isAgencyStaff = user?.role === 'agency_operator' || user?.role === 'agency_admin';
  const range = (zone: typeof e.timeZone) => `${formatDateTime(e.startsAt, f.language, zone)} – ${formatDateTime(e.endsAt, f.language, zone)}`;
  return (
    <Container size="lg" px={0}>
      <PageHeader
        title={e.title}
        intro={e.description}
        actions={
          e.can.manage ? (
            <Button component={Link} to={manageEventPath(e.id)} variant="default">
              {t('event.manage')}
            </Button>
          ) : undefined
        }
      />
      <Stack gap="lg">
        <Group gap={6}>
          <Badge variant="light" color="blue.9" tt="none">
            {t(`kinds.${e.kind}`)}
          </Badge>
          <Badge variant="outline" color="gray.8" tt="none">
            {t(`modes.${e.mode}`)}
          </Badge>
          {e.hub ? (
            <Badge variant="outline" color="gray.8" tt="none">
              {t('list.byHub', { name: e.hub.name })}
            </Badge>
          ) : null}
        </Group>
        {e.cancelled ? <Alert color="red">{t('event.cancelled')}</Alert> : over ? <Alert color="gray">{t('event.over')}</Alert> : null}
        <Paper withBorder p="md">
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={{ base: 120, sm: 240 }}>{t('event.when', { zone: e.timeZone })}</Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{range(e.timeZone)}</Table.Td>
              </Table.Tr>
              {f.zone !== e.timeZone ? (
                <Table.Tr>
                  <Table.Th>{t('event.yourZone', { zone: f.zone })}</Table.Th>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{range(f.zone)}</Table.Td>
                </Table.Tr>
              ) : null}
              {e.location ? (
                <Table.Tr>
                  <Table.Th>{t('event.place')}</Table.Th>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{e.location}</Table.Td>
                </Table.Tr>
              ) : null}
              {e.onlineUrl ? (
                <Table.Tr>
                  <Table.Th>{t('event.online')}</Table.Th>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <Anchor href={e.onlineUrl} target="_blank" rel="noopener noreferrer">
                      {e.onlineUrl}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ) : null}
              <Table.Tr>
                <Table.Th>{t('event.seats')}</Table.Th>
                <Table.Td>
                  {t('list.seatsLeft', { left: f.number(left), capacity: f.number(e.capacity) })}
                  {e.waitlisted ? ` · ${t('event.waiting', { count: e.waitlisted })}` : ''}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Paper>
        <Group gap="sm">
          {e.myRegistration === 'registered' ? <Text fw={600}>{t('event.registered')}</Text> : null}
          {e.myRegistration === 'waitlisted' ? <Text fw={600}>{t('event.waitlisted', { position: e.myPosition ?? '—' })}</Text> : null}
          {!user && !over && !e.cancelled ? (
            <Button component={Link} to={paths.login}>
              {t('event.signInToRegister')}
            </Button>
          ) : null}
          {user && !over && !e.cancelled && !e.myRegistration ? (
            <Button loading={register.isPending} onClick={() => register.mutate(undefined)}>
              {t('event.register')}
            </Button>
          ) : null}
          {user && !over && e.myRegistration ? (
            <Button variant="outline" color="red.9" loading={unregister.isPending} onClick={() => unregister.mutate(undefined)}>
              {t('event.unregister')}
            </Button>
          ) : null}
          <Anchor href={`/api/events/${encodeURIComponent(e.id)}/calendar.ics`}>{t('event.ics')}</Anchor>
        </Group>
        <ErrorAlert error={register.error ?? unregister.error} />
        {e.agenda.length ? (
          <section aria-labelledby="event-agenda">
            <Title id="event-agenda" order={2} size="h3" mb="sm">
              {t('event.agenda')}
            </Title>
            <List spacing={4}>
              {e.agenda.map((a, i) => (
                <List.Item key={i} style={{ overflowWrap: 'anywhere' }}>
                  <Text span fw={600}>
                    {a.time}
                  </Text>{' '}
                  {a.title}
                </List.Item>
              ))}
            </List>
          </section>
        ) : null}
        {e.showcased.length ? (
          <section aria-labelledby="event-showcased">
            <Title id="event-showcased" order={2} size="h3" mb="sm">
              {t('event.showcased')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {e.showcased.map((s) => (
                <ShowcaseCard key={s.innovationId} eventId={e.id} item={s} canInterest={isAgencyStaff && !e.cancelled} />
              ))}
            </SimpleGrid>
          </section>
        ) : null}
        <section aria-labelledby="event-materials">
          <Title id="event-materials" order={2} size="h3" mb="sm">
            {t('event.materials')}
          </Title>
          {e.materials.length ? (
            <List spacing={4}>
              {e.materials.map((m) => (
                <List.Item key={m.id} style={{ overflowWrap: 'anywhere' }}>
                  <Text span c="dimmed">
                    {t(`event.${m.kind}`)}:
                  </Text>{' '}
                  <Anchor href={m.url ?? '#'} {...(m.kind === 'video' ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
                    {m.title}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          ) : (
            <Text>{t('event.noMaterials')}</Text>
          )}
        </section>
      </Stack>
    </Container>
  );
}
