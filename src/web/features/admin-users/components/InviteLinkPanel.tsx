import { Alert, Button, CopyButton, Group, Stack, TextInput } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Shows the one-time invite link for the admin to send to the new user. */
export function InviteLinkPanel({ email, link, onDone }: { email: string; link: string; onDone: () => void }) {
  const { t } = useTranslation(['adminUsers', 'common']);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  return (
    <Stack gap="md">
      <Alert role="status" color="teal" variant="light" title={t('inviteResult.title')}>
        {t('inviteResult.body', { email })}
      </Alert>
      <TextInput ref={inputRef} label={t('inviteResult.linkLabel')} value={link} readOnly />
      <Group justify="flex-end">
        <CopyButton value={link}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy} aria-live="polite">
              {copied ? t('common:copied') : t('inviteResult.copyLink')}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onDone}>{t('inviteResult.done')}</Button>
      </Group>
    </Stack>
  );
}
