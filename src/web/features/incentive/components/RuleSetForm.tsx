import { ActionIcon, Button, Fieldset, Group, MultiSelect, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FACT_CODES, FACT_VALUES, type FactCode, MEASURES, type Measure, REGION_KINDS, type RuleSetConfig } from '../../../../common/incentive';
import { useFormat } from '../../../utils/use-format';

/**
 * The ministry's editor of a draft rule set: conditions on region facts, performance categories
 * with weights, clusters with their share of the pool, and the pool, minimum and maximum. The
 * server checks the whole (shares summing to 100%, contradictions, minimum ≤ maximum) and names
 * the field it refuses; the running share total is shown while typing.
 */
export function RuleSetForm({ value, onChange }: { value: RuleSetConfig; onChange: (next: RuleSetConfig) => void }) {
  const { t } = useTranslation('incentive');
  const format = useFormat();
  const set = (patch: Partial<RuleSetConfig>) => onChange({ ...value, ...patch });
  const valueOptions = (values: readonly string[]) => values.map((v) => ({ value: v, label: (t(`values.${v}` as 'values.ya', { defaultValue: v }) as string) || v }));
  const sharesSum = value.clusters.reduce((s, c) => s + c.shareBasisPoints, 0) / 100;
  const money = (field: 'pool' | 'minPerRegion', label: string) => (
    <TextInput label={label} value={value[field]} inputMode="numeric" onChange={(e) => set({ [field]: e.currentTarget.value.replace(/\D/g, '') } as Partial<RuleSetConfig>)} />
  );
  return (
    <Stack gap="md">
      <NumberInput label={t('resultsYear')} value={value.resultsYear} min={2014} max={2100} onChange={(v) => set({ resultsYear: Number(v) || value.resultsYear })} w={240} />

      <Fieldset legend={t('conditions')}>
        <Stack gap="xs">
          {value.conditions.map((c, i) => (
            <Group key={i} align="flex-end" wrap="wrap">
              <Select
                label={t('fact')}
                data={FACT_CODES.map((f) => ({ value: f, label: t(`factNames.${f}`) }))}
                value={c.fact}
                allowDeselect={false}
                onChange={(f) =>
                  f && set({ conditions: value.conditions.map((x, j) => (j === i ? { ...x, fact: f as FactCode, code: f, passes: [FACT_VALUES[f as FactCode][0]!] } : x)) })
                }
                w={220}
              />
              <MultiSelect
                label={t('passes')}
                data={valueOptions(FACT_VALUES[c.fact])}
                value={c.passes}
                onChange={(passes) => set({ conditions: value.conditions.map((x, j) => (j === i ? { ...x, passes } : x)) })}
                w={280}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`${t('remove')} ${t(`factNames.${c.fact}`)}`}
                onClick={() => set({ conditions: value.conditions.filter((_, j) => j !== i) })}
                mb={4}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="light"
            size="xs"
            w="fit-content"
            onClick={() => set({ conditions: [...value.conditions, { code: `syarat_${value.conditions.length + 1}`, fact: 'ptsp', passes: ['ya'] }] })}
          >
            {t('addCondition')}
          </Button>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('categories')}>
        <Stack gap="xs">
          {value.categories.map((c, i) => (
            <Group key={i} align="flex-end" wrap="wrap">
              <TextInput
                label={t('name')}
                value={c.name}
                onChange={(e) => set({ categories: value.categories.map((x, j) => (j === i ? { ...x, name: e.currentTarget.value } : x)) })}
                w={200}
              />
              <TextInput
                label={t('code')}
                value={c.code}
                onChange={(e) => set({ categories: value.categories.map((x, j) => (j === i ? { ...x, code: e.currentTarget.value } : x)) })}
                w={120}
              />
              <Select
                label={t('measure')}
                data={MEASURES.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
                value={c.measure}
                allowDeselect={false}
                onChange={(m) => m && set({ categories: value.categories.map((x, j) => (j === i ? { ...x, measure: m as Measure } : x)) })}
                w={260}
              />
              <NumberInput
                label={t('weight')}
                value={c.weight}
                min={1}
                max={100}
                onChange={(v) => set({ categories: value.categories.map((x, j) => (j === i ? { ...x, weight: Number(v) || 1 } : x)) })}
                w={100}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`${t('remove')} ${c.name}`}
                onClick={() => set({ categories: value.categories.filter((_, j) => j !== i) })}
                mb={4}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="light"
            size="xs"
            w="fit-content"
            onClick={() =>
              set({ categories: [...value.categories, { code: `kategori_${value.categories.length + 1}`, name: 'Kategori baru', measure: 'kipp_top99', weight: 10 }] })
            }
          >
            {t('addCategory')}
          </Button>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('clusters')}>
        <Stack gap="xs">
          {value.clusters.map((c, i) => (
            <Group key={i} align="flex-end" wrap="wrap">
              <TextInput
                label={t('name')}
                value={c.name}
                onChange={(e) => set({ clusters: value.clusters.map((x, j) => (j === i ? { ...x, name: e.currentTarget.value } : x)) })}
                w={180}
              />
              <TextInput
                label={t('code')}
                value={c.code}
                onChange={(e) => set({ clusters: value.clusters.map((x, j) => (j === i ? { ...x, code: e.currentTarget.value } : x)) })}
                w={120}
              />
              <Select
                label={t('clusterBy')}
                data={[
                  { value: 'kind', label: t('clusterByKind') },
                  { value: 'fiscal_capacity', label: t('clusterByCapacity') },
                ]}
                value={c.by}
                allowDeselect={false}
                onChange={(by) => by && set({ clusters: value.clusters.map((x, j) => (j === i ? { ...x, by: by as 'kind' | 'fiscal_capacity', values: [] } : x)) })}
                w={170}
              />
              <MultiSelect
                label={t('members')}
                data={c.by === 'kind' ? REGION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })) : valueOptions(FACT_VALUES.fiscal_capacity)}
                value={c.values}
                onChange={(values) => set({ clusters: value.clusters.map((x, j) => (j === i ? { ...x, values } : x)) })}
                w={240}
              />
              <NumberInput
                label={t('share')}
                value={c.shareBasisPoints / 100}
                min={0.01}
                max={100}
                decimalScale={2}
                decimalSeparator=","
                onChange={(v) => set({ clusters: value.clusters.map((x, j) => (j === i ? { ...x, shareBasisPoints: Math.round(Number(v) * 100) || 1 } : x)) })}
                w={110}
              />
              <ActionIcon variant="subtle" color="red" aria-label={`${t('remove')} ${c.name}`} onClick={() => set({ clusters: value.clusters.filter((_, j) => j !== i) })} mb={4}>
                ×
              </ActionIcon>
            </Group>
          ))}
          <Text size="sm" c={sharesSum === 100 ? 'dimmed' : 'red.9'} aria-live="polite">
            {t('sharesSum', { sum: format.number(sharesSum) })}
          </Text>
          <Button
            variant="light"
            size="xs"
            w="fit-content"
            onClick={() =>
              set({
                clusters: [
                  ...value.clusters,
                  { code: `klaster_${value.clusters.length + 1}`, name: 'Klaster baru', by: value.clusters[0]?.by ?? 'kind', values: [], shareBasisPoints: 1 },
                ],
              })
            }
          >
            {t('addCluster')}
          </Button>
        </Stack>
      </Fieldset>

      <Group align="flex-end" wrap="wrap">
        {money('pool', t('pool'))}
        {money('minPerRegion', t('minPerRegion'))}
        <TextInput
          label={t('maxPerRegion')}
          value={value.maxPerRegion ?? ''}
          inputMode="numeric"
          onChange={(e) => set({ maxPerRegion: e.currentTarget.value.replace(/\D/g, '') || null })}
        />
      </Group>
    </Stack>
  );
}
