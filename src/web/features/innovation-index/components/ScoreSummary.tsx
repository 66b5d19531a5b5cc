import { Alert, Group, List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { useFormat } from '../../../utils/use-format';
import type { Report } from '../api/index-api';

/** Claimed (live simulation) and verified scores with their predicates, and the warnings that cost points. */
export function ScoreSummary({ report }: { report: Report }) {
  const { t } = useTranslation('innovationIndex');
  const format = useFormat();
  const lang = currentLanguage() === 'en' ? 'en' : 'id';
  const card = (label: string, score: Report['claimed']) => (
    <Paper withBorder p="sm" miw={200}>
      <Text size="sm">{label}</Text>
      <Text size="xl" fw={700}>
        {format.number(score.iid, 2)}
      </Text>
      <Text size="sm">{t(`predicates.${score.predicate}`)}</Text>
      <Text size="xs" c="dimmed">
        SPD {format.number(score.spd, 2)} · SID {format.number(score.sid, 2)}
      </Text>
    </Paper>
  );
  return (
    <>
      <Group mb="md" wrap="wrap">
        {card(t('scoreClaimed'), report.claimed)}
        {card(t('scoreVerified'), report.verified)}
        <Paper withBorder p="sm">
          <Text size="sm">{t('status')}</Text>
          <Text fw={700}>{t(`statuses.${report.status}`)}</Text>
          <Text size="xs">
            {t('gap')}: {format.number(report.gap, 2)}
          </Text>
        </Paper>
      </Group>
      {report.warnings.length > 0 && (
        <Alert color="yellow" title={t('warnings')} mb="md">
          <List size="sm">
            {report.warnings.map((w) => (
              <List.Item key={w.code}>{w.message[lang]}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}
