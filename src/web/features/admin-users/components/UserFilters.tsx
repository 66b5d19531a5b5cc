import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../auth/roles';
import { SearchField } from '../../../components/SearchField';

export function UserFilters({ q, role, onChange }: { q: string; role: string; onChange: (name: 'q' | 'role', value: string) => void }) {
  const { t } = useTranslation(['adminUsers', 'roles']);
  return (
    <Group align="flex-end" gap="md" mb="md">
      <SearchField label={t('searchLabel')} placeholder={t('searchPlaceholder')} value={q} onSearch={(value) => onChange('q', value)} />
      <NativeSelect
        label={t('roleFilter')}
        value={role}
        onChange={(event) => onChange('role', event.currentTarget.value)}
        data={[{ value: '', label: t('allRoles') }, ...ROLES.map((value) => ({ value, label: t(`roles:${value}.name`) }))]}
        style={{ flex: '1 1 12rem' }}
      />
    </Group>
  );
}
