import { Badge, Button, Card, Container, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { formatRupiah } from '../../../../common/incentive';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { useComparison } from '../api/incentive-queries';
import { FinanceDecidesNote } from '../components/FinanceDecidesNote';
import { incentivePaths } from '../paths';

/** Two scenarios side by side: who gains, who loses, by how much (B against A), biggest gain first. */
export function ComparePage() {
  const { t } = useTranslation('incentive');
  const [params] = useSearchParams();
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const comparison = useComparison(a, b);
  if (!a || !b) return <Text>{t('compareHint')}</Text>;
  if (comparison.isPending) return <PageLoader />;
  if (comparison.isError) return <ErrorAlert error={comparison.error} />;
  const c = comparison.data;
  const signed = (delta: string) => (delta.startsWith('-') ? `− ${formatRupiah(delta.slice(1))}` : delta === '0' ? formatRupiah('0') : `+ ${formatRupiah(delta)}`);
  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('compare')}
        intro={`A: ${c.a.name} · B: ${c.b.name}`}
        actions={
          <Button component={Link} to={incentivePaths.ruleSet(c.a.ruleSetId)} variant="default">
            {t('back')}
          </Button>
        }
      />
      <FinanceDecidesNote />
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="lg">
        <Card withBorder>
          <Text c="dimmed">{t('gainers')}</Text>
          <Text fw={700} size="xl">
            {c.gainers}
          </Text>
        </Card>
        <Card withBorder>
          <Text c="dimmed">{t('losers')}</Text>
          <Text fw={700} size="xl">
            {c.losers}
          </Text>
        </Card>
        <Card withBorder>
          <Text c="dimmed">{t('unchanged')}</Text>
          <Text fw={700} size="xl">
            {c.unchanged}
          </Text>
        </Card>
      </SimpleGrid>
      <Table.ScrollContainer minWidth={600}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('region')}</Table.Th>
              <Table.Th ta="right">{t('scenarioA')}</Table.Th>
              <Table.Th ta="right">{t('scenarioB')}</Table.Th>
              <Table.Th ta="right">{t('delta')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.rows.map((r) => (
              <Table.Tr key={r.regionCode}>
                <Table.Td>
                  {r.regionName}{' '}
                  <Text span size="xs" c="dimmed">
                    {r.regionCode}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  {r.a.eligible ? (
                    formatRupiah(r.a.amount)
                  ) : (
                    <Badge variant="outline" color="gray" tt="none">
                      {t('no')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  {r.b.eligible ? (
                    formatRupiah(r.b.amount)
                  ) : (
                    <Badge variant="outline" color="gray" tt="none">
                      {t('no')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right" c={r.delta.startsWith('-') ? 'red.9' : r.delta === '0' ? undefined : 'teal.9'} style={{ whiteSpace: 'nowrap' }}>
                  {signed(r.delta)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Container>
  );
}
