import { Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { DialogActions } from '../../../components/DialogActions';
import { useFocusOnError } from '../../auth/components/use-focus-on-error';
import { AGENCY_TYPES, type AgencyType, REGIONAL_AGENCY_TYPES } from '../api/agency-types';
import { useCreateAgency } from '../api/agencies-queries';
import { RegionFields, type RegionValue, regionCodeOf } from './RegionFields';

const EMPTY_FORM = {
  name: '',
  type: 'kabupaten' as AgencyType,
  region: { province: '', regency: '' } as RegionValue,
};

export function CreateAgencyDialog({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (name: string) => void }) {
  const { t } = useTranslation(['adminAgencies', 'agencyTypes', 'common']);
  const [form, setForm] = useState(EMPTY_FORM);
  const [errors, setErrors] = useState<{ name?: string; region?: string }>({});
  const create = useCreateAgency();
  const alertRef = useRef<HTMLDivElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  useFocusOnError(create.error, alertRef);

  const regionRequired = REGIONAL_AGENCY_TYPES.includes(form.type);

  const close = () => {
    setForm(EMPTY_FORM);
    setErrors({});
    create.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = form.name.trim();
    const regionCode = regionCodeOf(form.region);
    const next = {
      name: name ? undefined : t('common:errors.required'),
      region: regionRequired && !regionCode ? t('form.regionRequired') : undefined,
    };
    setErrors(next);
    if (next.name) return nameRef.current?.focus();
    if (next.region) return;
    create.mutate(
      { name, type: form.type, ...(regionCode ? { regionCode } : {}) },
      {
        onSuccess: () => {
          onCreated(name);
          close();
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('form.title')} size="lg" closeButtonProps={{ 'aria-label': t('common:close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ErrorAlert ref={alertRef} error={create.error} title={t('form.failedTitle')} />
          <TextInput
            ref={nameRef}
            label={t('form.name')}
            required
            data-autofocus
            value={form.name}
            onChange={(event) => setForm({ ...form, name: event.currentTarget.value })}
            error={errors.name}
          />
          <NativeSelect
            label={t('form.type')}
            required
            value={form.type}
            onChange={(event) => setForm({ ...form, type: event.currentTarget.value as AgencyType })}
            data={AGENCY_TYPES.map((value) => ({ value, label: t(`agencyTypes:${value}`) }))}
          />
          <RegionFields value={form.region} onChange={(region) => setForm({ ...form, region })} required={regionRequired} error={errors.region} />
          <DialogActions submitLabel={t('form.submit')} busy={create.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
