import { Anchor, Container, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { hubPath } from '../../../routes/paths';
import { useHubs } from '../api/replication-api';

/** The JIPP hubs: province, year and decree, coordinators, mentors and replication figures. */
export function HubsPage() {
  const { t } = useTranslation('replication');
  const hubs = useHubs();
  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('hubs.title')} intro={t('hubs.intro')} />
      {hubs.isPending ? (
        <PageLoader />
      ) : hubs.isError ? (
        <ErrorAlert error={hubs.error} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('case.hub')}</Table.Th>
                <Table.Th>{t('hubs.year')}</Table.Th>
                <Table.Th>{t('hubs.decree')}</Table.Th>
                <Table.Th>{t('hubs.coordinators')}</Table.Th>
                <Table.Th>{t('hubs.mentors')}</Table.Th>
                <Table.Th>{t('hubs.open')}</Table.Th>
                <Table.Th>{t('hubs.completed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {hubs.data.map((h) => (
                <Table.Tr key={h.id}>
                  <Table.Td>
                    <Anchor component={Link} to={hubPath(h.id)}>
                      {h.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{h.yearDesignated}</Table.Td>
                  <Table.Td>
                    {h.decreeNumber ?? (
                      <Text span c="dimmed">
                        {t('hubs.decreeUnknown')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{h.coordinators.map((c) => c.name).join(', ') || '—'}</Table.Td>
                  <Table.Td>{h.mentorCount}</Table.Td>
                  <Table.Td>{h.openCases}</Table.Td>
                  <Table.Td>{h.completedReplications}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Container>
  );
}
