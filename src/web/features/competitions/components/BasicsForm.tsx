import { Button, Checkbox, MultiSelect, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_TYPES, type ParticipantType } from '../../../../common/competitions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { basicsOf, type Competition } from '../api/competitions-api';
import { useUpdateCompetition } from '../api/competitions-queries';

export function BasicsForm({ competition }: { competition: Competition }) {
  const { t } = useTranslation(['competitions', 'agencyTypes']);
  const [form, setForm] = useState(() => basicsOf(competition));
  const update = useUpdateCompetition(competition.id);
  const typeName = (type: string) => (type === 'citizen' ? t('citizen') : t(`agencyTypes:${type}` as never));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(form);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={update.error} />
        {update.isSuccess ? (
          <Text role="status" c="teal">
            {t('saved')}
          </Text>
        ) : null}
        <TextInput label={t('basics.name')} required value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} />
        <NumberInput label={t('basics.year')} required min={2000} max={2100} value={form.year} onChange={(v) => setForm({ ...form, year: Number(v) || form.year })} />
        <TextInput label={t('basics.theme')} value={form.theme} onChange={(e) => setForm({ ...form, theme: e.currentTarget.value })} />
        <Textarea label={t('basics.description')} autosize minRows={3} value={form.description} onChange={(e) => setForm({ ...form, description: e.currentTarget.value })} />
        <MultiSelect
          label={t('basics.participantTypes')}
          required
          data={PARTICIPANT_TYPES.map((type) => ({ value: type, label: typeName(type) }))}
          value={form.participantTypes}
          onChange={(v) => setForm({ ...form, participantTypes: v as ParticipantType[] })}
        />
        <Checkbox label={t('basics.sdgRequired')} checked={form.sdgRequired} onChange={(e) => setForm({ ...form, sdgRequired: e.currentTarget.checked })} />
        <NumberInput label={t('basics.grace')} min={0} max={1440} value={form.graceMinutes} onChange={(v) => setForm({ ...form, graceMinutes: Number(v) || 0 })} />
        <Button type="submit" loading={update.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('editor.save')}
        </Button>
      </Stack>
    </form>
  );
}
