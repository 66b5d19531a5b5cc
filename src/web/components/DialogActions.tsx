import { Button, Group, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface DialogActionsProps {
  /** The confirming action's text, e.g. "Buat instansi". */
  submitLabel: string;
  onCancel: () => void;
  /** Shows progress on the confirming button while the request runs (Mantine also blocks clicks then). */
  busy?: boolean;
  /** Without it the confirming button submits the surrounding form, so Enter in a field works too. */
  onSubmit?: () => void;
  /** E.g. red for an action that takes something away. */
  color?: MantineColor;
  disabled?: boolean;
}

/** The foot of every dialog: Cancel, then the confirming action, at the right. */
export function DialogActions({ submitLabel, onCancel, busy, onSubmit, color, disabled }: DialogActionsProps) {
  const { t } = useTranslation('common');
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('cancel')}
      </Button>
      <Button type={onSubmit ? 'button' : 'submit'} color={color} loading={busy} disabled={disabled} onClick={onSubmit}>
        {submitLabel}
      </Button>
    </Group>
  );
}
