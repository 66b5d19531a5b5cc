import { Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { DialogActions } from '../../../components/DialogActions';

interface NoteDialogProps {
  opened: boolean;
  title: string;
  confirmLabel: string;
  busy: boolean;
  error: unknown;
  onConfirm: (note: string) => void;
  onClose: () => void;
}

/** Asks for the reason of a return or an unpublication; the note reaches the agency. */
export function NoteDialog(props: NoteDialogProps) {
  // The modal unmounts its content when closed, so each opening starts with an empty note.
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      <NoteForm {...props} />
    </Modal>
  );
}

function NoteForm({ confirmLabel, busy, error, onConfirm, onClose }: NoteDialogProps) {
  const { t } = useTranslation('catalog');
  const [note, setNote] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm(note.trim());
      }}
    >
      <Stack>
        <Textarea
          label={t('actions.note')}
          description={t('actions.noteRequiredHint')}
          required
          minLength={5}
          maxLength={2000}
          autosize
          minRows={3}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <ErrorAlert error={error} />
        <DialogActions submitLabel={confirmLabel} color="red" busy={busy} disabled={note.trim().length < 5} onCancel={onClose} />
      </Stack>
    </form>
  );
}
