import { Modal, Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { DialogActions } from '../../../components/DialogActions';
import type { InnovationView } from '../api/catalog-types';
import { useConfirmStatus } from '../api/catalog-queries';

interface StatusDialogProps {
  view: InnovationView;
  opened: boolean;
  onDone: () => void;
  onClose: () => void;
}

/** Confirms the innovation still runs, or records that it stopped and why. */
export function StatusDialog(props: StatusDialogProps) {
  const { t } = useTranslation('catalog');
  // The modal unmounts its content when closed, so each opening starts from the saved status.
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('actions.statusTitle')} centered>
      <StatusForm {...props} />
    </Modal>
  );
}

function StatusForm({ view, onDone, onClose }: StatusDialogProps) {
  const { t } = useTranslation('catalog');
  const confirm = useConfirmStatus(view.id);
  const [status, setStatus] = useState<'running' | 'stopped'>(view.status);
  const [reason, setReason] = useState(view.stoppedReason ?? '');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        confirm.mutate(status === 'stopped' ? { status, stoppedReason: reason.trim() } : { status }, { onSuccess: onDone });
      }}
    >
      <Stack>
        <Radio.Group label={t('form.status')} value={status} onChange={(v) => setStatus(v as 'running' | 'stopped')}>
          <Stack gap="xs" mt="xs">
            <Radio value="running" label={t('actions.statusRunning')} />
            <Radio value="stopped" label={t('actions.statusStopped')} />
          </Stack>
        </Radio.Group>
        {status === 'stopped' ? (
          <Textarea label={t('actions.stoppedReason')} required minLength={5} autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        ) : null}
        <ErrorAlert error={confirm.error} />
        <DialogActions submitLabel={t('actions.confirmStatus')} busy={confirm.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
