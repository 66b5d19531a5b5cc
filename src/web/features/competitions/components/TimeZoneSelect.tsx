import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TIME_ZONES, type TimeZoneCode } from '../../../../common/competitions';
import { useTimeZone } from '../time-zone';

/** Picks the zone in which dates are shown and entered. */
export function TimeZoneSelect() {
  const { t } = useTranslation('competitions');
  const [zone, setZone] = useTimeZone();
  const labelId = useId();
  return (
    <Stack gap={2}>
      <Text size="sm" id={labelId}>
        {t('timeZone')}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        size="xs"
        value={zone}
        onChange={(value) => setZone(value as TimeZoneCode)}
        data={(Object.keys(TIME_ZONES) as TimeZoneCode[]).map((code) => ({ value: code, label: code }))}
      />
    </Stack>
  );
}
