import { Modal, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { DialogActions } from '../../../components/DialogActions';
import { inviteLink } from '../../../routes/paths';
import { useFocusOnError } from '../../auth/components/use-focus-on-error';
import type { AdminUser } from '../api/users-api';
import { useReinviteUser } from '../api/users-queries';
import { InviteLinkPanel } from './InviteLinkPanel';

/** Issues a fresh invitation link for a user who has not activated the account yet. */
export function ReinviteDialog({ user, opened, onClose }: { user: AdminUser | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation(['adminUsers', 'common']);
  const reinvite = useReinviteUser();
  const alertRef = useRef<HTMLDivElement>(null);
  useFocusOnError(reinvite.error, alertRef);
  const { reset } = reinvite;

  // Each opening starts from the question, not from the previous user's link.
  useEffect(() => {
    if (opened) reset();
  }, [opened, reset]);

  const invitation = reinvite.data;
  return (
    <Modal opened={opened} onClose={onClose} title={invitation ? t('inviteResult.title') : t('reinviteTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common:close') }}>
      {invitation ? (
        <InviteLinkPanel email={invitation.user.email} link={invitation.inviteUrl ?? inviteLink(invitation.inviteToken)} onDone={onClose} />
      ) : (
        <Stack>
          <Text>{t('reinviteBody', { name: user?.name ?? '', email: user?.email ?? '' })}</Text>
          <ErrorAlert ref={alertRef} error={reinvite.error} title={t('reinviteFailedTitle')} />
          <DialogActions submitLabel={t('reinviteSubmit')} busy={reinvite.isPending} onSubmit={() => user && reinvite.mutate(user.id)} onCancel={onClose} />
        </Stack>
      )}
    </Modal>
  );
}
