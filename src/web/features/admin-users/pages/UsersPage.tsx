import { Button, Container } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { StatusMessage } from '../../../components/StatusMessage';
import { TablePagination } from '../../../components/TablePagination';
import { useListParams } from '../../../hooks/use-list-params';
import type { AdminUser } from '../api/users-api';
import { useUpdateUser, useUsers } from '../api/users-queries';
import { CreateUserDialog } from '../components/CreateUserDialog';
import { ReinviteDialog } from '../components/ReinviteDialog';
import { UserFilters } from '../components/UserFilters';
import { UsersTable } from '../components/UsersTable';

const FILTERS = ['q', 'role'] as const;

/** Ministry admin: find users, invite new ones, deactivate and reactivate accounts. */
export function UsersPage() {
  const { t } = useTranslation('adminUsers');
  const { page, filters, setFilter, setPage } = useListParams(FILTERS);
  const users = useUsers({ q: filters.q, role: filters.role, page });
  const update = useUpdateUser();
  const [creating, setCreating] = useState(false);
  // The target stays set while the dialog animates out, so its text does not flip.
  const [target, setTarget] = useState<AdminUser | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [reinviting, setReinviting] = useState(false);

  const askReinvite = (user: AdminUser) => {
    setTarget(user);
    setReinviting(true);
  };

  const askToggle = (user: AdminUser) => {
    update.reset();
    setTarget(user);
    setConfirming(true);
  };

  const confirmToggle = () => {
    if (!target) return;
    const active = !target.active;
    update.mutate(
      { id: target.id, change: { active } },
      {
        onSuccess: () => {
          setStatus(t(active ? 'reactivated' : 'deactivated', { name: target.name }));
          setConfirming(false);
        },
      },
    );
  };

  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('title')}
        actions={<Button onClick={() => setCreating(true)}>{t('invite')}</Button>}
      />
      <StatusMessage message={status} onClose={() => setStatus(null)} />
      <UserFilters q={filters.q} role={filters.role} onChange={setFilter} />
      {users.isPending ? (
        <PageLoader />
      ) : users.isError ? (
        <ErrorAlert error={users.error} />
      ) : (
        <>
          <UsersTable
            users={users.data.items}
            onToggleActive={askToggle}
            onReinvite={askReinvite}
          />
          <TablePagination page={page} total={users.data.total} onChange={setPage} />
        </>
      )}

      <CreateUserDialog opened={creating} onClose={() => setCreating(false)} />
      <ReinviteDialog user={target} opened={reinviting} onClose={() => setReinviting(false)} />
      <ConfirmDialog
        opened={confirming}
        title={t(target?.active ? 'confirmDeactivateTitle' : 'confirmReactivateTitle')}
        body={t(target?.active ? 'confirmDeactivateBody' : 'confirmReactivateBody', {
          name: target?.name ?? '',
          email: target?.email ?? '',
        })}
        confirmLabel={t(target?.active ? 'deactivate' : 'reactivate')}
        danger={target?.active}
        busy={update.isPending}
        error={update.error}
        onConfirm={confirmToggle}
        onClose={() => setConfirming(false)}
      />
    </Container>
  );
}
