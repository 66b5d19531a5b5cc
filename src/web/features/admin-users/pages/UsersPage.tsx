import { Button, Container } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../common/roles';
import { ActiveToggleDialog } from '../../../components/ActiveToggleDialog';
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
import { ResetPasswordDialog } from '../components/ResetPasswordDialog';
import { UserFilters } from '../components/UserFilters';
import { UsersTable } from '../components/UsersTable';

const FILTERS = ['q', 'role'] as const;

/** Ministry admin: find users, invite new ones, deactivate and reactivate accounts. */
export function UsersPage() {
  const { t } = useTranslation('adminUsers');
  const { page, filters, setFilter, setPage } = useListParams(FILTERS);
  // The URL's role goes out as written (a hand-edited unknown one is refused by the server, and the page says so).
  const users = useUsers({ q: filters.q, role: (filters.role || undefined) as Role | undefined, page });
  const update = useUpdateUser();
  const [creating, setCreating] = useState(false);
  // The target stays set while the dialog animates out, so its text does not flip.
  const [target, setTarget] = useState<AdminUser | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [reinviting, setReinviting] = useState(false);
  const [resetting, setResetting] = useState(false);

  const askResetPassword = (user: AdminUser) => {
    setTarget(user);
    setResetting(true);
  };

  const askReinvite = (user: AdminUser) => {
    setTarget(user);
    setReinviting(true);
  };

  const askToggle = (user: AdminUser) => {
    update.reset();
    setTarget(user);
    setConfirming(true);
  };

  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('title')} actions={<Button onClick={() => setCreating(true)}>{t('invite')}</Button>} />
      <StatusMessage message={status} onClose={() => setStatus(null)} />
      <UserFilters q={filters.q} role={filters.role} onChange={setFilter} />
      {users.isPending ? (
        <PageLoader />
      ) : users.isError ? (
        <ErrorAlert error={users.error} />
      ) : (
        <>
          <UsersTable users={users.data.items} onToggleActive={askToggle} onReinvite={askReinvite} onResetPassword={askResetPassword} />
          <TablePagination page={page} total={users.data.total} onChange={setPage} />
        </>
      )}

      <CreateUserDialog opened={creating} onClose={() => setCreating(false)} />
      <ReinviteDialog user={target} opened={reinviting} onClose={() => setReinviting(false)} />
      <ResetPasswordDialog user={target} opened={resetting} onClose={() => setResetting(false)} onDone={setStatus} />
      <ActiveToggleDialog
        target={target}
        opened={confirming}
        onClose={() => setConfirming(false)}
        update={update}
        texts={(record, deactivating) => ({
          title: t(deactivating ? 'confirmDeactivateTitle' : 'confirmReactivateTitle'),
          body: t(deactivating ? 'confirmDeactivateBody' : 'confirmReactivateBody', {
            name: record?.name ?? '',
            email: record?.email ?? '',
          }),
          confirmLabel: t(deactivating ? 'deactivate' : 'reactivate'),
          done: t(deactivating ? 'deactivated' : 'reactivated', { name: record?.name ?? '' }),
        })}
        onDone={setStatus}
      />
    </Container>
  );
}
