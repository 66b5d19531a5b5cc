import { Button, Container } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActiveToggleDialog } from '../../../components/ActiveToggleDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { StatusMessage } from '../../../components/StatusMessage';
import { TablePagination } from '../../../components/TablePagination';
import { useListParams } from '../../../hooks/use-list-params';
import type { Agency, AgencyListParams } from '../api/agencies-api';
import { useAgencies, useUpdateAgency } from '../api/agencies-queries';
import { AgenciesTable } from '../components/AgenciesTable';
import { AgencyFilters } from '../components/AgencyFilters';
import { CreateAgencyDialog } from '../components/CreateAgencyDialog';

const FILTERS = ['q', 'type', 'province'] as const;

/** Ministry admin: the register of agencies (K/L/Pemda, BUMN/BUMD, universities, others). */
export function AgenciesPage() {
  const { t } = useTranslation('adminAgencies');
  const { page, filters, setFilter, setPage } = useListParams(FILTERS);
  // The type is the address bar's text, sent as it is (empty means all): the server refuses one it does not know.
  const agencies = useAgencies({ ...filters, type: filters.type as AgencyListParams['type'], page });
  const update = useUpdateAgency();
  const [creating, setCreating] = useState(false);
  const [target, setTarget] = useState<Agency | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const askToggle = (agency: Agency) => {
    update.reset();
    setTarget(agency);
    setConfirming(true);
  };

  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('title')} actions={<Button onClick={() => setCreating(true)}>{t('add')}</Button>} />
      <StatusMessage message={status} onClose={() => setStatus(null)} />
      <AgencyFilters values={filters} onChange={setFilter} />
      {agencies.isPending ? (
        <PageLoader />
      ) : agencies.isError ? (
        <ErrorAlert error={agencies.error} />
      ) : (
        <>
          <AgenciesTable agencies={agencies.data.items} onToggleActive={askToggle} />
          <TablePagination page={page} total={agencies.data.total} onChange={setPage} />
        </>
      )}

      <CreateAgencyDialog opened={creating} onClose={() => setCreating(false)} onCreated={(name) => setStatus(t('created', { name }))} />
      <ActiveToggleDialog
        target={target}
        opened={confirming}
        onClose={() => setConfirming(false)}
        update={update}
        texts={(record, deactivating) => ({
          title: t(deactivating ? 'confirmDeactivateTitle' : 'confirmReactivateTitle'),
          body: t(deactivating ? 'confirmDeactivateBody' : 'confirmReactivateBody', { name: record?.name ?? '' }),
          confirmLabel: t(deactivating ? 'deactivate' : 'reactivate'),
          done: t(deactivating ? 'deactivated' : 'reactivated', { name: record?.name ?? '' }),
        })}
        onDone={setStatus}
      />
    </Container>
  );
}
