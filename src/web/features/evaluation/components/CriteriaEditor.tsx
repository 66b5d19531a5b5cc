import { Checkbox, Group, NumberInput, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionEditor } from '../../../components/SectionEditor';
import { useFormat } from '../../../utils/use-format';
import { type CriterionInput, evaluationApi, KIPP_CRITERIA, type Round } from '../api/evaluation-api';
import { useEvaluationAction } from '../api/evaluation-queries';

type Draft = CriterionInput;

const blank = (): Draft => ({ name: '', nameEn: null, description: '', weight: 10, scale: { kind: 'numeric', min: 1, max: 10 }, required: true, includedInTotal: true });

/**
 * The round's criteria as the ministry sets them up: names in both languages, guidance, weight,
 * a numeric or level scale, required and counted-in-total flags. Empty rounds start from the
 * KIPP criteria; the server refuses changes once the round is open.
 */
export function CriteriaEditor({ roundId, criteria, onSaved }: { roundId: string; criteria: Round['criteria']; onSaved: (message: string) => void }) {
  const { t } = useTranslation('evaluation');
  const format = useFormat();
  const [items, setItems] = useState<Draft[]>(() => (criteria.length > 0 ? criteria.map(({ id: _id, position: _position, ...c }) => c) : KIPP_CRITERIA));
  const save = useEvaluationAction(async () =>
    evaluationApi.setCriteria(
      roundId,
      items.map((c) => ({ ...c, nameEn: c.nameEn?.trim() ? c.nameEn.trim() : null })),
    ),
  );
  const total = items.filter((c) => c.includedInTotal).reduce((sum, c) => sum + (Number.isFinite(c.weight) ? c.weight : 0), 0);
  return (
    <Stack gap="xs">
      <Text size="sm">{t('criteriaEditor.weightTotal', { total: format.number(total) })}</Text>
      <SectionEditor
        items={items}
        onChange={(next) => {
          save.reset();
          setItems(next);
        }}
        blank={blank}
        itemLabel={(i) => t('criteriaEditor.label', { number: i + 1 })}
        saving={save.isPending}
        error={save.error}
        saved={save.isSuccess}
        onSave={() => save.mutate(undefined, { onSuccess: () => onSaved(t('actions.done.criteria')) })}
        render={(c, i, update) => (
          <Stack gap="xs">
            <Group grow align="flex-start">
              <TextInput label={t('criteriaEditor.name', { number: i + 1 })} required value={c.name} onChange={(e) => update({ name: e.currentTarget.value })} />
              <TextInput
                label={t('criteriaEditor.nameEn')}
                description={t('criteriaEditor.nameEnHelp')}
                value={c.nameEn ?? ''}
                onChange={(e) => update({ nameEn: e.currentTarget.value })}
              />
            </Group>
            <Textarea label={t('criteriaEditor.description')} autosize minRows={1} value={c.description} onChange={(e) => update({ description: e.currentTarget.value })} />
            <Group align="flex-end" wrap="wrap">
              <NumberInput label={t('criteriaEditor.weight')} min={0.1} max={1000} decimalScale={2} w={120} value={c.weight} onChange={(v) => update({ weight: Number(v) })} />
              <SegmentedControl
                aria-label={t('criteriaEditor.scale')}
                value={c.scale.kind}
                data={[
                  { value: 'numeric', label: t('criteriaEditor.numeric') },
                  { value: 'levels', label: t('criteriaEditor.levels') },
                ]}
                onChange={(kind) =>
                  update({ scale: kind === 'levels' ? { kind: 'levels', levels: ['Kurang', 'Cukup', 'Baik', 'Sangat baik'] } : { kind: 'numeric', min: 1, max: 10 } })
                }
              />
              {c.scale.kind === 'numeric' ? (
                <>
                  <NumberInput
                    label={t('criteriaEditor.min')}
                    w={110}
                    value={c.scale.min}
                    onChange={(v) => c.scale.kind === 'numeric' && update({ scale: { ...c.scale, min: Number(v) } })}
                  />
                  <NumberInput
                    label={t('criteriaEditor.max')}
                    w={110}
                    value={c.scale.max}
                    onChange={(v) => c.scale.kind === 'numeric' && update({ scale: { ...c.scale, max: Number(v) } })}
                  />
                </>
              ) : null}
            </Group>
            {c.scale.kind === 'levels' ? (
              <Textarea
                label={t('criteriaEditor.levelList')}
                autosize
                minRows={2}
                value={c.scale.levels.join('\n')}
                onChange={(e) => update({ scale: { kind: 'levels', levels: e.currentTarget.value.split('\n') } })}
                onBlur={() => c.scale.kind === 'levels' && update({ scale: { kind: 'levels', levels: c.scale.levels.map((l) => l.trim()).filter(Boolean) } })}
              />
            ) : null}
            <Group>
              <Checkbox label={t('criteriaEditor.required')} checked={c.required} onChange={(e) => update({ required: e.currentTarget.checked })} />
              <Checkbox label={t('criteriaEditor.includedInTotal')} checked={c.includedInTotal} onChange={(e) => update({ includedInTotal: e.currentTarget.checked })} />
            </Group>
          </Stack>
        )}
      />
    </Stack>
  );
}
