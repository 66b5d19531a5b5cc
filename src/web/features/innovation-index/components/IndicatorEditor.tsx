import { ActionIcon, Button, Group, MultiSelect, NumberInput, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Indicator, ModelConfig } from '../../../../common/innovation-index';

type Band = Indicator['bands'][number];
type Basis = Indicator['bases'][number];

const num = (value: string | number, fallback: number) => (typeof value === 'number' ? value : value.trim() === '' ? fallback : Number(value));
const nullableNum = (value: string | number) => (typeof value === 'number' ? value : value.trim() === '' ? null : Number(value));

/**
 * One indicator of a draft model: weight, mandatory flag, the three level texts (both languages),
 * numeric bands, bases and the evidence types it requires. Every change goes up whole (`onChange`).
 */
export function IndicatorEditor({
  indicator,
  evidenceTypes,
  onChange,
}: {
  indicator: Indicator;
  evidenceTypes: ModelConfig['evidenceTypes'];
  onChange: (next: Indicator) => void;
}) {
  const { t } = useTranslation('innovationIndex');
  const set = <K extends keyof Indicator>(key: K, value: Indicator[K]) => onChange({ ...indicator, [key]: value });
  const setBand = (index: number, band: Band) =>
    set(
      'bands',
      indicator.bands.map((b, i) => (i === index ? band : b)),
    );
  const setBasis = (index: number, basis: Basis) =>
    set(
      'bases',
      indicator.bases.map((b, i) => (i === index ? basis : b)),
    );
  return (
    <Stack gap="sm">
      <Group align="end" wrap="wrap">
        <NumberInput
          label={`${indicator.no}. ${t('editor.weight')}`}
          value={indicator.weight}
          min={0}
          max={100}
          decimalScale={4}
          w={140}
          onChange={(v) => set('weight', num(v, 0))}
        />
        <Switch label={t('editor.mandatory')} checked={indicator.mandatory} onChange={(e) => set('mandatory', e.currentTarget.checked)} />
      </Group>
      {indicator.levels.map((level, index) => (
        <SimpleGrid key={level.level} cols={{ base: 1, sm: 2 }} spacing="xs">
          {(['id', 'en'] as const).map((lang) => (
            <Textarea
              key={lang}
              label={t('editor.levelText', { level: level.level, lang: lang.toUpperCase() })}
              autosize
              minRows={1}
              value={level.text[lang]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                set(
                  'levels',
                  indicator.levels.map((l, i) => (i === index ? { ...l, text: { ...l.text, [lang]: value } } : l)),
                );
              }}
            />
          ))}
        </SimpleGrid>
      ))}
      <Text size="sm" fw={600}>
        {t('editor.bands')} {indicator.unit ? `(${indicator.unit})` : ''}
      </Text>
      {indicator.bands.map((band, index) => (
        <Group key={index} align="end" wrap="wrap" gap="xs">
          <NumberInput label={t('editor.bandLevel')} value={band.level} min={1} max={3} w={90} onChange={(v) => setBand(index, { ...band, level: num(v, 1) })} />
          <NumberInput label={t('editor.bandMin')} value={band.min ?? ''} w={120} onChange={(v) => setBand(index, { ...band, min: nullableNum(v) })} />
          <NumberInput label={t('editor.bandMax')} value={band.max ?? ''} w={120} onChange={(v) => setBand(index, { ...band, max: nullableNum(v) })} />
          <ActionIcon
            variant="subtle"
            color="red.9"
            aria-label={t('editor.removeBand', { level: band.level })}
            onClick={() =>
              set(
                'bands',
                indicator.bands.filter((_, i) => i !== index),
              )
            }
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {indicator.bands.length < 3 && (
        <Button size="compact-sm" variant="light" w="fit-content" onClick={() => set('bands', [...indicator.bands, { level: indicator.bands.length + 1, min: null, max: null }])}>
          {t('editor.addBand')}
        </Button>
      )}
      <Text size="sm" fw={600}>
        {t('editor.bases')}
      </Text>
      {indicator.bases.map((basis, index) => (
        <Group key={index} align="end" wrap="wrap" gap="xs">
          <TextInput label={t('editor.basisCode')} value={basis.code} w={140} onChange={(e) => setBasis(index, { ...basis, code: e.currentTarget.value })} />
          <TextInput
            label={t('editor.basisNameId')}
            value={basis.name.id}
            w={200}
            onChange={(e) => setBasis(index, { ...basis, name: { ...basis.name, id: e.currentTarget.value } })}
          />
          <TextInput
            label={t('editor.basisNameEn')}
            value={basis.name.en}
            w={200}
            onChange={(e) => setBasis(index, { ...basis, name: { ...basis.name, en: e.currentTarget.value } })}
          />
          <ActionIcon
            variant="subtle"
            color="red.9"
            aria-label={t('editor.removeBasis', { code: basis.code })}
            onClick={() =>
              set(
                'bases',
                indicator.bases.filter((_, i) => i !== index),
              )
            }
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {indicator.bases.length < 8 && (
        <Button
          size="compact-sm"
          variant="light"
          w="fit-content"
          onClick={() => set('bases', [...indicator.bases, { code: `basis_${indicator.bases.length + 1}`, name: { id: '—', en: '—' } }])}
        >
          {t('editor.addBasis')}
        </Button>
      )}
      <MultiSelect
        label={t('editor.evidenceTypes')}
        value={indicator.evidenceTypes}
        data={evidenceTypes.map((e) => ({ value: e.code, label: `${e.name.id} (${e.kind})` }))}
        onChange={(codes) => set('evidenceTypes', codes)}
        maxValues={4}
      />
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('editor.source')}: {indicator.source}
      </Text>
    </Stack>
  );
}
