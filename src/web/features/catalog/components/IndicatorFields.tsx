import { Button, CloseButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormState } from './form-state';

type Row = FormState['indicators'][number];

/** Before/after indicators: up to ten rows of name, unit, before, after. */
export function IndicatorFields({ rows, onChange }: { rows: Row[]; onChange: (rows: Row[]) => void }) {
  const { t } = useTranslation('catalog');
  const set = (index: number, patch: Partial<Row>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('form.indicators')}
      </Text>
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity besides their position.
        <Group key={index} align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label={`${t('form.indicatorLabel')} ${index + 1}`}
            value={row.label}
            onChange={(e) => set(index, { label: e.currentTarget.value })}
            style={{ flex: '2 1 12rem' }}
            maxLength={120}
          />
          <TextInput label={t('form.indicatorUnit')} value={row.unit} onChange={(e) => set(index, { unit: e.currentTarget.value })} w={110} maxLength={40} />
          <TextInput label={t('form.indicatorBefore')} inputMode="decimal" value={row.before} onChange={(e) => set(index, { before: e.currentTarget.value })} w={110} />
          <TextInput label={t('form.indicatorAfter')} inputMode="decimal" value={row.after} onChange={(e) => set(index, { after: e.currentTarget.value })} w={110} />
          <CloseButton aria-label={t('form.removeIndicator', { number: index + 1 })} onClick={() => onChange(rows.filter((_, i) => i !== index))} mb={6} />
        </Group>
      ))}
      {rows.length < 10 ? (
        <Button variant="subtle" size="compact-sm" onClick={() => onChange([...rows, { label: '', unit: '', before: '', after: '' }])} style={{ alignSelf: 'flex-start' }}>
          {t('form.addIndicator')}
        </Button>
      ) : null}
    </Stack>
  );
}
