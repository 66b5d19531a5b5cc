import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function StatusBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant={active ? 'light' : 'outline'} color={active ? 'teal.9' : 'gray.8'}>
      {active ? t('active') : t('inactive')}
    </Badge>
  );
}
