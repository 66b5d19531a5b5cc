import { Anchor, Badge, Container, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { competitionsPath, proposalPath } from '../../../routes/paths';
import { formatInZone, useTimeZone } from '../../competitions/time-zone';
import { useMyProposals } from '../api/proposals-queries';
import { ProposalStatusBadge } from '../components/ProposalStatusBadge';

/** The participant's proposals (own agency's, or own as a citizen) and where each stands. */
export function MyProposalsPage() {
  const { t, i18n } = useTranslation('proposals');
  const [zone] = useTimeZone();
  const proposals = useMyProposals({});
  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('listTitle')} intro={t('listIntro')} />
      {proposals.isPending ? (
        <PageLoader />
      ) : proposals.isError ? (
        <ErrorAlert error={proposals.error} />
      ) : proposals.data.items.length === 0 ? (
        <Text c="dimmed">
          {t('empty')}{' '}
          <Anchor component={Link} to={competitionsPath}>
            {t('toCompetitions')}
          </Anchor>
        </Text>
      ) : (
        <Table striped verticalSpacing="sm" className="cards-on-phone" aria-label={t('listTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('columns.title')}</Table.Th>
              <Table.Th scope="col">{t('columns.competition')}</Table.Th>
              <Table.Th scope="col">{t('columns.group')}</Table.Th>
              <Table.Th scope="col">{t('columns.status')}</Table.Th>
              <Table.Th scope="col">{t('columns.check')}</Table.Th>
              <Table.Th scope="col">{t('columns.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {proposals.data.items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={proposalPath(p.id)} fw={600}>
                    {p.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {p.number}
                  </Text>
                </Table.Th>
                <Table.Td data-label={t('columns.competition')}>{p.competition.name}</Table.Td>
                <Table.Td data-label={t('columns.group')}>{p.group.name}</Table.Td>
                <Table.Td data-label={t('columns.status')}>
                  <ProposalStatusBadge status={p.status} />
                </Table.Td>
                <Table.Td data-label={t('columns.check')}>
                  {p.adminCheck ? (
                    <Badge variant="outline" tt="none" color={p.adminCheck.status === 'failed' ? 'red' : p.adminCheck.status === 'passed' ? 'teal' : 'gray'}>
                      {t(`check.${p.adminCheck.status}`)}
                    </Badge>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td data-label={t('columns.updated')}>{formatInZone(p.updatedAt, zone, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Container>
  );
}
