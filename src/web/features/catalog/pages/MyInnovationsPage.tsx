import { Anchor, Button, Checkbox, Container, Group, NativeSelect, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { WORKFLOW_STATES } from '../../../../common/catalog';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { SearchField } from '../../../components/SearchField';
import { TablePagination } from '../../../components/TablePagination';
import { useListParams } from '../../../hooks/use-list-params';
import { innovationPath, paths } from '../../../routes/paths';
import { useWorkspace } from '../api/catalog-queries';
import type { WorkspaceQuery } from '../api/catalog-types';
import { BulkActionBar } from '../components/BulkActionBar';
import { formatDate } from '../components/format';
import { InnovationStatusBadge, WorkflowBadge } from '../components/InnovationStatusBadge';

const FILTERS = ['q', 'state'] as const;

/** "My innovations": every record of the agency in every stage (the ministry: every agency's). */
export function MyInnovationsPage() {
  const { t, i18n } = useTranslation('catalog');
  const { t: tc } = useTranslation();
  const { user } = useAuth();
  const { page, filters, setFilter, setPage } = useListParams(FILTERS);
  // The state is the address bar's text, sent as it is: the server refuses one it does not know.
  const list = useWorkspace({ q: filters.q || undefined, state: (filters.state || undefined) as WorkspaceQuery['state'], page });
  const authoring = user?.role === 'agency_operator' || user?.role === 'agency_admin';
  const [selected, setSelected] = useState<string[]>([]);
  const bulkActions =
    user?.role === 'agency_admin' ? (['submit', 'approve', 'return'] as const) : user?.role === 'agency_operator' ? (['submit'] as const) : (['approve', 'return'] as const);
  const pageIds = list.data?.items.map((i) => i.id) ?? [];
  const allSelected = pageIds.length > 0 && pageIds.every((id) => selected.includes(id));
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('mine.title')}
        intro={t('mine.intro')}
        actions={
          authoring ? (
            <>
              <Button component={Link} to={paths.newInnovation}>
                {t('mine.new')}
              </Button>
              <Button component={Link} to={paths.importInnovations} variant="light">
                {t('mine.import')}
              </Button>
            </>
          ) : null
        }
      />
      <Group align="flex-end" mb="md">
        <SearchField label={t('mine.search')} value={filters.q} onSearch={(v) => setFilter('q', v)} />
        <NativeSelect
          label={t('mine.state')}
          value={filters.state}
          onChange={(e) => setFilter('state', e.currentTarget.value)}
          data={[{ value: '', label: tc('all') }, ...WORKFLOW_STATES.map((s) => ({ value: s, label: t(`workflow.${s}`) }))]}
        />
      </Group>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Text>{t('mine.empty')}</Text>
      ) : (
        <>
          <BulkActionBar selected={selected} actions={[...bulkActions]} onDone={() => setSelected([])} />
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <Checkbox
                      aria-label={t('bulk.selectPage')}
                      checked={allSelected}
                      onChange={() => setSelected(allSelected ? selected.filter((id) => !pageIds.includes(id)) : [...new Set([...selected, ...pageIds])])}
                    />
                  </Table.Th>
                  <Table.Th>{t('mine.columns.title')}</Table.Th>
                  {user?.role === 'ministry_admin' ? <Table.Th>{t('mine.columns.agency')}</Table.Th> : null}
                  <Table.Th>{t('mine.columns.state')}</Table.Th>
                  <Table.Th>{t('mine.columns.status')}</Table.Th>
                  <Table.Th>{t('mine.columns.confirmed')}</Table.Th>
                  <Table.Th>{t('mine.columns.updated')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Checkbox aria-label={t('bulk.select', { title: item.title })} checked={selected.includes(item.id)} onChange={() => toggle(item.id)} />
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={innovationPath(item.id)}>
                        {item.title}
                      </Anchor>
                    </Table.Td>
                    {user?.role === 'ministry_admin' ? <Table.Td>{item.agencyName}</Table.Td> : null}
                    <Table.Td>
                      <WorkflowBadge state={item.workflowState} />
                    </Table.Td>
                    <Table.Td>
                      <InnovationStatusBadge status={item.status} />
                    </Table.Td>
                    <Table.Td>
                      {formatDate(item.statusConfirmedAt, i18n.language)}
                      {item.statusStale ? (
                        <Text span c="orange.8" size="sm">
                          {' '}
                          · {t('mine.stale')}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{formatDate(item.updatedAt, i18n.language)}</Table.Td>
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
