import { Anchor, Badge, Button, Container, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { competitionPath } from '../../../routes/paths';
import { useCompetitions } from '../api/competitions-queries';
import { CreateCompetitionDialog } from '../components/CreateCompetitionDialog';
import { PhaseBadge } from '../components/PhaseBadge';
import { TimeZoneSelect } from '../components/TimeZoneSelect';
import { formatInZone, useTimeZone } from '../time-zone';

/** Every call the visitor may see: KIPP and special calls, with their registration phase. */
export function CompetitionsPage() {
  const { t, i18n } = useTranslation('competitions');
  const { user } = useAuth();
  const competitions = useCompetitions();
  const [zone] = useTimeZone();
  const [creating, setCreating] = useState(false);
  const isMinistry = user?.role === 'ministry_admin';

  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('title')} intro={t('intro')} actions={isMinistry ? <Button onClick={() => setCreating(true)}>{t('create.open')}</Button> : null} />
      <Group justify="flex-end" mb="md">
        <TimeZoneSelect />
      </Group>
      {competitions.isPending ? (
        <PageLoader />
      ) : competitions.isError ? (
        <ErrorAlert error={competitions.error} />
      ) : competitions.data.items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('columns.name')}</Table.Th>
                <Table.Th scope="col">{t('columns.kind')}</Table.Th>
                <Table.Th scope="col">{t('columns.phase')}</Table.Th>
                <Table.Th scope="col">{t('columns.deadline')}</Table.Th>
                {isMinistry ? <Table.Th scope="col">{t('columns.status')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {competitions.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row" fw={400}>
                    <Stack gap={0}>
                      <Anchor component={Link} to={competitionPath(c.id)} fw={600}>
                        {c.name}
                      </Anchor>
                      {c.theme ? (
                        <Text size="sm" c="dimmed">
                          {c.theme}
                        </Text>
                      ) : null}
                    </Stack>
                  </Table.Th>
                  <Table.Td>{t(`kind.${c.kind}`)}</Table.Td>
                  <Table.Td>
                    <PhaseBadge phase={c.phase} />
                  </Table.Td>
                  <Table.Td>{formatInZone(c.submissionDeadline, zone, i18n.language)}</Table.Td>
                  {isMinistry ? (
                    <Table.Td>
                      <Badge variant="outline" tt="none">
                        {t(`status.${c.status}`)}
                      </Badge>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {isMinistry ? <CreateCompetitionDialog opened={creating} onClose={() => setCreating(false)} /> : null}
    </Container>
  );
}
