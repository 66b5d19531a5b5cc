import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIME_ZONES, type TimeZoneCode } from '../../../../common/competitions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useTimeZone } from '../time-zone';

/** Picks the zone in which dates are shown and entered (saved to the account when signed in). */
export function TimeZoneSelect() {
  const { t } = useTranslation('competitions');
  const [zone, setZone] = useTimeZone();
  const [error, setError] = useState<unknown>(null);
  const labelId = useId();
  const choose = (value: string) => {
    setError(null);
    setZone(value as TimeZoneCode).catch(setError);
  };
  return (
    <Stack gap={2}>
      <Text size="sm" id={labelId}>
        {t('timeZone')}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        size="xs"
        value={zone}
        onChange={choose}
        data={(Object.keys(TIME_ZONES) as TimeZoneCode[]).map((code) => ({ value: code, label: code }))}
      />
      <ErrorAlert error={error} title={t('timeZoneNotSaved')} />
    </Stack>
  );
}
