import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FACT_CODES, FACT_VALUES, type FactCode } from '../../../../common/incentive';
import { DialogActions } from '../../../components/DialogActions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { incentiveApi, type FactEntries, type RegionFacts } from '../api/incentive-api';
import { useIncentiveMutation } from '../api/incentive-queries';

/** Record or correct one region's facts, with one source and date for the facts changed. */
export function EditFactsDialog({ year, region, onClose, onSaved }: { year: number; region: RegionFacts | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('incentive');
  // Mounted afresh per region (the page keys it by region code), so the form starts from its recorded values.
  const [values, setValues] = useState<Partial<Record<FactCode, string>>>(() => Object.fromEntries(Object.entries(region?.facts ?? {}).map(([k, v]) => [k, v.value])));
  const [source, setSource] = useState('');
  const [sourceDate, setSourceDate] = useState('');
  const save = useIncentiveMutation((facts: FactEntries) => incentiveApi.setFacts(year, region!.regionCode, facts));
  const changed = FACT_CODES.filter((f) => values[f] && values[f] !== region?.facts[f]?.value);
  const submit = () =>
    save.mutate(
      changed.map((fact) => ({ fact, value: values[fact]!, source: source.trim(), sourceDate: sourceDate || null })),
      { onSuccess: onSaved },
    );
  return (
    <Modal opened={region !== null} onClose={onClose} title={`${t('editFacts')}: ${region?.regionName ?? ''}`} centered>
      <Stack>
        {FACT_CODES.map((fact) => (
          <Select
            key={fact}
            label={t(`factNames.${fact}`)}
            data={FACT_VALUES[fact].map((v) => ({ value: v, label: t(`values.${v}` as 'values.ya', { defaultValue: v }) }))}
            value={values[fact] ?? null}
            onChange={(v) => setValues({ ...values, [fact]: v ?? undefined })}
            placeholder={t('notRecorded')}
          />
        ))}
        <TextInput label={t('source')} value={source} onChange={(e) => setSource(e.currentTarget.value)} required />
        <TextInput label={t('sourceDate')} type="date" value={sourceDate} onChange={(e) => setSourceDate(e.currentTarget.value)} />
        <ErrorAlert error={save.error} />
        <DialogActions submitLabel={t('save')} busy={save.isPending} disabled={changed.length === 0 || !source.trim()} onSubmit={submit} onCancel={onClose} />
      </Stack>
    </Modal>
  );
}
