import { Alert, Button, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { acceptInvite } from '../../../auth/auth-api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { paths } from '../../../routes/paths';
import { AuthCard } from '../components/AuthCard';
import { NewPasswordFields, type NewPasswordValue } from '../components/NewPasswordFields';
import { readInviteToken } from '../components/read-invite-token';
import { useFocusOnError } from '../components/use-focus-on-error';

/** An invited user opens the link from the admin and chooses a password. */
export function AcceptInvitePage() {
  const { t } = useTranslation(['auth', 'common']);
  const location = useLocation();
  // Read once: the token must not change (or vanish) while the form is open.
  const [token] = useState(() => readInviteToken(location));
  const [value, setValue] = useState<NewPasswordValue>({ password: '', confirmation: '' });
  const [errors, setErrors] = useState<{ password?: string; confirmation?: string }>({});
  const alertRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  const accept = useMutation({ mutationFn: acceptInvite });
  useFocusOnError(accept.error, alertRef);

  // Drop the token from the address bar and history once it is read.
  useEffect(() => {
    if (token) window.history.replaceState(window.history.state, '', paths.acceptInvite);
  }, [token]);

  useEffect(() => {
    if (accept.isSuccess) successRef.current?.focus();
  }, [accept.isSuccess]);

  if (!token) {
    return (
      <AuthCard title={t('acceptInvite.title')}>
        <Alert role="alert" color="red" variant="light">
          {t('acceptInvite.missingToken')}
        </Alert>
      </AuthCard>
    );
  }

  if (accept.isSuccess) {
    return (
      <AuthCard title={t('acceptInvite.title')}>
        <Alert
          ref={successRef}
          tabIndex={-1}
          role="status"
          color="teal"
          variant="light"
          title={t('acceptInvite.successTitle')}
        >
          {t('acceptInvite.successBody')}
        </Alert>
        <Button component={Link} to={paths.login}>
          {t('acceptInvite.goToLogin')}
        </Button>
      </AuthCard>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      password: value.password ? undefined : t('common:errors.required'),
      confirmation: value.confirmation !== value.password ? t('passwordsDoNotMatch') : undefined,
    };
    setErrors(next);
    if (next.password) return passwordRef.current?.focus();
    if (next.confirmation) return confirmationRef.current?.focus();
    accept.mutate({ token, password: value.password });
  };

  return (
    <AuthCard title={t('acceptInvite.title')} intro={t('acceptInvite.intro')}>
      <ErrorAlert ref={alertRef} error={accept.error} title={t('acceptInvite.failedTitle')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <NewPasswordFields
            labels={{
              password: t('acceptInvite.newPassword'),
              confirmation: t('acceptInvite.confirmPassword'),
            }}
            value={value}
            onChange={setValue}
            errors={errors}
            passwordRef={passwordRef}
            confirmationRef={confirmationRef}
          />
          <Button type="submit" loading={accept.isPending} fullWidth>
            {t('acceptInvite.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
