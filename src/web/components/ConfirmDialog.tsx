import { Modal, Stack, Text } from '@mantine/core';
import { DialogActions } from './DialogActions';
import { ErrorAlert } from './ErrorAlert';

export interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** A yes/no question in a modal; the confirm button shows progress and errors stay inside. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      <Stack>
        <Text>{props.body}</Text>
        <ErrorAlert error={props.error} />
        <DialogActions submitLabel={props.confirmLabel} color={props.danger ? 'red' : undefined} busy={props.busy} onSubmit={props.onConfirm} onCancel={props.onClose} />
      </Stack>
    </Modal>
  );
}
