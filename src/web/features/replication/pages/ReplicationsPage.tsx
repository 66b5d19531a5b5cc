import { Anchor, Button, Container, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CASE_STATES } from '../../../../common/replication';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { TablePagination } from '../../../components/TablePagination';
import { useListParams } from '../../../hooks/use-list-params';
import { replicationCasePath } from '../../../routes/paths';
import { formatDate } from '../../catalog/components/format';
import { type CaseFilters, casesExportUrl, useCases, useHubs } from '../api/replication-api';
import { CASE_FLAGS } from '../../../../common/replication-case-requests';
import { knownValue } from '../../../utils/known-value';
import { CaseBadges } from '../components/CaseBadges';

const FILTERS = ['state', 'province', 'hubId', 'year', 'flag'] as const;

/** Monitoring list: the caller's cases (the ministry: all), filtered and flagged, with an XLSX export. */
export function ReplicationsPage() {
  const { t, i18n } = useTranslation('replication');
  const { t: tc } = useTranslation();
  const { page, filters, setFilter, setPage } = useListParams(FILTERS);
  // Unset filters are left out by the client; a state or flag the server does not know reads as not set.
  const query: CaseFilters = {
    state: knownValue(CASE_STATES, filters.state),
    province: filters.province,
    hubId: filters.hubId,
    year: filters.year,
    flag: knownValue(CASE_FLAGS, filters.flag),
  };
  const list = useCases({ ...query, page });
  const hubs = useHubs();
  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('list.title')}
        intro={t('list.intro')}
        actions={
          <Button component="a" href={casesExportUrl(query)} download variant="light">
            {t('list.export')}
          </Button>
        }
      />
      <Group align="flex-end" mb="md" wrap="wrap">
        <NativeSelect
          label={t('list.state')}
          value={filters.state}
          onChange={(e) => setFilter('state', e.currentTarget.value)}
          data={[{ value: '', label: tc('all') }, ...CASE_STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))]}
        />
        <NativeSelect
          label={t('list.hub')}
          value={filters.hubId}
          onChange={(e) => setFilter('hubId', e.currentTarget.value)}
          data={[{ value: '', label: tc('all') }, ...(hubs.data ?? []).map((h) => ({ value: h.id, label: h.province.name }))]}
        />
        <TextInput
          label={t('list.province')}
          value={filters.province}
          maxLength={2}
          w={110}
          onChange={(e) => setFilter('province', /^\d{0,2}$/.test(e.currentTarget.value) ? e.currentTarget.value : filters.province)}
        />
        <TextInput
          label={t('list.year')}
          value={filters.year}
          maxLength={4}
          w={110}
          onChange={(e) => setFilter('year', /^\d{0,4}$/.test(e.currentTarget.value) ? e.currentTarget.value : filters.year)}
        />
        <NativeSelect
          label={t('list.flag')}
          value={filters.flag}
          onChange={(e) => setFilter('flag', e.currentTarget.value)}
          data={[{ value: '', label: tc('all') }, ...CASE_FLAGS.map((f) => ({ value: f, label: t(`flags.${f}`) }))]}
        />
      </Group>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Text>{t('list.empty')}</Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('list.columns.source')}</Table.Th>
                  <Table.Th>{t('list.columns.origin')}</Table.Th>
                  <Table.Th>{t('list.columns.adopter')}</Table.Th>
                  <Table.Th>{t('list.columns.state')}</Table.Th>
                  <Table.Th>{t('list.columns.mentor')}</Table.Th>
                  <Table.Th>{t('list.columns.next')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={replicationCasePath(c.id)}>
                        {c.source.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{c.origin.name}</Table.Td>
                    <Table.Td>{c.adopter.name}</Table.Td>
                    <Table.Td>
                      <CaseBadges state={c.state} overdue={c.overdueMilestones} silent={c.silent} />
                    </Table.Td>
                    <Table.Td>{c.mentor?.name ?? tc('none')}</Table.Td>
                    <Table.Td>{c.nextDueOn ? formatDate(c.nextDueOn, i18n.language) : tc('none')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <TablePagination page={page} total={list.data.total} onChange={setPage} />
        </>
      )}
    </Container>
  );
}
