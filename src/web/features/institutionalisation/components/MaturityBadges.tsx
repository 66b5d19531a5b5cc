import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MaturityStage } from '../../../../common/institutionalisation';
import { useFormat } from '../../../utils/use-format';
import { useMaturity } from '../api/institutionalisation-api';

/** Dark enough for white text at 4.5:1 or more (WCAG AA). */
const STAGE_COLOUR: Record<MaturityStage, string> = { initiative: 'gray.8', trial: 'blue.9', implemented: 'teal.9', institutionalised: 'indigo.9' };

export function MaturityBadge({ stage }: { stage: MaturityStage }) {
  const { t } = useTranslation('institutionalisation');
  return (
    <Badge variant="filled" color={STAGE_COLOUR[stage]} tt="none" title={t('stageLabel')}>
      {t(`stages.${stage}`)}
    </Badge>
  );
}

/** "Belum dikonfirmasi sejak …": an ended update campaign went unanswered. */
export function UnconfirmedMark({ since }: { since: string }) {
  const { t } = useTranslation('institutionalisation');
  const f = useFormat();
  return (
    <Badge variant="outline" color="red.9" tt="none" style={{ whiteSpace: 'normal', height: 'auto' }}>
      {t('unconfirmedSince', { date: f.date(since) })}
    </Badge>
  );
}

/** The innovation page's stage, its reason in plain words, and the unconfirmed mark. */
export function MaturityLine({ innovationId }: { innovationId: string }) {
  const { i18n } = useTranslation();
  const maturity = useMaturity(innovationId);
  if (!maturity.data) return null;
  const m = maturity.data;
  return (
    <Group gap="xs" wrap="wrap">
      <MaturityBadge stage={m.stage} />
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {i18n.language === 'en' ? m.reason.en : m.reason.id}
      </Text>
      {m.unconfirmedSince ? <UnconfirmedMark since={m.unconfirmedSince} /> : null}
    </Group>
  );
}
