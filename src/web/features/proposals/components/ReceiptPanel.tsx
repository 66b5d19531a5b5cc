import { Alert, Anchor, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInZone, useTimeZone } from '../../competitions/time-zone';
import type { Receipt } from '../api/proposals-api';

/** The submission receipt: time (in the chosen zone), proposal number and the content hash. */
export function ReceiptPanel({ receipt }: { receipt: Receipt }) {
  const { t, i18n } = useTranslation('proposals');
  const [zone] = useTimeZone();
  return (
    <Alert color="teal" title={t('receipt.title')} role="status">
      <Stack gap={4}>
        <Text>
          {t('receipt.number')}: <strong>{receipt.number}</strong>
        </Text>
        <Text>
          {t('receipt.time')}: {formatInZone(receipt.submittedAt, zone, i18n.language)}
        </Text>
        {receipt.lateSeconds ? <Text c="orange">{t('receipt.late', { seconds: receipt.lateSeconds })}</Text> : null}
        <Text>
          {t('receipt.hash')}: <Code style={{ wordBreak: 'break-all' }}>{receipt.contentHash}</Code>
        </Text>
        <Text size="sm" c="dimmed">
          {t('receipt.emailed')}
        </Text>
        <Anchor href={`/api/proposals/${encodeURIComponent(receipt.proposalId)}/receipt.pdf`} download fw={600}>
          {t('receipt.pdf')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
