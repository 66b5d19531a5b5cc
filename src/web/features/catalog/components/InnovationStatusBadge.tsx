import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InnovationStatus, WorkflowState } from '../../../../common/catalog';

export function InnovationStatusBadge({ status }: { status: InnovationStatus }) {
  const { t } = useTranslation('catalog');
  return (
    <Badge variant="light" color={status === 'running' ? 'teal' : 'gray'} tt="none">
      {t(`status.${status}`)}
    </Badge>
  );
}

const WORKFLOW_COLOR: Record<WorkflowState, string> = { draft: 'gray', submitted: 'orange', published: 'teal', unpublished: 'red' };

export function WorkflowBadge({ state }: { state: WorkflowState }) {
  const { t } = useTranslation('catalog');
  return (
    <Badge variant="outline" color={WORKFLOW_COLOR[state]} tt="none">
      {t(`workflow.${state}`)}
    </Badge>
  );
}
