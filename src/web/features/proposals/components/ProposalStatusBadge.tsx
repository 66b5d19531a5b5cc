import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProposalStatus } from '../../../../common/competitions';

const COLORS: Record<ProposalStatus, string> = { draft: 'gray', ready: 'blue', returned: 'orange', submitted: 'teal', withdrawn: 'red' };

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation('proposals');
  return (
    <Badge color={COLORS[status]} variant="light" tt="none" size="lg">
      {t(`status.${status}`)}
    </Badge>
  );
}
