import { Badge, Button, Container, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubSummary, MentorView } from '../../../../common/replication-views';
import { apiUrl } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { formatDate } from '../../catalog/components/format';
import { useHubs, useMentors } from '../api/replication-api';
import { HubDialog } from '../components/HubDialog';
import { HubsTable } from '../components/HubsTable';
import { MentorActivityPanel } from '../components/MentorActivityPanel';
import { MentorDialog } from '../components/MentorDialog';

type Editing = { kind: 'hub'; hub: HubSummary | null } | { kind: 'mentor'; mentor: MentorView | null } | null;

/** The ministry's management of the JIPP network: hubs by decree and their coordinators, mentors by decree. */
export function NetworkAdminPage() {
  const { t, i18n } = useTranslation('replication');
  const hubs = useHubs();
  const mentors = useMentors(true);
  const [editing, setEditing] = useState<Editing>(null);
  const lang = i18n.language;
  if (hubs.isPending || mentors.isPending) return <PageLoader />;
  if (hubs.isError || mentors.isError) return <ErrorAlert error={hubs.error ?? mentors.error} />;
  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('admin.title')}
        intro={t('admin.intro')}
        actions={
          <Button component="a" href={apiUrl('/api/network/export.xlsx')} download variant="light">
            {t('list.export')}
          </Button>
        }
      />
      <Stack gap="xl">
        <section>
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h3">
              {t('admin.hubs')}
            </Title>
            <Button onClick={() => setEditing({ kind: 'hub', hub: null })}>{t('admin.newHub')}</Button>
          </Group>
          <HubsTable hubs={hubs.data} manage={{ onEdit: (hub) => setEditing({ kind: 'hub', hub }) }} />
        </section>
        <section>
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h3">
              {t('hubs.mentors')}
            </Title>
            <Button onClick={() => setEditing({ kind: 'mentor', mentor: null })}>{t('admin.newMentor')}</Button>
          </Group>
          {mentors.data.length === 0 ? <Text c="dimmed">{t('admin.noMentors')}</Text> : null}
          <Table.ScrollContainer minWidth={760}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('case.mentor')}</Table.Th>
                  <Table.Th>{t('admin.university')}</Table.Th>
                  <Table.Th>{t('case.hub')}</Table.Th>
                  <Table.Th>{t('hubs.decree')}</Table.Th>
                  <Table.Th>{t('admin.load')}</Table.Th>
                  <Table.Th>{t('admin.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {mentors.data.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>
                      {m.user.name}{' '}
                      {m.active ? null : (
                        <Badge color="gray.8" variant="filled">
                          {t('admin.inactive')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{m.university.name}</Table.Td>
                    <Table.Td>{m.hub?.name ?? t('admin.noHub')}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      {m.decreeNumber} {m.decreeDate ? `(${formatDate(m.decreeDate, lang)})` : ''}
                    </Table.Td>
                    <Table.Td>
                      {m.activeCases}/{m.maxActiveCases}
                    </Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setEditing({ kind: 'mentor', mentor: m })} aria-label={t('admin.editMentor', { name: m.user.name })}>
                        {t('admin.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
        <MentorActivityPanel />
      </Stack>
      {editing?.kind === 'hub' ? <HubDialog hub={editing.hub} existing={hubs.data.map((h) => h.province.code)} onClose={() => setEditing(null)} /> : null}
      {editing?.kind === 'mentor' ? (
        <MentorDialog mentor={editing.mentor} hubs={hubs.data} appointed={mentors.data.map((m) => m.user.id)} onClose={() => setEditing(null)} />
      ) : null}
    </Container>
  );
}
