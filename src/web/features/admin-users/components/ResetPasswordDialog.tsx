import { Modal, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../../components/DialogActions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFocusOnError } from '../../auth/components/use-focus-on-error';
import type { AdminUser } from '../api/users-api';
import { useResetUserPassword } from '../api/users-queries';

/**
 * Resets an active account's password: its sessions end and the link goes to the owner's own
 * e-mail. The administrator never sees the link (no takeover through the admin screen).
 */
export function ResetPasswordDialog({ user, opened, onClose, onDone }: { user: AdminUser | null; opened: boolean; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation(['adminUsers', 'common']);
  const reset = useResetUserPassword();
  const alertRef = useRef<HTMLDivElement>(null);
  useFocusOnError(reset.error, alertRef);
  const { reset: clear } = reset;

  useEffect(() => {
    if (opened) clear();
  }, [opened, clear]);

  const submit = () => {
    if (!user) return;
    reset.mutate(user.id, {
      onSuccess: () => {
        onDone(t('resetPasswordSent', { email: user.email }));
        onClose();
      },
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('resetPasswordTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common:close') }}>
      <Stack>
        <Text>{t('resetPasswordBody', { name: user?.name ?? '', email: user?.email ?? '' })}</Text>
        <ErrorAlert ref={alertRef} error={reset.error} title={t('resetPasswordFailedTitle')} />
        <DialogActions submitLabel={t('resetPasswordSubmit')} busy={reset.isPending} onSubmit={submit} onCancel={onClose} />
      </Stack>
    </Modal>
  );
}
