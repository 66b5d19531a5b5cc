import { Badge, Button, Card, Container, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { formatRupiah } from '../../../../common/incentive';
import { useAuth } from '../../../auth/use-auth';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { StatusMessage } from '../../../components/StatusMessage';
import { incentiveApi, scenarioLetterUrl, scenarioXlsxUrl } from '../api/incentive-api';
import { useIncentiveMutation, useScenario } from '../api/incentive-queries';
import { FinanceDecidesNote } from '../components/FinanceDecidesNote';
import { RegionResultsTable } from '../components/RegionResultsTable';
import { incentivePaths } from '../paths';

/** A stored scenario: totals per cluster, every region with its reasons, downloads; the public sees recommendations only. */
export function ScenarioPage({ publicView = false }: { publicView?: boolean }) {
  const { id = '' } = useParams();
  const { t } = useTranslation('incentive');
  const { user } = useAuth();
  const scenario = useScenario(id, publicView);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const recommend = useIncentiveMutation(() => incentiveApi.recommend(id));
  const staff = user?.role === 'ministry_admin' || user?.role === 'finance_viewer';

  if (scenario.isPending) return <PageLoader />;
  if (scenario.isError) return <ErrorAlert error={scenario.error} />;
  const s = scenario.data;
  const figure = (label: string, value: string) => (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
    </Card>
  );
  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={s.name}
        intro={`${s.ruleSet.name} · ${t('fiscalYear')} ${s.ruleSet.fiscalYear}`}
        actions={
          <>
            <Button component={Link} to={publicView ? incentivePaths.recommendations : incentivePaths.ruleSet(s.ruleSetId)} variant="default">
              {t('back')}
            </Button>
            {staff && !publicView ? (
              <>
                <Button component="a" href={scenarioXlsxUrl(s.id)} variant="light">
                  {t('downloadXlsx')}
                </Button>
                <Button component="a" href={scenarioLetterUrl(s.id)} variant="light">
                  {t('downloadLetter')}
                </Button>
              </>
            ) : null}
            {user?.role === 'ministry_admin' && !s.recommendedAt && !publicView ? <Button onClick={() => setConfirming(true)}>{t('recommend')}</Button> : null}
          </>
        }
      />
      <FinanceDecidesNote />
      <StatusMessage message={status} onClose={() => setStatus(null)} />
      {s.recommendedAt ? (
        <Badge color="teal" variant="light" tt="none" mb="md" size="lg">
          {t('recommended')}
        </Badge>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mb="lg">
        {figure(t('pool'), formatRupiah(s.result.pool))}
        {figure(t('allocated'), formatRupiah(s.result.allocated))}
        {figure(t('unallocated'), formatRupiah(s.result.unallocated))}
        {figure(t('eligible'), String(s.result.eligibleCount))}
      </SimpleGrid>
      <Title order={2} size="h3" mb="sm">
        {t('clusterTotals')}
      </Title>
      <Table.ScrollContainer minWidth={420} mb="lg">
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cluster')}</Table.Th>
              <Table.Th ta="right">{t('pool')}</Table.Th>
              <Table.Th ta="right">{t('allocated')}</Table.Th>
              <Table.Th ta="right">{t('eligible')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.result.clusters.map((c) => (
              <Table.Tr key={c.code}>
                <Table.Td>{c.name}</Table.Td>
                <Table.Td ta="right">{formatRupiah(c.pool)}</Table.Td>
                <Table.Td ta="right">{formatRupiah(c.allocated)}</Table.Td>
                <Table.Td ta="right">{c.regions}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <RegionResultsTable regions={s.result.regions} />
      <Stack gap={2} mt="md">
        <Text size="xs" c="dimmed">
          {t('inputsHash')}: <code>{s.inputsHash}</code>
        </Text>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('recommend')}
        body={t('recommendConfirm')}
        confirmLabel={t('recommend')}
        busy={recommend.isPending}
        error={recommend.error}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          recommend.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              setStatus(t('recommendedDone'));
            },
          })
        }
      />
    </Container>
  );
}

/** The public route: only published recommendations. */
export function PublicRecommendationPage() {
  return <ScenarioPage publicView />;
}
