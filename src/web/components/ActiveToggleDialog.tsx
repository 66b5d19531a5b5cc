import { ConfirmDialog } from './ConfirmDialog';

/** A record that can be deactivated and reactivated (accounts, agencies). */
export interface ToggleableRecord {
  id: string;
  name: string;
  active: boolean;
}

export interface ActiveToggleTexts {
  title: string;
  body: string;
  confirmLabel: string;
  /** Status line shown after the change succeeded. */
  done: string;
}

interface ActiveToggleDialogProps<T extends ToggleableRecord> {
  /** Stays set while the dialog animates out, so its text does not flip. */
  target: T | null;
  opened: boolean;
  onClose: () => void;
  update: {
    mutate: (variables: { id: string; change: { active: boolean } }, options: { onSuccess: () => void }) => void;
    isPending: boolean;
    error: unknown;
  };
  /** The page's own texts for deactivating (`deactivating`) or reactivating `record`. */
  texts: (record: T | null, deactivating: boolean) => ActiveToggleTexts;
  onDone: (message: string) => void;
}

/** Asks before flipping a record's `active` flag, then reports the outcome on the page. */
export function ActiveToggleDialog<T extends ToggleableRecord>(props: ActiveToggleDialogProps<T>) {
  const { target, update } = props;
  const deactivating = target?.active ?? false;
  const texts = props.texts(target, deactivating);
  const confirm = () => {
    if (!target) return;
    update.mutate(
      { id: target.id, change: { active: !target.active } },
      {
        onSuccess: () => {
          props.onDone(texts.done);
          props.onClose();
        },
      },
    );
  };
  return (
    <ConfirmDialog
      opened={props.opened}
      title={texts.title}
      body={texts.body}
      confirmLabel={texts.confirmLabel}
      danger={deactivating}
      busy={update.isPending}
      error={update.error}
      onConfirm={confirm}
      onClose={props.onClose}
    />
  );
}
