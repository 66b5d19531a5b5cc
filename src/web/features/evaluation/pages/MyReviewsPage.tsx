import { Anchor, Badge, Container, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../utils/use-format';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { reviewPath } from '../../../routes/paths';
import { formatInZone, useTimeZone } from '../../competitions/time-zone';
import { useMyAssignments } from '../api/evaluation-queries';
import { DeclareConflictForm } from '../components/DeclareConflictForm';

/** Evaluator/panelist: my published assignments, in a fixed order that says nothing about scores. */
export function MyReviewsPage() {
  const { t, i18n } = useTranslation('evaluation');
  const f = useFormat();
  const [zone] = useTimeZone();
  const mine = useMyAssignments();
  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('mine.title')} intro={t('mine.intro')} />
      {mine.isPending && <PageLoader />}
      <ErrorAlert error={mine.error} />
      {mine.data && mine.data.items.length === 0 && <Text>{t('mine.empty')}</Text>}
      {/* One line per scheduled round rather than a column repeating the same date on every row. */}
      {mine.data &&
        [...new Map(mine.data.items.filter((a) => a.deadline).map((a) => [a.roundId, a])).values()].map((a) => (
          <Text key={a.roundId} mb="sm">
            {t('mine.deadlineOf', { round: a.roundName, at: formatInZone(a.deadline, zone, i18n.language) })}
          </Text>
        ))}
      {mine.data && mine.data.items.length > 0 && (
        <Table striped withTableBorder aria-label={t('mine.title')} className="cards-on-phone">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('mine.round')}</Table.Th>
              <Table.Th>{t('results.proposal')}</Table.Th>
              <Table.Th>{t('mine.status')}</Table.Th>
              <Table.Th>{t('mine.myTotal')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mine.data.items.map((a) => (
              <Table.Tr key={`${a.roundId}-${a.proposalId}`}>
                <Table.Td data-label={t('mine.round')}>{a.roundName}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={reviewPath(a.roundId, a.proposalId)}>
                    {a.proposalNumber} — {a.title}
                  </Anchor>
                </Table.Td>
                <Table.Td data-label={t('mine.status')}>
                  <Badge variant="light">{t(`sheetStatus.${a.myStatus}`)}</Badge>
                </Table.Td>
                <Table.Td data-label={t('mine.myTotal')}>{f.score(a.myTotal)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <DeclareConflictForm />
    </Container>
  );
}
