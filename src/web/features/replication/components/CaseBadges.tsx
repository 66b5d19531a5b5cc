import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '../../../../common/replication';

const COLOR: Record<CaseState, string> = {
  requested: 'gray',
  accepted: 'blue',
  declined: 'red',
  mentor_assigned: 'indigo',
  agreed: 'cyan',
  in_progress: 'teal',
  completed: 'green',
  stopped: 'orange',
};

/** The case's state, and its monitoring flags (overdue milestone, silent for 60 days). */
export function CaseBadges({ state, overdue = 0, silent = false }: { state: CaseState; overdue?: number; silent?: boolean }) {
  const { t } = useTranslation('replication');
  return (
    <Group gap={4} wrap="wrap">
      <Badge color={COLOR[state]} variant="light">
        {t(`states.${state}`)}
      </Badge>
      {overdue > 0 ? (
        <Badge color="red" variant="filled">
          {t('flags.overdue')}
        </Badge>
      ) : null}
      {silent ? (
        <Badge color="yellow" variant="filled">
          {t('flags.silent')}
        </Badge>
      ) : null}
    </Group>
  );
}
