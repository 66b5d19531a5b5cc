import { Group, NativeSelect, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OAOI_AGENCY_TYPES, OAOI_SORTS, OAOI_STATUSES, type OaoiCoverageView } from '../../../../common/institutionalisation';
import { SearchField } from '../../../components/SearchField';
import { TablePagination } from '../../../components/TablePagination';
import { useFormat } from '../../../utils/use-format';

export const OAOI_FILTERS = ['q', 'province', 'type', 'status', 'sort'] as const;
export type OaoiFilter = (typeof OAOI_FILTERS)[number];

/** The year's agencies, one page at a time, filtered and sorted on the server (filters live in the URL). */
export function OaoiAgencies({
  coverage,
  filters,
  onFilter,
  page,
  onPage,
}: {
  coverage: OaoiCoverageView;
  filters: Record<OaoiFilter, string>;
  onFilter: (name: OaoiFilter, value: string) => void;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation('institutionalisation');
  const { t: tt } = useTranslation('agencyTypes');
  const f = useFormat();
  const provinceName = new Map(coverage.byProvince.map((p) => [p.code, p.name]));
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('oaoi.agencies')}
      </Title>
      <Group align="flex-end" gap="md" wrap="wrap">
        <SearchField label={t('oaoi.filters.q')} value={filters.q} onSearch={(v) => onFilter('q', v)} />
        <NativeSelect
          label={t('oaoi.filters.status')}
          value={filters.status}
          onChange={(e) => onFilter('status', e.currentTarget.value)}
          data={[{ value: '', label: t('oaoi.filters.all') }, ...OAOI_STATUSES.map((s) => ({ value: s, label: t(`oaoi.statuses.${s}`) }))]}
          style={{ flex: '1 1 12rem' }}
        />
        <NativeSelect
          label={t('oaoi.filters.type')}
          value={filters.type}
          onChange={(e) => onFilter('type', e.currentTarget.value)}
          data={[{ value: '', label: t('oaoi.filters.all') }, ...OAOI_AGENCY_TYPES.map((v) => ({ value: v, label: tt(v as 'kota') }))]}
          style={{ flex: '1 1 12rem' }}
        />
        <NativeSelect
          label={t('oaoi.filters.province')}
          value={filters.province}
          onChange={(e) => onFilter('province', e.currentTarget.value)}
          data={[{ value: '', label: t('oaoi.filters.all') }, ...coverage.byProvince.map((p) => ({ value: p.code, label: p.name }))]}
          style={{ flex: '1 1 12rem' }}
        />
        <NativeSelect
          label={t('oaoi.filters.sort')}
          value={filters.sort || 'name'}
          onChange={(e) => onFilter('sort', e.currentTarget.value === 'name' ? '' : e.currentTarget.value)}
          data={OAOI_SORTS.map((s) => ({ value: s, label: t(`oaoi.sorts.${s}`) }))}
          style={{ flex: '1 1 10rem' }}
        />
      </Group>
      <Table striped data-testid="oaoi-agencies">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('oaoi.columns.name')}</Table.Th>
            <Table.Th>{t('oaoi.columns.province')}</Table.Th>
            <Table.Th>{t('oaoi.columns.target')}</Table.Th>
            <Table.Th>{t('oaoi.columns.realisation')}</Table.Th>
            <Table.Th>{t('oaoi.columns.met')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {coverage.agencies.items.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{a.name}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{a.provinceCode ? (provinceName.get(a.provinceCode) ?? a.provinceCode) : '—'}</Table.Td>
              <Table.Td>{f.number(a.target)}</Table.Td>
              <Table.Td>{f.number(a.realisation)}</Table.Td>
              <Table.Td>{a.met ? t('oaoi.yes') : t('oaoi.no')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <TablePagination page={page} total={coverage.agencies.total} onChange={onPage} />
    </Stack>
  );
}
