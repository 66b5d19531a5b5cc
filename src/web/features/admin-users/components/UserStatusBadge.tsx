import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/StatusBadge';
import type { AdminUser } from '../api/users-api';

/** Active, inactive, or invited but not yet activated (no password set). */
export function UserStatusBadge({ user }: { user: AdminUser }) {
  const { t } = useTranslation('adminUsers');
  if (user.active && user.invited) {
    return (
      <Badge variant="dot" color="yellow" tt="none" style={{ minWidth: 'max-content' }}>
        {t('invitedStatus')}
      </Badge>
    );
  }
  return <StatusBadge active={user.active} />;
}
