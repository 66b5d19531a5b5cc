import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Phase } from '../api/competitions-api';

const COLORS: Record<Phase, string> = { unscheduled: 'gray', upcoming: 'blue', open: 'teal', grace: 'orange', closed: 'gray' };

export function PhaseBadge({ phase }: { phase: Phase }) {
  const { t } = useTranslation('competitions');
  return (
    <Badge color={COLORS[phase]} variant="light" tt="none">
      {t(`phase.${phase}`)}
    </Badge>
  );
}
