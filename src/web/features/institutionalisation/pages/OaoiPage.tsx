import { Anchor, Button, Container, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OAOI_AGENCY_TYPES, OAOI_SORTS, OAOI_STATUSES, type OaoiAgencyType } from '../../../../common/institutionalisation';
import { knownValue } from '../../../utils/known-value';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { StatusMessage } from '../../../components/StatusMessage';
import { useListParams } from '../../../hooks/use-list-params';
import { useFormat } from '../../../utils/use-format';
import { BarChart } from '../../dashboards/components/BarChart';
import { OAOI_FILTERS, OaoiAgencies } from '../components/OaoiAgencies';
import { oaoiExportUrl, useOaoiAgency, useOaoiCoverage, useRaiseTarget, useSetDefaultTarget } from '../api/institutionalisation-api';

const pct = (share: number) => Math.round(share * 1000) / 10;

function MinistryView({ year }: { year: number }) {
  const { t } = useTranslation('institutionalisation');
  const { t: tt } = useTranslation('agencyTypes');
  const { page, filters, setFilter, setPage } = useListParams(OAOI_FILTERS);
  // A status, type or order the server does not know reads as not set.
  const query = {
    q: filters.q,
    province: filters.province,
    type: knownValue(OAOI_AGENCY_TYPES, filters.type),
    status: knownValue(OAOI_STATUSES, filters.status),
    sort: knownValue(OAOI_SORTS, filters.sort),
  };
  const coverage = useOaoiCoverage(year, query, page, true);
  const setDefault = useSetDefaultTarget();
  const [type, setType] = useState<OaoiAgencyType>('kabupaten');
  const [target, setTarget] = useState<number | string>(1);
  const [status, setStatus] = useState<string | null>(null);
  if (coverage.isPending) return <PageLoader />;
  if (coverage.isError) return <ErrorAlert error={coverage.error} />;
  const c = coverage.data;
  return (
    <Stack gap="lg">
      <StatusMessage message={status} onClose={() => setStatus(null)} />
      <Paper withBorder p="md">
        <Title order={2} size="h4">
          {t('oaoi.national')}
        </Title>
        <Text size="lg" fw={600}>
          {t('oaoi.coverageValue', { meeting: c.national.meeting, agencies: c.national.agencies, share: pct(c.national.share) })}
        </Text>
        <Anchor href={oaoiExportUrl(year)} download size="sm">
          {t('oaoi.export')}
        </Anchor>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('oaoi.byYear')}
          </Title>
          <BarChart data={c.byYear.map((y) => ({ label: String(y.year), value: pct(y.share) }))} summary={c.byYear.map((y) => `${y.year}: ${pct(y.share)}%`).join(', ')} />
        </Stack>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('oaoi.byType')}
          </Title>
          <Table>
            <Table.Tbody>
              {c.byType.map((b) => (
                <Table.Tr key={b.type}>
                  <Table.Td>{tt(b.type as 'kota')}</Table.Td>
                  <Table.Td>
                    {b.meeting}/{b.agencies} ({pct(b.share)}%)
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </SimpleGrid>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('oaoi.byProvince')}
        </Title>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('oaoi.columns.province')}</Table.Th>
              <Table.Th>{t('oaoi.columns.meeting')}</Table.Th>
              <Table.Th>{t('oaoi.columns.share')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.byProvince.map((p) => (
              <Table.Tr key={p.code}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{p.name}</Table.Td>
                <Table.Td>
                  {p.meeting}/{p.agencies}
                </Table.Td>
                <Table.Td>{pct(p.share)}%</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      <Group gap="md" wrap="wrap">
        <Anchor component="button" type="button" size="sm" onClick={() => setFilter('status', 'none')}>
          {t('oaoi.withoutRunning', { count: c.counts.withoutRunning })}
        </Anchor>
        <Anchor component="button" type="button" size="sm" onClick={() => setFilter('status', 'below')}>
          {t('oaoi.belowTarget', { count: c.counts.belowTarget })}
        </Anchor>
      </Group>
      <OaoiAgencies coverage={c} filters={filters} onFilter={setFilter} page={page} onPage={setPage} />
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          {t('oaoi.defaults')}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('oaoi.agencyType')}
            value={type}
            data={OAOI_AGENCY_TYPES.map((v) => ({ value: v, label: tt(v as 'kota') }))}
            onChange={(e) => setType(knownValue(OAOI_AGENCY_TYPES, e.currentTarget.value) ?? type)}
          />
          <NumberInput label={t('oaoi.target')} value={target} min={1} max={1000} onChange={setTarget} w={120} />
          <Button
            loading={setDefault.isPending}
            onClick={() => setDefault.mutate({ agencyType: type, year, target: Number(target) }, { onSuccess: () => setStatus(t('oaoi.saved')) })}
          >
            {t('oaoi.setDefault')}
          </Button>
        </Group>
        {setDefault.isError ? <ErrorAlert error={setDefault.error} /> : null}
      </Paper>
    </Stack>
  );
}

/** An agency's target vs realisation over the years (a chart and its table), and raising its own target. */
export function AgencyOaoi({ agencyId, year }: { agencyId: string; year: number }) {
  const { t } = useTranslation('institutionalisation');
  const f = useFormat();
  const view = useOaoiAgency(agencyId, year);
  const raise = useRaiseTarget(agencyId);
  const [target, setTarget] = useState<number | string>('');
  const [status, setStatus] = useState<string | null>(null);
  if (view.isPending) return <PageLoader />;
  if (view.isError) return <ErrorAlert error={view.error} />;
  const v = view.data;
  return (
    <Stack gap="md">
      <StatusMessage message={status} onClose={() => setStatus(null)} />
      <Title order={2} size="h4">
        {t('oaoi.mine')}: {v.agency.name}
      </Title>
      <BarChart
        data={v.years.map((y) => ({ label: String(y.year), value: y.realisation }))}
        summary={t('oaoi.chartSummary', { values: v.years.map((y) => `${y.year}: ${y.realisation}/${y.target}`).join(', ') })}
      />
      <Table striped data-testid="oaoi-years">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('oaoi.columns.year')}</Table.Th>
            <Table.Th>{t('oaoi.columns.target')}</Table.Th>
            <Table.Th>{t('oaoi.columns.realisation')}</Table.Th>
            <Table.Th>{t('oaoi.columns.met')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {v.years.map((y) => (
            <Table.Tr key={y.year}>
              <Table.Td>{y.year}</Table.Td>
              <Table.Td>{f.number(y.target)}</Table.Td>
              <Table.Td>{f.number(y.realisation)}</Table.Td>
              <Table.Td>{y.met ? t('oaoi.yes') : t('oaoi.no')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {v.can.raise ? (
        <Group align="flex-end" wrap="wrap">
          <NumberInput label={`${t('oaoi.target')} ${year}`} value={target} min={1} max={1000} onChange={setTarget} w={160} />
          <Button loading={raise.isPending} onClick={() => raise.mutate({ year, target: Number(target) }, { onSuccess: () => setStatus(t('oaoi.raised')) })}>
            {t('oaoi.raise')}
          </Button>
        </Group>
      ) : null}
      {raise.isError ? <ErrorAlert error={raise.error} /> : null}
    </Stack>
  );
}

/** One Agency One Innovation: the ministry's coverage and lists; an agency's own target vs realisation. */
export function OaoiPage() {
  const { t } = useTranslation('institutionalisation');
  const { user } = useAuth();
  const f = useFormat();
  const [year, setYear] = useState(() => Number(f.today().slice(0, 4)));
  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('oaoi.title')} intro={t('oaoi.intro')} />
      <NumberInput label={t('oaoi.year')} value={year} min={2013} max={2100} onChange={(v) => setYear(Number(v) || year)} w={140} mb="md" />
      {user?.role === 'ministry_admin' ? <MinistryView year={year} /> : user?.agencyId ? <AgencyOaoi agencyId={user.agencyId} year={year} /> : null}
    </Container>
  );
}
