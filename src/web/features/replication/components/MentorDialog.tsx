import { Checkbox, Modal, MultiSelect, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubSummary, MentorView } from '../../../../common/replication-views';
import { DialogActions } from '../../../components/DialogActions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { AgencyPicker } from '../../admin-agencies/components/AgencyPicker';
import { useCategories } from '../../catalog/api/catalog-queries';
import { useAccountsOfRole, useAppointMentor, useUpdateMentor } from '../api/network-admin-api';

/** The ministry appoints a mentor by decree, or changes a mentor's hub, expertise, cap and activity. */
export function MentorDialog({ mentor, hubs, appointed, onClose }: { mentor: MentorView | null; hubs: HubSummary[]; appointed: string[]; onClose: () => void }) {
  const { t, i18n } = useTranslation('replication');
  const [form, setForm] = useState({
    userId: mentor?.user.id ?? '',
    universityAgencyId: mentor?.university.id ?? null,
    hubId: mentor?.hub?.id ?? '',
    expertise: (mentor?.expertise ?? []).map(String),
    decreeNumber: mentor?.decreeNumber ?? '',
    decreeDate: mentor?.decreeDate ?? '',
    maxActiveCases: mentor?.maxActiveCases ?? 5,
    active: mentor?.active ?? true,
  });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const accounts = useAccountsOfRole('mentor', !mentor);
  const categories = useCategories();
  const appoint = useAppointMentor();
  const update = useUpdateMentor();
  const error = appoint.error ?? update.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const common = { hubId: form.hubId || null, expertise: form.expertise.map(Number), maxActiveCases: Number(form.maxActiveCases) };
    try {
      if (mentor) await update.mutateAsync({ id: mentor.id, ...common, active: form.active });
      else
        await appoint.mutateAsync({
          ...common,
          userId: form.userId,
          universityAgencyId: form.universityAgencyId ?? '',
          decreeNumber: form.decreeNumber.trim(),
          decreeDate: form.decreeDate,
        });
      onClose();
    } catch {
      // shown by ErrorAlert
    }
  };

  const userOptions = (accounts.data ?? []).filter((u) => !appointed.includes(u.id)).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
  const categoryOptions = (categories.data ?? []).map((c) => ({ value: String(c.id), label: i18n.language === 'en' ? c.nameEn : c.nameId }));
  return (
    <Modal
      opened
      onClose={onClose}
      title={mentor ? t('admin.editMentor', { name: mentor.user.name }) : t('admin.newMentor')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('admin.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={error} />
          {mentor ? null : (
            <>
              <NativeSelect
                label={t('admin.mentorAccount')}
                description={t('admin.mentorAccountHint')}
                required
                value={form.userId}
                onChange={(e) => set({ userId: e.currentTarget.value })}
                data={[{ value: '', label: '—' }, ...userOptions]}
              />
              <AgencyPicker value={form.universityAgencyId} onChange={(v) => set({ universityAgencyId: v })} required description={t('admin.universityHint')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('admin.decreeNumber')} required value={form.decreeNumber} onChange={(e) => set({ decreeNumber: e.currentTarget.value })} />
                <TextInput type="date" label={t('admin.decreeDate')} required value={form.decreeDate} onChange={(e) => set({ decreeDate: e.currentTarget.value })} />
              </SimpleGrid>
            </>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('case.hub')}
              value={form.hubId}
              onChange={(e) => set({ hubId: e.currentTarget.value })}
              data={[{ value: '', label: t('admin.noHub') }, ...hubs.map((h) => ({ value: h.id, label: h.name }))]}
            />
            <NumberInput label={t('admin.cap')} min={1} max={100} value={form.maxActiveCases} onChange={(v) => set({ maxActiveCases: Number(v) })} />
          </SimpleGrid>
          <MultiSelect
            label={t('admin.expertise')}
            data={categoryOptions}
            value={form.expertise}
            onChange={(v) => set({ expertise: v })}
            searchable
            clearable
            comboboxProps={{ withinPortal: true }}
          />
          {mentor ? <Checkbox label={t('admin.active')} checked={form.active} onChange={(e) => set({ active: e.currentTarget.checked })} /> : null}
          <DialogActions submitLabel={mentor ? t('admin.save') : t('admin.appoint')} onCancel={onClose} busy={appoint.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
