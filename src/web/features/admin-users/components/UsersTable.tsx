import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../utils/use-format';
import type { AdminUser } from '../api/users-api';
import { UserStatusBadge } from './UserStatusBadge';

export function UsersTable({
  users,
  onToggleActive,
  onReinvite,
  onResetPassword,
}: {
  users: AdminUser[];
  onToggleActive: (user: AdminUser) => void;
  onReinvite: (user: AdminUser) => void;
  onResetPassword: (user: AdminUser) => void;
}) {
  const { t } = useTranslation(['adminUsers', 'roles', 'common']);
  const f = useFormat();
  if (users.length === 0) {
    return (
      <Text py="lg" c="dimmed">
        {t('empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('columns.name')}</Table.Th>
            <Table.Th scope="col">{t('columns.role')}</Table.Th>
            <Table.Th scope="col">{t('columns.agency')}</Table.Th>
            <Table.Th scope="col">{t('columns.status')}</Table.Th>
            <Table.Th scope="col">{t('columns.lastLogin')}</Table.Th>
            <Table.Th scope="col">{t('columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row" fw={400}>
                <Text fw={600} size="sm">
                  {user.name}
                </Text>
                <Text size="sm" c="dimmed">
                  {user.email}
                </Text>
              </Table.Th>
              <Table.Td>{t(`roles:${user.role}.name`)}</Table.Td>
              <Table.Td>{user.agencyName ?? t('common:none')}</Table.Td>
              <Table.Td>
                <UserStatusBadge user={user} />
              </Table.Td>
              <Table.Td>{user.lastLoginAt ? f.dateTime(user.lastLoginAt) : t('neverLoggedIn')}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant={user.active ? 'default' : 'light'}
                    aria-label={t(user.active ? 'deactivateLabel' : 'reactivateLabel', {
                      name: user.name,
                    })}
                    onClick={() => onToggleActive(user)}
                  >
                    {user.active ? t('deactivate') : t('reactivate')}
                  </Button>
                  {user.active && user.invited ? (
                    <Button size="xs" variant="light" aria-label={t('reinviteLabel', { name: user.name })} onClick={() => onReinvite(user)}>
                      {t('reinvite')}
                    </Button>
                  ) : null}
                  {user.active && !user.invited ? (
                    <Button size="xs" variant="light" aria-label={t('resetPasswordLabel', { name: user.name })} onClick={() => onResetPassword(user)}>
                      {t('resetPassword')}
                    </Button>
                  ) : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
