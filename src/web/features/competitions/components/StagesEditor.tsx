import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGE_KINDS, type StageKind } from '../../../../common/competitions';
import type { Competition } from '../api/competitions-api';
import { useReplaceSection } from '../api/competitions-queries';
import { fromZoneInput, toZoneInput, useTimeZone } from '../time-zone';
import { SectionEditor } from '../../../components/SectionEditor';

/** Stages with start and end, entered in the chosen Indonesian zone and stored as instants. */
interface StageDraft {
  id?: string;
  kind: StageKind;
  name: string;
  nameEn: string;
  start: string;
  end: string;
}

export function StagesEditor({ competition }: { competition: Competition }) {
  const { t } = useTranslation('competitions');
  const [zone] = useTimeZone();
  const [items, setItems] = useState<StageDraft[]>(
    competition.stages.map((s) => ({ id: s.id, kind: s.kind, name: s.name, nameEn: s.nameEn ?? '', start: toZoneInput(s.startsAt, zone), end: toZoneInput(s.endsAt, zone) })),
  );
  const [zoneOfInputs] = useState(zone);
  const save = useReplaceSection(competition.id);
  const payload = () =>
    items.map((s) => ({
      ...(s.id ? { id: s.id } : {}),
      kind: s.kind,
      name: s.name,
      nameEn: s.nameEn || null,
      startsAt: fromZoneInput(s.start, zoneOfInputs) ?? s.start,
      endsAt: fromZoneInput(s.end, zoneOfInputs) ?? s.end,
    }));
  return (
    <SectionEditor
      items={items}
      onChange={(next) => {
        save.reset();
        setItems(next);
      }}
      blank={(): StageDraft => ({ kind: 'registration', name: '', nameEn: '', start: '', end: '' })}
      itemLabel={(i) => t('stageFields.label', { number: i + 1 })}
      saving={save.isPending}
      error={save.error}
      saved={save.isSuccess}
      onSave={() => save.mutate({ section: 'stages', items: payload() })}
      render={(s, i, update) => (
        <>
          <Group grow>
            <NativeSelect
              label={t('stageFields.kind', { number: i + 1 })}
              value={s.kind}
              onChange={(e) => update({ kind: e.currentTarget.value as StageKind })}
              data={STAGE_KINDS.map((kind) => ({ value: kind, label: t(`stageKind.${kind}`) }))}
            />
            <TextInput label={t('stageFields.name', { number: i + 1 })} required value={s.name} onChange={(e) => update({ name: e.currentTarget.value })} />
            <TextInput label={t('english.stageName', { number: i + 1 })} value={s.nameEn} onChange={(e) => update({ nameEn: e.currentTarget.value })} />
          </Group>
          <Group grow>
            <TextInput
              type="datetime-local"
              label={t('stageFields.start', { number: i + 1, zone: zoneOfInputs })}
              required
              value={s.start}
              onChange={(e) => update({ start: e.currentTarget.value })}
            />
            <TextInput
              type="datetime-local"
              label={t('stageFields.end', { number: i + 1, zone: zoneOfInputs })}
              required
              value={s.end}
              onChange={(e) => update({ end: e.currentTarget.value })}
            />
          </Group>
        </>
      )}
    />
  );
}
