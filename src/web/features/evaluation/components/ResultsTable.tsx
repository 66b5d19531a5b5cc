import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../utils/use-format';
import type { Results } from '../api/evaluation-api';

/** Every aggregate side by side, the rank and the tie-break that decided it. */
export function ResultsTable({ results }: { results: Results }) {
  const { t } = useTranslation('evaluation');
  const fmt = useFormat().score;
  return (
    <>
      <Text size="sm">{t('admin.tieBreaks', { chain: results.tieBreaks.map((k) => t(`tieBreak.${k}` as 'tieBreak.score', { defaultValue: k })).join(' → ') })}</Text>
      <Table striped withTableBorder aria-label={t('admin.results')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('results.rank')}</Table.Th>
            <Table.Th>{t('results.proposal')}</Table.Th>
            <Table.Th>{t('results.reviews')}</Table.Th>
            <Table.Th>{t('basis.mean')}</Table.Th>
            <Table.Th>{t('basis.median')}</Table.Th>
            <Table.Th>{t('basis.normalised')}</Table.Th>
            <Table.Th>{t('results.decidedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results.items.map((i) => (
            <Table.Tr key={i.proposalId}>
              <Table.Td>{i.rank}</Table.Td>
              <Table.Td>
                {i.proposalNumber} — {i.title} {i.remote3T && <Badge size="xs">3T</Badge>}{' '}
                {i.disagreement && (
                  <Badge size="xs" color="red">
                    {t('results.disagreement')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{i.count}</Table.Td>
              <Table.Td>{fmt(i.mean)}</Table.Td>
              <Table.Td>{fmt(i.median)}</Table.Td>
              <Table.Td>{fmt(i.normalised)}</Table.Td>
              <Table.Td>{i.decidedBy ? t(`tieBreak.${i.decidedBy}`) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {results.unscored.length > 0 && <Text size="sm">{t('results.unscored', { count: results.unscored.length })}</Text>}
    </>
  );
}
