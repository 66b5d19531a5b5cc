import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function StatusBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant={active ? 'light' : 'outline'} color={active ? 'teal' : 'gray'} tt="none" size="md" style={{ minWidth: 'max-content' }}>
      {active ? t('active') : t('inactive')}
    </Badge>
  );
}
