import { Anchor, Button, Container, Group, NumberInput, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Cluster, CLUSTERS } from '../../../../common/innovation-index';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { useFormat } from '../../../utils/use-format';
import { indexApi, useResults } from '../api/index-api';
import { NomineesPanel } from '../components/NomineesPanel';
import { useIndexYear } from '../use-index-year';

/** Public results: published verified IID per region, ranked within the chosen cluster, with report cards and XLSX. */
export function ResultsPage() {
  const { t } = useTranslation('innovationIndex');
  const format = useFormat();
  const [year, setYear] = useState(useIndexYear());
  const [cluster, setCluster] = useState<Cluster | null>(null);
  const results = useResults(year, cluster ?? undefined);
  const { user } = useAuth();
  const indexStaff = user?.role === 'index_admin' || user?.role === 'index_verifier';
  const published = results.data?.publishedAt != null;
  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('resultsTitle')} intro={t('resultsIntro')} />
      <Group mb="md" align="end" wrap="wrap">
        <NumberInput label={t('year')} value={year} min={2015} max={2100} onChange={(v) => setYear(Number(v) || year)} w={120} />
        <Select
          label={t('cluster')}
          value={cluster}
          onChange={setCluster}
          clearable
          placeholder={t('allClusters')}
          data={CLUSTERS.map((c) => ({ value: c, label: t(`clusters.${c}`) }))}
          w={240}
        />
        <Button component="a" href={indexApi.resultsXlsx(year, cluster ?? undefined)} variant="light">
          {t('downloadXlsx')}
        </Button>
      </Group>
      {results.isPending ? (
        <PageLoader />
      ) : results.isError ? (
        <Text c="dimmed">{t('noResults')}</Text>
      ) : results.data.items.length === 0 ? (
        <ErrorAlert error={new Error(t('noResults'))} />
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rank')}</Table.Th>
                <Table.Th>{t('region')}</Table.Th>
                <Table.Th>{t('iid')}</Table.Th>
                <Table.Th>{t('predicate')}</Table.Th>
                <Table.Th>{t('reportCard')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {results.data.items.map((r) => (
                <Table.Tr key={r.regionCode}>
                  <Table.Td>{r.rank ?? '—'}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.regionName}</Table.Td>
                  <Table.Td>{format.number(r.verifiedIid, 2)}</Table.Td>
                  <Table.Td>{t(`predicates.${r.predicate}`)}</Table.Td>
                  <Table.Td>
                    <Anchor href={indexApi.cardPdf(year, r.regionCode)}>PDF</Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {indexStaff && published && <NomineesPanel key={year} year={year} mayPublishSend={user?.role === 'index_admin'} />}
    </Container>
  );
}
