import { Modal, MultiSelect, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HUB_STATUSES, type HubStatus } from '../../../../common/replication';
import type { HubSummary } from '../../../../common/replication-views';
import { DialogActions } from '../../../components/DialogActions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useProvinces } from '../../regions/api/regions-queries';
import { useAccountsOfRole, useDesignateHub, useSetCoordinators, useUpdateHub } from '../api/network-admin-api';

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

function initial(hub: HubSummary | null) {
  return {
    provinceCode: hub?.province.code ?? '',
    yearDesignated: hub?.yearDesignated ?? new Date().getFullYear(),
    decreeNumber: hub?.decreeNumber ?? '',
    decreeDate: hub?.decreeDate ?? '',
    decreeDocument: hub?.decreeDocument ?? '',
    periodStart: hub?.periodStart ?? '',
    periodEnd: hub?.periodEnd ?? '',
    status: (hub?.status ?? 'pilot') as HubStatus,
    coordinators: hub?.coordinators.map((c) => c.id) ?? [],
  };
}

/** The ministry designates a hub (or edits its decree, period, status) and appoints its coordinators. */
export function HubDialog({ hub, existing, onClose }: { hub: HubSummary | null; existing: string[]; onClose: () => void }) {
  const { t } = useTranslation('replication');
  const [form, setForm] = useState(() => initial(hub));
  const provinces = useProvinces();
  const accounts = useAccountsOfRole('hub_coordinator');
  const designate = useDesignateHub();
  const update = useUpdateHub();
  const coordinators = useSetCoordinators();
  const error = designate.error ?? update.error ?? coordinators.error;
  const busy = designate.isPending || update.isPending || coordinators.isPending;
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const decree = {
      decreeNumber: orNull(form.decreeNumber),
      decreeDate: orNull(form.decreeDate),
      decreeDocument: orNull(form.decreeDocument),
      periodStart: orNull(form.periodStart),
      periodEnd: orNull(form.periodEnd),
      status: form.status,
    };
    try {
      const saved = hub
        ? await update.mutateAsync({ id: hub.id, ...decree })
        : await designate.mutateAsync({ provinceCode: form.provinceCode, yearDesignated: Number(form.yearDesignated), ...decree });
      const before =
        hub?.coordinators
          .map((c) => c.id)
          .sort()
          .join() ?? '';
      if ([...form.coordinators].sort().join() !== before) await coordinators.mutateAsync({ id: saved.id, userIds: form.coordinators });
      onClose();
    } catch {
      // shown by ErrorAlert
    }
  };

  const provinceOptions = (provinces.data ?? []).filter((p) => p.code === form.provinceCode || !existing.includes(p.code)).map((p) => ({ value: p.code, label: p.name }));
  return (
    <Modal opened onClose={onClose} title={hub ? t('admin.editHub', { name: hub.name }) : t('admin.newHub')} size="lg" closeButtonProps={{ 'aria-label': t('admin.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={error} />
          {hub ? null : (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('admin.province')}
                required
                value={form.provinceCode}
                onChange={(e) => set({ provinceCode: e.currentTarget.value })}
                data={[{ value: '', label: '—' }, ...provinceOptions]}
              />
              <NumberInput label={t('hubs.year')} required min={2015} max={2100} value={form.yearDesignated} onChange={(v) => set({ yearDesignated: Number(v) })} />
            </SimpleGrid>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('admin.decreeNumber')} value={form.decreeNumber} onChange={(e) => set({ decreeNumber: e.currentTarget.value })} />
            <TextInput type="date" label={t('admin.decreeDate')} value={form.decreeDate} onChange={(e) => set({ decreeDate: e.currentTarget.value })} />
          </SimpleGrid>
          <TextInput label={t('admin.decreeDocument')} value={form.decreeDocument} onChange={(e) => set({ decreeDocument: e.currentTarget.value })} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput type="date" label={t('admin.periodStart')} value={form.periodStart} onChange={(e) => set({ periodStart: e.currentTarget.value })} />
            <TextInput type="date" label={t('admin.periodEnd')} value={form.periodEnd} onChange={(e) => set({ periodEnd: e.currentTarget.value })} />
            <NativeSelect
              label={t('admin.status')}
              value={form.status}
              onChange={(e) => set({ status: e.currentTarget.value as HubStatus })}
              data={HUB_STATUSES.map((s) => ({ value: s, label: t(`hubStatuses.${s}`) }))}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('hubs.coordinators')}
            description={t('admin.coordinatorsHint')}
            data={(accounts.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
            value={form.coordinators}
            onChange={(v) => set({ coordinators: v })}
            searchable
            clearable
            comboboxProps={{ withinPortal: true }}
          />
          <DialogActions submitLabel={hub ? t('admin.save') : t('admin.designate')} onCancel={onClose} busy={busy} />
        </Stack>
      </form>
    </Modal>
  );
}
