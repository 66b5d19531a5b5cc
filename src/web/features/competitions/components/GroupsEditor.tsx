import { Checkbox, Group as Row, MultiSelect, NumberInput, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AWARD_LEVELS, type AwardLevel, type ParticipantType } from '../../../../common/competitions';
import { type Competition, type GroupDraft, groupDraft } from '../api/competitions-api';
import { useReplaceSection } from '../api/competitions-queries';
import { SectionEditor } from '../../../components/SectionEditor';

/** Groups (umum, replikasi, khusus…) and their eligibility rules. */
export function GroupsEditor({ competition }: { competition: Competition }) {
  const { t } = useTranslation(['competitions', 'agencyTypes', 'catalog']);
  const [items, setItems] = useState<GroupDraft[]>(() => competition.groups.map(groupDraft));
  const save = useReplaceSection(competition.id);
  const typeName = (type: string) => (type === 'citizen' ? t('citizen') : t(`agencyTypes:${type}` as never));
  return (
    <SectionEditor
      items={items}
      onChange={(next) => {
        save.reset();
        setItems(next);
      }}
      blank={(): GroupDraft => ({
        code: '',
        name: '',
        nameEn: null,
        description: '',
        minInnovationAgeMonths: 12,
        excludedAwardLevels: ['top_5', 'top_45'],
        excludedAwardSinceYear: null,
        maxProposalsPerAgency: null,
        participantTypes: [],
        requiresReplication: false,
      })}
      itemLabel={(i) => t('groupFields.label', { number: i + 1 })}
      saving={save.isPending}
      error={save.error}
      saved={save.isSuccess}
      onSave={() => save.mutate({ section: 'groups', items }, { onSuccess: (c) => setItems(c.groups.map(groupDraft)) })}
      render={(g, i, update) => (
        <>
          <Row grow>
            <TextInput label={t('groupFields.code', { number: i + 1 })} required value={g.code} onChange={(e) => update({ code: e.currentTarget.value })} />
            <TextInput label={t('groupFields.nameN', { number: i + 1 })} required value={g.name} onChange={(e) => update({ name: e.currentTarget.value })} />
            <TextInput
              label={t('english.groupName', { number: i + 1 })}
              description={t('english.help')}
              value={g.nameEn ?? ''}
              onChange={(e) => update({ nameEn: e.currentTarget.value })}
            />
          </Row>
          <Textarea
            label={t('groupFields.description', { number: i + 1 })}
            autosize
            minRows={1}
            value={g.description}
            onChange={(e) => update({ description: e.currentTarget.value })}
          />
          <Row grow align="flex-end">
            <NumberInput
              label={t('groupFields.minAgeN', { number: i + 1 })}
              min={0}
              max={600}
              value={g.minInnovationAgeMonths}
              onChange={(v) => update({ minInnovationAgeMonths: Number(v) || 0 })}
            />
            <NumberInput
              label={t('groupFields.capN', { number: i + 1 })}
              min={1}
              value={g.maxProposalsPerAgency ?? ''}
              onChange={(v) => update({ maxProposalsPerAgency: v === '' ? null : Number(v) })}
            />
            <NumberInput
              label={t('groupFields.sinceYear', { number: i + 1 })}
              min={2000}
              max={2100}
              value={g.excludedAwardSinceYear ?? ''}
              onChange={(v) => update({ excludedAwardSinceYear: v === '' ? null : Number(v) })}
            />
          </Row>
          <Checkbox.Group label={t('groupFields.excludedN', { number: i + 1 })} value={g.excludedAwardLevels} onChange={(v) => update({ excludedAwardLevels: v as AwardLevel[] })}>
            <Row gap="md" mt={4}>
              {AWARD_LEVELS.map((level) => (
                <Checkbox key={level} value={level} label={t(`catalog:awards.${level}` as never)} />
              ))}
            </Row>
          </Checkbox.Group>
          <MultiSelect
            label={t('groupFields.participantTypesN', { number: i + 1 })}
            description={t('groupFields.participantTypesHelp')}
            data={competition.participantTypes.map((type) => ({ value: type, label: typeName(type) }))}
            value={g.participantTypes}
            onChange={(v) => update({ participantTypes: v as ParticipantType[] })}
            clearable
          />
          <Checkbox
            label={t('groupFields.requiresReplicationN', { number: i + 1 })}
            description={t('groupFields.requiresReplicationHelp')}
            checked={g.requiresReplication}
            onChange={(e) => update({ requiresReplication: e.currentTarget.checked })}
          />
        </>
      )}
    />
  );
}
